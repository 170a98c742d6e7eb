import { expect, test, type Page } from "@playwright/test";

// "What changed": a re-assessment shows its diff against the previous assessment, by cause.
const systemName = `Changes screener ${Date.now()}`;

async function yes(page: Page, question: RegExp | string, answer: "Yes" | "No" | "Not sure") {
  await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
}

async function tick(page: Page, group: RegExp, box: RegExp | string) {
  await page.getByRole("group", { name: group }).getByLabel(box, { exact: typeof box === "string" }).check();
}

const next = (page: Page) => page.getByRole("button", { name: "Save and continue" }).click();

/** The shortest questionnaire walk to an assessed EU hiring tool (as in assessment.spec.ts). */
async function assessHiringTool(page: Page, name: string) {
  await page.goto("/systems/new");
  await page.getByLabel("Name of the AI system").fill(name);
  await page.getByLabel("Your organization", { exact: true }).fill("Acme Hiring Ltd");
  await page.getByLabel("Country where your organization is established").fill("Ireland");
  await next(page);

  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await page.getByLabel(/deployer\)/).check();
  await page.getByLabel("European Union").check();
  await tick(page, /outside the EU AI Act/, "None of these");
  await next(page);

  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByLabel(/Recruitment or selection/).check();
  await yes(page, /materially influence, decisions/, "Yes");
  await yes(page, /profile people/, "Yes");
  await yes(page, /narrow procedural task/, "No");
  await yes(page, /public authority/, "No");
  await yes(page, /provide public services/, "No");
  await yes(page, /employer using the system at the workplace/, "No");
  await next(page);

  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await tick(page, /What does the system do/, /Talks or chats directly/);
  await yes(page, /EU product-safety law/, "No");
  await next(page);

  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await tick(page, /Does the system do any of these/, "None of these");
  await next(page);

  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await yes(page, /general-purpose AI model/, "No");
  await page.getByRole("button", { name: "Save and review" }).click();
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible({ timeout: 30_000 });
}

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
