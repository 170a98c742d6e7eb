// Measures the explorer on a running server: server time for its pages, and in headless
// Chromium how long the graph takes to draw and settle and how smoothly it pans and zooms.
//   BASE_URL=http://localhost:3300 npx tsx scripts/measure-explorer.ts [graph path …]
// Chromium here renders WebGL in software (SwiftShader), so frame rates are a lower bound.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const graphs = process.argv.slice(2).length ? process.argv.slice(2) : ["/graph", "/graph?provision=eu-ai-act/art-27-1&depth=2"];
const pages = ["/search?q=Art.+26", "/search?q=impact+assessment", "/search?q=6-1-1703", "/crosswalk?from=eu-ai-act&to=colorado-ai-act", "/gaps?from=colorado-ai-act&to=eu-ai-act", ...graphs];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const path of process.env.SKIP_PAGES ? [] : pages) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const res = await fetch(base + path);
    bytes = (await res.arrayBuffer()).byteLength;
    if (i > 0) times.push(performance.now() - started); // the first request warms up
  }
  console.log(`${path}: median ${median(times).toFixed(0)} ms over 5 requests, ${(bytes / 1024).toFixed(0)} KB`);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const path of graphs) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const started = performance.now();
  await page.goto(base + path, { waitUntil: "load" });
  const status = page.getByTestId("graph-status");
  await status.waitFor();
  const drawn = performance.now() - started;
  await page.waitForFunction(`!document.querySelector("[data-testid=graph-status]")?.textContent?.includes("arranging")`, undefined, { timeout: 60_000 });
  const settled = performance.now() - started;
  const box = (await page.getByTestId("graph-canvas").boundingBox())!;
  // Sample frame intervals while dragging and zooming.
  // A string, not a function: tsx would wrap a function in helpers the page does not have.
  const frames = page.evaluate<number[]>(`new Promise((resolve) => {
    const stamps = [];
    const tick = (t) => { stamps.push(t); if (stamps.length < 120) requestAnimationFrame(tick); else resolve(stamps.slice(1).map((s, i) => s - stamps[i])); };
    requestAnimationFrame(tick);
  })`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 30; i++) await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + box.height / 2 + i * 3);
  await page.mouse.up();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i % 2 ? 200 : -200);
  const intervals = await frames;
  console.log(
    `${path}: ${(await status.textContent())?.trim()} — canvas shown after ${drawn.toFixed(0)} ms, layout settled after ${settled.toFixed(0)} ms, ` +
      `median frame ${median(intervals).toFixed(1)} ms (${(1000 / median(intervals)).toFixed(0)} fps) while panning and zooming`,
  );
  await page.close();
}
await browser.close();
