import { expect, test, type Page } from "@playwright/test";
import { assessHiringTool } from "./support/questionnaire";

// "What changed": a re-assessment shows its diff against the previous assessment, by cause.
const systemName = `Changes screener ${Date.now()}`;

async function reassess(page: Page, asOf: string) {
  await page.getByLabel("Assess as of").fill(asOf);
  await page.getByRole("button", { name: "Re-assess" }).click();
  await expect(page.getByText(`assessed as of ${new Date(`${asOf}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}`)).toBeVisible({
    timeout: 30_000,
  });
}

test("a re-assessment at a later date shows what changed because time passed", async ({ page }) => {
  await assessHiringTool(page, systemName);
  // A first assessment has nothing to compare with.
  await expect(page.getByTestId("what-changed")).toHaveCount(0);

  // Two re-assessments at fixed dates, whatever today is.
  await reassess(page, "2026-12-01");
  await reassess(page, "2028-01-15");

  const changes = page.getByTestId("what-changed");
  await expect(changes.getByRole("heading", { name: "What changed since the assessment as of 1 Dec 2026" })).toBeVisible();
  const time = changes.locator('[data-cause="time-passed"]');
  await expect(time.getByRole("heading", { name: "Time passed (as of 15 Jan 2028 instead of 1 Dec 2026)" })).toBeVisible();
  // Long groups fold their tail into <details>, so match list items whether shown or folded.
  await expect(time.locator("li").filter({ hasText: "Art. 26(1)" })).toContainText("now applies (since 2 Dec 2027)");
  await expect(changes.locator('[data-cause="law-changed"], [data-cause="answers-changed"], [data-cause="unknown"]')).toHaveCount(0);

  // The systems list: the stored assessment is what the current data gives, so no flag.
  await page.goto("/systems");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: systemName }) });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("drift-notice")).toHaveCount(0);
});
