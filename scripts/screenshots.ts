// Screenshots of the running app for the README and reviews:
//   BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts [name=path ...]
import { mkdir } from "node:fs/promises";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const pages = process.argv.slice(2).length
  ? process.argv.slice(2).map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] as [string, string])
  : [["home", "/"], ["frameworks", "/frameworks"], ["framework-eu-ai-act", "/frameworks/eu-ai-act"]];
const width = Number(process.env.WIDTH ?? 1280);

await mkdir("docs/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const [name, path] of pages) {
  await page.goto(base + path, { waitUntil: "load" });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: process.env.FULL === "1" });
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
