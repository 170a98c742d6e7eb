import { createRequire } from "node:module";
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

// Issue 16, "Explorer fixes": the graph (no console error, never blank after choosing a node,
// a readable overview), the skip links to the crosswalk matrix, the switch between the versions
// in force today and every version, and search for abbreviations. Screenshots go to the test's
// output folder for review.

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function axeSerious(page: Page) {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  })) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Console errors and uncaught exceptions (WebGL performance warnings are not errors). */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Pixels of clearly coloured ink (nodes, coloured edges) in the element: 0 on a blank canvas. */
async function colouredPixels(element: Locator) {
  const { data, info } = await sharp(await element.screenshot()).raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
  }
  return count;
}

async function nodesInView(canvas: Locator) {
  await expect(canvas).toHaveAttribute("data-nodes-in-view", /\d+/, { timeout: 30_000 });
  return Number(await canvas.getAttribute("data-nodes-in-view"));
}

test.describe("graph", () => {
  test("opens on a labelled framework overview without console errors and stays drawn after choosing a framework", async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto("/graph");
    const canvas = page.getByTestId("graph-canvas");
    await expect(canvas).toHaveAttribute("data-mode", "clusters");
    expect(await nodesInView(canvas)).toBeGreaterThan(10);
    await expect(page.getByText("Line width: mappings between two frameworks")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("graph-desktop.png") });

    await page.getByLabel("Find a framework").selectOption("framework:colorado-ai-act");
    await expect(page.getByTestId("graph-selection")).toContainText("Colorado");
    await expect(page.getByTestId("graph-selection").getByRole("link", { name: "EU AI Act" })).toBeVisible();
    await page.waitForTimeout(800); // the camera's flight
    expect(await nodesInView(canvas)).toBeGreaterThan(0);
    expect(await colouredPixels(canvas)).toBeGreaterThan(500);
    await page.screenshot({ path: testInfo.outputPath("graph-desktop-selected.png") });
    expect(errors, errors.join("\n")).toEqual([]);
  });

  test("every provision: choosing a node keeps the canvas drawn", async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto("/graph?view=provisions");
    const canvas = page.getByTestId("graph-canvas");
    await expect(canvas).toHaveAttribute("data-mode", "provisions");
    await expect(page.getByTestId("graph-status")).not.toContainText("arranging", { timeout: 30_000 });
    expect(await nodesInView(canvas)).toBeGreaterThan(50);
    const before = await colouredPixels(canvas);
    expect(before).toBeGreaterThan(500);

    const option = await page.locator("#graph-node option").nth(5).getAttribute("value");
    await page.getByLabel("Find a node").selectOption(option!);
    await page.waitForTimeout(800);
    expect(await nodesInView(canvas)).toBeGreaterThan(0);
    expect(await colouredPixels(canvas)).toBeGreaterThan(200);
    await page.screenshot({ path: testInfo.outputPath("graph-provisions-selected.png") });
    expect(errors, errors.join("\n")).toEqual([]);
  });

  test("fits a 390 px phone: no console error, nodes drawn, nothing wider than the screen", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = collectErrors(page);
    await page.goto("/graph");
    const canvas = page.getByTestId("graph-canvas");
    expect(await nodesInView(canvas)).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await canvas.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("graph-phone.png") });
    expect(errors, errors.join("\n")).toEqual([]);
  });

  test("passes axe", async ({ page }) => {
    await page.goto("/graph");
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-nodes-in-view", /\d+/, { timeout: 30_000 });
    expect(await axeSerious(page)).toEqual([]);
  });
});

test("the crosswalk's first cell is at most 3 Tab presses away, through the skip links", async ({ page }, testInfo) => {
  await page.goto("/crosswalk?from=eu-ai-act&to=colorado-ai-act");
  await expect(page.getByTestId("crosswalk-matrix")).toBeVisible();
  let tabs = 0;
  while (tabs < 10) {
    await page.keyboard.press("Tab");
    tabs++;
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id ?? "", text: document.activeElement?.textContent?.trim() ?? "" }));
    if (/^Skip to (content|matrix)/.test(focused.text)) {
      await page.keyboard.press("Enter");
      if ((await page.evaluate(() => document.activeElement?.id)) === "matrix-first-cell") break;
    }
  }
  expect(tabs).toBeLessThanOrEqual(3);
  await expect(page.locator("#matrix-first-cell")).toBeFocused();
  // and the cell works from the keyboard
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cell-detail")).not.toContainText("Select a coloured cell");
  await page.screenshot({ path: testInfo.outputPath("crosswalk.png"), fullPage: true });
});

