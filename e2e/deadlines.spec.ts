import { readFileSync } from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import { assessHiringTool } from "./support/questionnaire";

// Deadlines: a system's dated duties on a timeline, across systems, and as an .ics calendar.
const systemName = `Deadline screener ${Date.now()}`;


/** The calendar text with folded lines joined again (RFC 5545 §3.1). */
async function calendarText(download: Download): Promise<string> {
  return readFileSync(await download.path()).toString("utf8").replace(/\r\n[ \t]/g, "");
}

test("a system's deadlines, the timeline across systems and the .ics calendars", async ({ page }) => {
  const id = await assessHiringTool(page, systemName, { colorado: true, provider: true });

  // Close the first checklist item (the earliest binding date): it must no longer count as overdue.
  const first = page.getByTestId("checklist-item").first();
  const firstTitle = (await first.getByRole("heading").innerText()).replace(/^\d+\.\s*/, "").replace(/^(BLOCKING|MAY APPLY)\s*/g, "").trim();
  await first.getByRole("combobox").selectOption("done");
  await expect(first.getByText("Saved")).toBeVisible();

  // The system page links to its deadlines.
  await page.getByRole("main").getByRole("link", { name: "Deadlines", exact: true }).click();
  await expect(page).toHaveURL(`/systems/${id}/deadlines`);
  await expect(page.getByRole("heading", { level: 1, name: `Deadlines: ${systemName}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Already applying/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Coming up/ })).toBeVisible();

  // Every row has a due date; the EU high-risk duties apply from 2 Dec 2027 (Regulation (EU) 2026/1744).
  const rows = page.getByTestId("deadline-item");
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(rows.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(rows.first().locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  await expect(page.getByText("2 Dec 2027").first()).toBeVisible();

  // The item closed above shows as done, not overdue; another duty already applying and still open is overdue.
  const closed = rows.filter({ hasText: firstTitle }).first();
  await expect(closed.getByText("Done", { exact: true })).toBeVisible();
  await expect(closed).not.toHaveAttribute("data-overdue");
  await expect(page.locator('[data-testid="deadline-item"][data-overdue]').first().getByText("Overdue")).toBeVisible();

  // The system's calendar.
  const systemDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar (.ics)" }).click();
  const systemIcs = await systemDownload;
  expect(systemIcs.suggestedFilename()).toMatch(/^deadline-screener-\d+-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await calendarText(systemIcs);
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain("DTSTART;VALUE=DATE:20271202");
  expect(ics).toContain(`SUMMARY:${systemName}: `);
  expect(ics).toContain(`/systems/${id}`);
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(await rows.count());

  // The timeline across systems, reached from the header.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deadlines" }).click();
  await expect(page).toHaveURL("/deadlines");
  await expect(page.getByRole("heading", { level: 1, name: "Deadlines" })).toBeVisible();
  await expect(page.getByRole("region", { name: "By system" }).getByRole("link", { name: systemName })).toBeVisible();
  await expect(page.getByTestId("deadline-item").filter({ hasText: systemName }).first()).toBeVisible();

  const allDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar (.ics)" }).click();
  const all = await allDownload;
  expect(all.suggestedFilename()).toMatch(/^ai-compliance-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
  const allIcs = await calendarText(all);
  expect(allIcs.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(allIcs).toContain(`SUMMARY:${systemName}: `);
});

test("calendar routes answer text/calendar, and 404 for an unknown or malformed system id", async ({ request }) => {
  const all = await request.get("/deadlines.ics");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toContain("text/calendar");
  expect(all.headers()["content-disposition"]).toMatch(/^attachment; filename="ai-compliance-deadlines-\d{4}-\d{2}-\d{2}\.ics"$/);
  expect(await all.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);

  for (const bad of ["does-not-exist", encodeURIComponent("bad id; drop"), "x".repeat(200)]) {
    expect((await request.get(`/systems/${bad}/deadlines.ics`)).status(), bad).toBe(404);
    expect((await request.get(`/systems/${bad}/deadlines`)).status(), bad).toBe(404);
  }
});
