import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

// Comply once (issue 16): the strictest common requirement across chosen jurisdictions, its
// exports, and the mapping review queue, against the real corpus.

test("a compliance officer harmonises incident reporting across the EU, Colorado, California and New York", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Comply once" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comply once");

  // Choose four jurisdictions and one concept in the form.
  const form = page.getByRole("form", { name: "Choose jurisdictions and a concept" });
  for (const box of await form.locator('input[name="jurisdictions"]').all()) await box.setChecked(false);
  for (const name of [/European Union/, /Colorado/, /California/, /New York State/]) await form.getByRole("checkbox", { name }).check();
  await form.getByLabel("Concept").selectOption("incident-reporting");
  await form.getByLabel("As of").fill("2026-11-29");
  await form.getByRole("button", { name: "Harmonise" }).click();

  await expect(page).toHaveURL(/concept=incident-reporting/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comply once: Incident reporting");
  await expect(page.getByTestId("comply-versions")).toContainText("SB 26-189");
  await expect(page.getByTestId("comply-versions")).not.toContainText("SB 24-205");

  // RAISE's 72 hours is the deadline to meet; it also meets SB 53's and the EU's 15 days.
  const seventyTwo = page.getByTestId("comply-parameter").filter({ hasText: "72 hours" }).filter({ hasText: "set by Gen. Bus. Law § 1422(3)(a)" });
  await expect(seventyTwo).toHaveCount(1);
  await expect(seventyTwo).toContainText("15 days (Bus. & Prof. Code § 22757.13(c)(1))");
  await expect(seventyTwo).toContainText("Art. 73(2)");
  // The 24-hour imminent-danger deadline is its own requirement, over the EU's 10 days for a death.
  await expect(page.getByTestId("comply-requirement").filter({ hasText: "Art. 73(4)" })).toContainText("24 hours");
  // Duties no other law asks are listed, not lost.
  await expect(page.getByTestId("comply-only-one")).toContainText("Art. 73(3)");

  // Members link to their provision pages.
  await page.getByTestId("comply-requirement").filter({ hasText: "72 hours" }).getByRole("link", { name: "Art. 73(2)", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Art. 73(2)");
});

test("the comply page exports CSV and JSON and rejects a bad selection with a clear message", async ({ page, request }) => {
  await page.goto("/comply?jurisdictions=EU,US-CO,KR,US-CA&concept=record-keeping&asOf=2026-11-29");
  await expect(page.getByTestId("comply-parameter").filter({ hasText: "10 years after the system is placed on the market" }).first()).toContainText("Art. 18(1)");

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  const csv = await readFile((await csvDownload.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("concept_id,concept,row,requirement_id,requirement,parameter,status,strictest_value,set_by,detail");
  expect(csv).toContain("retention");

  const json = await (await request.get("/comply/export?jurisdictions=EU,US-CO,KR,US-CA&concept=record-keeping&asOf=2026-11-29&format=json")).json();
  expect(json.view).toBe("comply");
  expect(json.concepts[0].concept.id).toBe("record-keeping");

  await page.goto("/comply?jurisdictions=MARS");
  await expect(page.getByRole("alert").filter({ hasText: "This selection cannot be harmonised" })).toContainText("jurisdictions");
  const bad = await request.get("/api/v1/comply?jurisdictions=EU&concept=nope");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
});

test("screenshot of the comply page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto("/comply?jurisdictions=EU,US-CO,US-CA,US-NY,KR,CN,JP,VN&concept=incident-reporting&asOf=2026-11-29");
  await expect(page.getByTestId("comply-requirement").first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/comply-page.png" });
});

test("a researcher pages through the review queue, filtered by framework and confidence, and sees who made each mapping", async ({ page }) => {
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mapping review queue");
  await expect(page.getByTestId("review-summary")).toContainText(/1–50 of \d+ mappings/);

  const form = page.getByRole("form", { name: "Filter the review queue" });
  await form.getByLabel("Framework").selectOption("iso-42001");
  await form.getByLabel("Confidence below (%)").fill("70");
  await form.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/framework=iso-42001/);
  const rows = page.getByTestId("review-item");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.locator("td:nth-child(2)").allTextContents()) expect(Number.parseInt(text, 10)).toBeLessThan(70);

  if (await page.getByRole("link", { name: "Next →" }).count()) {
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page.getByTestId("review-summary")).toContainText(/^51–/);
  }

  await page.goto("/review?below=abc");
  await expect(page.getByRole("alert").filter({ hasText: "Some filters were ignored" })).toContainText("below");

  // The provision page shows each mapping's origin and review status; a pairing taken from the
  // NIST AI RMF ↔ ISO/IEC 42001 crosswalk cites it as evidence, with its row and licence.
  await page.goto("/frameworks/iso-42001/clause-4-1");
  const rmf = page.getByTestId("mapping").filter({ has: page.getByRole("link", { name: "GOVERN 1.1", exact: true }) }).first();
  await expect(rmf.getByTestId("mapping-origin")).toContainText("from a published crosswalk");
  await expect(rmf.getByTestId("mapping-origin")).toContainText("not yet reviewed");
  await expect(rmf).toContainText("AI RMF GOVERN 1.1 row");
  await expect(rmf).toContainText("licence: no licence stated; cited only");
});

test("screenshot of the review queue", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto("/review?below=50");
  await expect(page.getByTestId("review-item").first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/review-queue.png" });
});
