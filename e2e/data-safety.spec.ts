import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { assessHiringTool } from "./support/questionnaire";

// Issue 11, data safety in the browser: two people edit the same checklist item — the second,
// stale write is not saved over the first, says so, and keeps what was typed; a deleted system
// is listed under "Recently deleted" and comes back with Restore; the history records it all.
const systemName = `Conflict screener ${Date.now()}`;
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function noSeriousAxeViolations(page: Page, state: string) {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  })) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, serious.join("\n")).toEqual([]);
}

/** The first checklist card, its details opened, and its notes field. */
async function firstItemNotes(page: Page) {
  const card = page.getByTestId("checklist-item").first();
  await card.getByText("Details, owner, notes and evidence").click();
  return { card, notes: card.getByLabel("Notes") };
}

test("a stale checklist edit shows a conflict and keeps the typed text; a deleted system is restored", async ({ page, browser }) => {
  const systemId = await assessHiringTool(page, systemName);

  // A second person opens the same system before the first one saves.
  const other = await (await browser.newContext()).newPage();
  await other.goto(`/systems/${systemId}`);
  const theirs = await firstItemNotes(other);

  const mine = await firstItemNotes(page);
  await mine.notes.fill("DPIA drafted by Dana");
  await mine.notes.blur();
  await expect(mine.card.getByText("Saved", { exact: true })).toBeVisible();

  // The stale editor types and leaves the field: refused, with what the other person saved.
  await theirs.notes.fill("Sam: still waiting for legal");
  await theirs.notes.blur();
  const conflict = theirs.card.getByTestId("checklist-conflict");
  await expect(conflict).toContainText("Changed by someone else");
  await expect(conflict).toContainText("DPIA drafted by Dana");
  await expect(conflict.getByRole("button", { name: "Reload their version" })).toBeVisible();
  // Nothing typed is lost while the choice is open.
  await expect(theirs.notes).toHaveValue("Sam: still waiting for legal");
  await theirs.card.screenshot({ path: "test-results/data-safety-conflict.png" });
  await noSeriousAxeViolations(other, "checklist conflict");

  // "Keep mine" saves the typed text over the newer version, knowingly.
  await theirs.notes.fill("Sam: still waiting for legal (and Dana's DPIA)");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(theirs.card.getByText("Saved", { exact: true })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  await other.reload();
  const reread = await firstItemNotes(other);
  await expect(reread.notes).toHaveValue("Sam: still waiting for legal (and Dana's DPIA)");

  // The history shows both edits, newest first, and exports as CSV.
  const history = other.getByTestId("history-table");
  await other.locator("#history").screenshot({ path: "test-results/data-safety-history.png" });
  await expect(history.locator("tbody tr").first()).toContainText("Checklist item changed");
  await expect(history.locator("tbody tr").first()).toContainText("Dana's DPIA");
  await expect(history.locator("tbody tr").nth(1)).toContainText("DPIA drafted by Dana");
  const csv = await other.request.get(`/systems/${systemId}/history.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/^at,actor,entity,entityId,action,field,before,after\r\n.*local user,checklist-item,/);

  // Delete (confirmed), then restore from "Recently deleted".
  await page.getByText("Delete this system and its checklists").click();
  await expect(page.getByText(/You can restore it from Systems → Recently deleted for 30 days/)).toBeVisible();
  await page.getByRole("button", { name: `Yes, delete “${systemName}”` }).click();
  await expect(page).toHaveURL(/\/systems\?notice=deleted/);
  await expect(page.getByRole("status").filter({ hasText: "System deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: systemName })).toHaveCount(0);
  const deleted = page.getByTestId("deleted-system").filter({ hasText: systemName });
  await expect(deleted).toContainText(/removed for good on/);
  await page.screenshot({ path: "test-results/data-safety-recently-deleted.png", fullPage: true });
  await noSeriousAxeViolations(page, "recently deleted");
  expect((await page.request.get(`/systems/${systemId}`)).status()).toBe(404);

  await deleted.getByRole("button", { name: `Restore ${systemName}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "System restored" })).toBeVisible();
  await page.getByRole("link", { name: systemName }).click();
  await expect(page.getByRole("heading", { name: systemName })).toBeVisible();
  const restored = await firstItemNotes(page);
  await expect(restored.notes).toHaveValue("Sam: still waiting for legal (and Dana's DPIA)");
  await expect(page.getByTestId("history-table").locator("tbody tr").first()).toContainText("System restored");
});
