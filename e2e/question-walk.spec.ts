import { expect, test, type Page } from "@playwright/test";

// The questionnaire's promise, measured: count every question a persona is shown and time the
// walk. Targets (issue 12): a typical deployer of a hiring tool answers ≤ 20 questions; an
// EU-only chatbot provider ≤ 12. The counts are printed for the README.

async function answer(page: Page, questionId: string, label: string | RegExp) {
  await page.locator(`[data-question="${questionId}"]`).getByLabel(label, { exact: typeof label === "string" }).check();
}

async function countAndContinue(page: Page, counts: number[], button = "Save and continue") {
  counts.push(await page.locator("[data-question]").count());
  await page.getByRole("button", { name: button }).click();
}

async function stepOne(page: Page, name: string, counts: number[]) {
  await page.goto("/systems/new");
  await page.getByLabel("Name of the AI system").fill(name);
  await page.getByLabel("Your organization", { exact: true }).fill("Walk Ltd");
  await page.getByLabel("Country where your organization is established").fill("Ireland");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
}

test("a hiring-tool deployer in the EU and Colorado answers at most 20 questions", async ({ page }) => {
  const started = Date.now();
  const counts: number[] = [];
  await stepOne(page, `Walk hiring ${Date.now()}`, counts);
  await page.getByLabel(/deployer\)/).check();
  await page.getByLabel("European Union").check();
  await page.getByLabel("Colorado, USA").check();
  await answer(page, "euExclusions", "None of these");
  await answer(page, "coloradoSector", "None of these");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByLabel(/Recruitment or selection/).check();
  for (const [id, a] of [
    ["system.consequentialDecision", "Yes"],
    ["system.profilesNaturalPersons", "Yes"],
    ["system.narrowProceduralTask", "No"],
    ["organization.isPublicAuthority", "No"],
    ["organization.providesPublicServices", "No"],
    ["system.usedAtWorkplace", "Yes"],
  ] as const)
    await answer(page, id, a);
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await answer(page, "capabilities", "None of these");
  await answer(page, "system.safetyComponentOfRegulatedProduct", "No");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await answer(page, "practices", "None of these");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await answer(page, "gpaiModel", "No");
  await countAndContinue(page, counts, "Save and review");
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(`question walk: hiring-tool deployer (EU + Colorado): ${total} questions (${counts.join(" + ")}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(total).toBeLessThanOrEqual(20);
});

test("an EU-only chatbot provider answers at most 12 questions", async ({ page }) => {
  const started = Date.now();
  const counts: number[] = [];
  await stepOne(page, `Walk chatbot ${Date.now()}`, counts);
  await page.getByLabel(/provider\)/).check();
  await page.getByLabel("European Union").check();
  await answer(page, "euExclusions", "None of these");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByLabel("None of the above").check();
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await answer(page, "capabilities", /Talks or chats directly/);
  await answer(page, "capabilities", "Generates text");
  await answer(page, "system.safetyComponentOfRegulatedProduct", "No");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await answer(page, "practices", "None of these");
  await countAndContinue(page, counts);
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await answer(page, "gpaiModel", "No");
  await countAndContinue(page, counts, "Save and review");
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(`question walk: EU-only chatbot provider: ${total} questions (${counts.join(" + ")}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(total).toBeLessThanOrEqual(12);
  // …and the result follows: Art. 50(1) for the chatbot.
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByTestId("class-eu-ai-act-system")).toContainText("Limited risk");
});