test.describe("versions in force today, with a switch to every version", () => {
  test("the EU × Colorado matrix shows SB 26-189 only until repealed versions are included", async ({ page }) => {
    await page.goto("/crosswalk?from=eu-ai-act&to=colorado-ai-act");
    const matrix = page.getByTestId("crosswalk-matrix");
    await expect(matrix).toBeVisible();
    await expect(matrix.locator('a[href*="/colorado-ai-act/sb24-205-"]')).toHaveCount(0);
    const current = await matrix.locator("thead a").count();

    const switcher = page.getByTestId("version-switch");
    await expect(switcher).toContainText("SB 24-205");
    await switcher.getByRole("link", { name: "Include repealed versions" }).click();
    await expect(page).toHaveURL(/versions=all/, { timeout: 20_000 });
    await expect(matrix.locator('thead a[href*="/colorado-ai-act/sb24-205-"]').first()).toBeVisible();
    expect(await matrix.locator("thead a").count()).toBeGreaterThan(current);
    await expect(switcher.getByRole("link", { name: "Include repealed versions" })).toHaveAttribute("aria-current", "true");
    expect(await axeSerious(page)).toEqual([]);

    await switcher.getByRole("link", { name: "In force today" }).click();
    await expect(page).not.toHaveURL(/versions=all/);
  });

  test("the provision page lists mappings to the repealed law only on request, and none twice", async ({ page }) => {
    await page.goto("/frameworks/eu-ai-act/art-27-1");
    const mappings = page.locator("section[aria-labelledby=mappings]");
    await expect(mappings.locator('a[href*="/colorado-ai-act/sb24-205-"]')).toHaveCount(0);
    await mappings.getByRole("link", { name: "Include repealed versions" }).click();
    await expect(page).toHaveURL(/versions=all/, { timeout: 20_000 });
    await expect(mappings.locator('a[href*="/colorado-ai-act/sb24-205-"]').first()).toBeVisible();
  });

  test("the gap report reads SB 26-189 by default", async ({ page }) => {
    await page.goto("/gaps?from=colorado-ai-act&to=eu-ai-act");
    await expect(page.getByTestId("version-switch")).toContainText("Versions in force or enacted");
    await expect(page.locator('a[href*="/colorado-ai-act/sb24-205-"]')).toHaveCount(0);
    await page.getByTestId("version-switch").getByRole("link", { name: "Include repealed versions" }).click();
    await expect(page).toHaveURL(/versions=all/, { timeout: 20_000 });
    await expect(page.locator('a[href*="/colorado-ai-act/sb24-205-"]').first()).toBeAttached();
  });
});

test.describe("search", () => {
  test("finds the EU FRIA for 'FRIA', says what it also searched, and passes axe", async ({ page }, testInfo) => {
    await page.goto("/search?q=FRIA");
    const results = page.getByTestId("search-results");
    await expect(results.getByRole("link", { name: /^Art\. 27(\(1\))?$/ }).first()).toBeVisible();
    await expect(page.getByTestId("search-synonyms")).toContainText("fundamental rights impact assessment");
    await page.screenshot({ path: testInfo.outputPath("search-fria.png"), fullPage: true });
    expect(await axeSerious(page)).toEqual([]);
  });

  test("offers 'did you mean' for a misspelt query and follows it", async ({ page }) => {
    await page.goto("/search?q=imapct+assesment");
    await expect(page.getByRole("status").filter({ hasText: "No provision matches." })).toBeVisible();
    await page.getByTestId("did-you-mean").getByRole("link", { name: "impact assessment", exact: true }).click();
    await expect(page).toHaveURL(/q=impact\+assessment/);
    await expect(page.getByTestId("search-results")).toBeVisible();
  });
});
