import { expect, type Page } from "@playwright/test";

// The questionnaire as a page object: the specs say what they answer, not how the form works.

export async function yes(page: Page, question: RegExp | string, answer: "Yes" | "No" | "Not sure") {
  await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
}

/** Ticks one box (or "None of these" / "Not sure") of a question group. */
export async function tick(page: Page, group: RegExp, box: RegExp | string) {
  await page.getByRole("group", { name: group }).getByLabel(box, { exact: typeof box === "string" }).check();
}

export const next = (page: Page) => page.getByRole("button", { name: "Save and continue" }).click();

/** Step 1, then "Save and continue". */
export async function fillOrganization(page: Page, a: { system: string; organization: string; country: string }) {
  await page.getByLabel("Name of the AI system").fill(a.system);
  await page.getByLabel("Your organization", { exact: true }).fill(a.organization);
  await page.getByLabel("Country where your organization is established").fill(a.country);
  await next(page);
}

/**
 * The shortest walk to an assessed hiring tool (recruitment, profiling, a chatbot front end):
 * EU deployer by default; `colorado` adds Colorado, `provider` the provider role. Returns the system id.
 */
export async function assessHiringTool(page: Page, name: string, options: { colorado?: boolean; provider?: boolean } = {}): Promise<string> {
  await page.goto("/systems/new");
  await fillOrganization(page, { system: name, organization: "Acme Hiring Ltd", country: "Ireland" });

  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  if (options.provider) await page.getByLabel(/provider\)/).check();
  await page.getByLabel(/deployer\)/).check();
  await page.getByLabel("European Union").check();
  if (options.colorado) await page.getByLabel("Colorado, USA").check();
  await tick(page, /outside a law's scope/, "None of these");
  if (options.colorado) await tick(page, /Is your organization any of these/, "None of these");
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
  const id = /\/systems\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeTruthy();
  return id!;
}
