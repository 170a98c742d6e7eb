import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

// The researcher-facing explorer (issue 6): provision pages, the matrix, search, the gap report
// and downloads, against the real corpus.

test("a researcher compares the Colorado impact assessment with the EU FRIA and finds Colorado's uncovered duties", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search provisions" }).fill("impact assessment");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=impact\+assessment/);
  // The repealed SB 24-205 is left out by default; the switch brings it back.
  await expect(page.getByTestId("search-results").getByRole("link", { name: "6-1-1703(3)(a)", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Include repealed versions" }).click();
  await page.getByTestId("search-results").getByRole("link", { name: "6-1-1703(3)(a)" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("6-1-1703(3)(a) — Impact assessments");
  // mapped both ways (one record from each side), so take the first
  const fria = page.getByTestId("mapping").filter({ has: page.getByRole("link", { name: "Art. 27(1)", exact: true }) }).first();
  await expect(fria).toContainText("intersects with");
  await expect(fria).toContainText("Not covered by Art. 27(1)");

  await page.getByRole("link", { name: "Gaps against EU AI Act" }).click();
  await page.getByRole("link", { name: "Include repealed versions" }).click();
  await expect(page.getByRole("heading", { name: /Colorado duties with no counterpart in EU AI Act/ })).toBeVisible();
  await expect(page.getByTestId("gap-row").filter({ hasText: "Retention of impact assessments" })).toContainText("Checked: no counterpart");
});

test("open a provision and follow a mapping to the other framework and back", async ({ page }) => {
  await page.goto("/frameworks/eu-ai-act/art-26-1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Art. 26(1) — Use in accordance with the instructions for use");
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Art. 26" })).toBeVisible();
  await expect(page.getByText("Date history")).toBeVisible();
  await expect(page.getByTestId("permalink")).toHaveText(/\/frameworks\/eu-ai-act\/art-26-1$/);

  const mapping = page.getByTestId("mapping").first();
  const target = mapping.locator("a.font-mono").first();
  const targetCitation = (await target.textContent())!.trim();
  await target.click();
  await expect(page).not.toHaveURL(/art-26-1$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(targetCitation);
  // the mapping is listed from the other side too
  await expect(page.getByTestId("mapping").filter({ has: page.getByRole("link", { name: "Art. 26(1)", exact: true }) }).first()).toBeVisible();
});

test("render a matrix, read a cell with the keyboard, and do the same for two voluntary frameworks", async ({ page }) => {
  await page.goto("/crosswalk?from=eu-ai-act&to=colorado-ai-act&versions=all");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("EU AI Act × Colorado");
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("No counterpart");
  await expect(page.getByRole("button", { name: /has no counterpart in/ }).first()).toBeVisible();

  const cell = page.getByRole("button", { name: "Art. 27(1) intersects with 6-1-1703(3)(a)" });
  await cell.focus();
  await page.keyboard.press("Enter");
  const detail = page.getByTestId("cell-detail");
  await expect(detail).toContainText("Not covered by Art. 27(1)");
  await expect(detail).toContainText("Confidence");
  await expect(detail).toContainText("Our analysis");
  await expect(page).toHaveURL(/cell=eu-ai-act%2Fart-27-1(~|%7E)colorado-ai-act%2Fsb24-205-6-1-1703-3-a/);
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("[data-testid=crosswalk-matrix] button:focus")).toHaveCount(1);
  await expect(cell).not.toBeFocused();

  // the selected cell survives a reload: it is a permalink
  await page.reload();
  await expect(page.getByTestId("cell-detail")).toContainText("Not covered by Art. 27(1)");

  await page.goto("/crosswalk?from=nist-ai-rmf&to=iso-42001");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("NIST AI RMF × ISO/IEC 42001");
  await page.getByTestId("crosswalk-matrix").getByRole("button").first().click();
  await expect(page.getByTestId("cell-detail")).toContainText("Provenance");

  await page.goto("/crosswalk?from=eu-ai-act&to=eu-ai-act");
  await expect(page.getByRole("alert").filter({ hasText: "choose two different frameworks" })).toBeVisible();
});

test("search finds the obvious provision first for a citation, a phrase and a Colorado section", async ({ page }) => {
  await page.goto("/frameworks");
  const box = page.getByRole("searchbox", { name: "Search provisions" }).first();
  await box.fill("Art. 26");
  await box.press("Enter");
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("listitem").first()).toContainText("Obligations of deployers of high-risk AI systems");
  // other laws' own "Art. 26" are exact matches too; the EU paragraphs follow on the first page
  await expect(results.getByRole("listitem").filter({ hasText: "Art. 26(1)" }).first()).toBeVisible();

  await page.goto("/search?q=6-1-1703");
  await expect(results.getByRole("listitem").first()).toContainText("Deployer records for three years");
  await expect(results.getByRole("listitem").first()).toContainText("exact citation");

  await page.goto("/search?q=impact+assessment&versions=all");
  await expect(results.getByRole("listitem").first()).toContainText(/impact assessment/i);
  await expect(results.locator("mark").first()).toBeVisible();
  await page.getByRole("link", { name: /^EU AI Act \d+$/ }).click();
  await expect(results.getByRole("listitem").first()).toContainText("EU AI Act");
  await expect(results).not.toContainText("Colorado");
});

test("open the gap report: the concept heatmap, then the gaps of one framework against another", async ({ page }) => {
  await page.goto("/gaps");
  await expect(page.getByTestId("coverage-heatmap")).toBeVisible();
  await expect(page.getByTestId("binding-silence")).toContainText("authentication of AI agents");
  await page.getByLabel("From (rows)").selectOption("colorado-ai-act");
  await page.getByLabel("To (columns)").selectOption("eu-ai-act");
  await page.getByRole("button", { name: "Show gaps" }).click();
  await expect(page).toHaveURL(/from=colorado-ai-act&to=eu-ai-act/);
  await page.getByRole("link", { name: "Include repealed versions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gaps: Colorado against EU AI Act");
  const retention = page.getByTestId("gap-row").filter({ hasText: "Retention of impact assessments" });
  await expect(retention).toContainText("Checked: no counterpart");
  await expect(retention).toContainText("no EU counterpart");
  await expect(page.getByRole("heading", { name: /Partly covered/ })).toBeVisible();
});

test("download the matrix and the gap report as CSV, and get a 400 for a bad format", async ({ page, request }) => {
  await page.goto("/crosswalk?from=eu-ai-act&to=colorado-ai-act&versions=all");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("crosswalk-eu-ai-act--colorado-ai-act.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("row_id,row_citation,row_title,relationship_from_row,column_id,column_citation,column_title,mapping_id,recorded_relationship,rationale,confidence,explanation,gap_summary,provenance,origin,created_on,evidence,review_status,reviewed_by,reviewed_on");
  expect(csv).toContain("eu-ai-act/art-27-1,Art. 27(1)");

  await page.goto("/gaps?from=colorado-ai-act&to=eu-ai-act&versions=all");
  const [gaps] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(gaps.suggestedFilename()).toBe("gaps-colorado-ai-act--eu-ai-act.csv");
  expect(await readFile((await gaps.path())!, "utf8")).toContain("checked-none");

  const json = await request.get("/search/export?q=Art.+26&format=json");
  expect(json.ok()).toBe(true);
  expect((await json.json()).hits[0].citation).toBe("Art. 26");
  const bad = await request.get("/crosswalk/export?from=eu-ai-act&to=colorado-ai-act&format=xlsx");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).lines[0]).toMatch(/must be one of: csv, json/);
});

test("the graph draws a provision's neighbourhood and the full graph", async ({ page }) => {
  await page.goto("/graph?provision=eu-ai-act/art-27-1&depth=1");
  await expect(page.getByTestId("graph-status")).toContainText(/\d+ nodes · \d+ edges$/);
  await expect(page.getByTestId("graph-canvas").locator("canvas").first()).toBeVisible();
  await page.getByLabel("Find a node").selectOption({ index: 1 });
  await expect(page.getByTestId("graph-selection").getByRole("link", { name: /Open the/ })).toBeVisible();
  await page.goto("/graph?depth=7");
  await expect(page.getByRole("alert").filter({ hasText: "depth is at most 3" })).toBeVisible();
});
