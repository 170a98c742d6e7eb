import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { assessmentRecordSchema } from "../lib/schemas/assessment-record";
import { fillOrganization, next, tick, yes } from "./support/questionnaire";
import { expect, test, type Page } from "@playwright/test";

// The compliance officer's whole job: questionnaire → classes → checklist → PDF.
const systemName = `Resume screener ${Date.now()}`;

test("fill the questionnaire, see the classes, tick an item, reload, download the PDF", async ({ page }) => {
  await page.goto("/systems/new");
  await expect(page.getByText("Step 1 of 6")).toBeVisible();

  // Step 1 — a country that is not in the list is refused with a clear message, then corrected.
  await fillOrganization(page, { system: systemName, organization: "Acme Hiring Ltd", country: "Irelnd" });
  const problems = page.getByRole("alert").filter({ hasText: "Please fix" });
  await expect(problems).toContainText("choose the country from the list");
  // Focus lands on the error summary, whose entries link to their fields.
  await expect(problems).toBeFocused();
  await expect(problems.getByRole("link", { name: "Country" })).toHaveAttribute("href", "#organization.country");
  await page.getByLabel("Country where your organization is established").fill("Ireland");
  await expect(page.getByText("Stored as IE.")).toBeVisible();
  await next(page);
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await expect(page).toHaveURL(/\/systems\/[^/]+\/edit\?step=2/);
  // Focus moves to the new step's heading.
  await expect(page.getByRole("heading", { name: "Roles and markets" })).toBeFocused();

  // Ticks made right after the step changes are kept (the page no longer reloads between steps).
  await page.getByLabel(/provider\)/).check();
  await page.getByLabel(/deployer\)/).check();
  await page.getByLabel("European Union").check();
  await page.getByLabel("Colorado, USA").check();
  // Enter on a tick box does not submit the step.
  await page.getByLabel("NIST AI Risk Management Framework 1.0").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await page.getByLabel("NIST AI Risk Management Framework 1.0").check();
  await tick(page, /outside a law's scope/, "None of these");
  await tick(page, /Is your organization any of these/, "None of these");
  await next(page);

  // A reload keeps what was saved.
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.reload();
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
  // The prohibited-practice screening starts unanswered and must be answered.
  await next(page);
  await expect(page.getByRole("alert").filter({ hasText: "Please fix" })).toContainText("None of these");
  await tick(page, /Does the system do any of these/, "None of these");
  await next(page);

  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await yes(page, /general-purpose AI model/, "No");
  await page.getByRole("button", { name: "Save and review" }).click();

  // The review page lists every answer in plain words before assessing.
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  await expect(page.getByText("Ireland (IE)")).toBeVisible();
  await expect(page.getByText("Recruitment or selection: job ads, filtering applications, evaluating candidates")).toBeVisible();
  await page.getByRole("button", { name: "Save and assess" }).click();

  // Classes side by side, with reasons.
  await expect(page.getByRole("heading", { name: systemName })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("class-eu-ai-act-system")).toHaveText("High-risk");
  await expect(page.getByTestId("class-colorado-ai-act-system")).toHaveText("Covered ADMT");
  await expect(page.getByText("Annex III point 4(a): recruitment or selection of natural persons")).toBeVisible();

  // Tick the first checklist item as done, then reload: it is stored in Postgres.
  const first = page.getByTestId("checklist-item").first();
  const title = (await first.getByRole("heading").innerText()).replace(/^\d+\.\s*/, "");
  await first.getByRole("combobox").selectOption("done");
  await expect(first.getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("checklist-item").first().getByRole("combobox")).toHaveValue("done");

  // Download the PDF and read its text.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await (await download).path();
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  expect(text).toContain(systemName);
  expect(text).toContain("Acme Hiring Ltd");
  // Classes print in words, not as codes.
  expect(text).toContain("High-risk");
  expect(text).toContain("Covered ADMT");
  expect(text).toMatch(/Art\. 26\(1\)/);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain(title.slice(0, 30));
  expect(text).toMatch(/Done - due/);
  // An assessment record, not a task list: the answers behind it, what did not apply and why, a sign-off block.
  expect(text).toContain("Answers as given");
  expect(text).toContain("Ireland (IE)");
  expect(text).toContain("Considered and not applicable");
  expect(text).toMatch(/Art\. 27\(1\)[\s\S]{0,400}condition: not: the organization is a public authority/);
  expect(text).toContain("Sign-off");
  expect(text).toContain("Reviewed by");

  // The JSON export is the same record and validates against the published schema.
  const json = page.waitForEvent("download");
  await page.getByRole("link", { name: "JSON", exact: true }).click();
  const record = JSON.parse(readFileSync(await (await json).path(), "utf8"));
  expect(assessmentRecordSchema.safeParse(record).success).toBe(true);
  expect(record.answers.length).toBeGreaterThan(10);
  const published = await page.request.get("/api/v1/schema/assessment-record");
  expect((await published.json()).properties.notApplicable).toBeTruthy();
});

/** A credit-scoring profile for the API, with the answers a test is about. */
function creditProfile(name: string, roles: string[], system: Record<string, unknown>) {
  return {
    name,
    organization: { name: "Acme", country: "IE", employees: 10, isPublicAuthority: false, providesPublicServices: false },
    roles,
    jurisdictions: ["EU"],
    system: {
      useCases: ["credit"], consequentialDecision: true, interactsWithNaturalPersons: false, syntheticContent: "none", deepFake: false,
      emotionRecognition: false, biometricCategorisation: false, remoteBiometricIdentification: "none", socialScoring: false,
      safetyComponentOfRegulatedProduct: false, profilesNaturalPersons: false, narrowProceduralTask: false, trainsOnOwnData: false,
      ...system,
    },
    gpaiModel: null,
  };
}

test("the API returns the assessment contract and rejects a bad profile with the problem list", async ({ request }) => {
  const ok = await request.post("/api/v1/assessments?asOf=2026-11-25", {
    data: creditProfile("API check", ["deployer"], { profilesNaturalPersons: true }),
  });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.asOf).toBe("2026-11-25");
  expect(body.classifications[0]).toMatchObject({ framework: "eu-ai-act", class: "high-risk" });
  expect(body.obligations.map((o: { id: string }) => o.id)).toContain("eu-ai-act/art-27-1");

  // "Not sure" is a valid answer: the class stays the stricter one, unconfirmed, with the question to settle.
  const unsure = await request.post("/api/v1/assessments?asOf=2028-01-15", {
    data: creditProfile("API not sure", ["provider"], { narrowProceduralTask: null }),
  });
  expect(unsure.status()).toBe(200);
  const open = await unsure.json();
  expect(open.classifications[0]).toMatchObject({ class: "high-risk", confirmed: false });
  expect(open.openQuestions.map((q: { fact: string }) => q.fact)).toContain("system.narrowProceduralTask");
  expect(open.obligations.find((o: { id: string }) => o.id === "eu-ai-act/art-9-1").status).toBe("may-apply");

  const bad = await request.post("/api/v1/assessments?asOf=2026-02-30", { data: {} });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).problems[0]).toMatchObject({ path: "asOf", message: "is not a real calendar date" });
  const bad2 = await request.post("/api/v1/assessments", { data: { name: "x" } });
  expect(bad2.status()).toBe(400);
  expect((await bad2.json()).lines).toContain("organization: is required");
  const notJson = await request.post("/api/v1/assessments", { headers: { "content-type": "application/json" }, data: "{oops" });
  expect(notJson.status()).toBe(400);

  const schema = await request.get("/api/v1/schema/profile");
  expect((await schema.json()).properties.system.properties.useCases).toBeTruthy();
});

test("'Not sure' answers keep the stricter reading and are listed as open questions; the Annex I product is asked by name", async ({ page }) => {
  const name = `Unsure scorer ${Date.now()}`;
  await page.goto("/systems/new");
  // A country typed by name is stored as its ISO code: Germany is DE, never GE (Georgia).
  await fillOrganization(page, { system: name, organization: "Lendly", country: "Germany" });

  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await page.getByLabel(/provider\)/).check();
  // Jurisdiction-specific questions appear only once the jurisdiction is chosen.
  await expect(page.getByRole("group", { name: /outside a law's scope/ })).toHaveCount(0);
  await page.getByLabel("European Union").check();
  await tick(page, /outside a law's scope/, "None of these");
  await expect(page.getByRole("group", { name: /Is your organization any of these/ })).toHaveCount(0);
  await next(page);

  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByLabel(/Creditworthiness or credit scoring/).check();
  await yes(page, /profile people/, "No");
  await yes(page, /narrow procedural task/, "Not sure");
  await next(page);

  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await tick(page, /What does the system do/, "None of these");
  await yes(page, /EU product-safety law/, "Yes");
  await page.getByLabel("Which product law covers it?").selectOption("machinery");
  // No notified body: not high-risk through Annex I (Art. 6(1)(b)), so only the Annex III question decides.
  await yes(page, /third-party conformity assessment/, "No");
  await next(page);
  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await tick(page, /Does the system do any of these/, "None of these");
  await next(page);
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await yes(page, /general-purpose AI model/, "No");
  await page.getByRole("button", { name: "Save and review" }).click();
  await expect(page.getByText("Germany (DE)")).toBeVisible();
  await expect(page.getByText("Annex I, Section B, point 21: Machinery (Regulation (EU) 2023/1230)")).toBeVisible();
  await page.getByRole("button", { name: "Save and assess" }).click();

  await expect(page.getByRole("heading", { name })).toBeVisible({ timeout: 30_000 });
  // Annex III 5(b) is high-risk unless the Art. 6(3) answer says otherwise: shown as not confirmed, with the question.
  await expect(page.getByTestId("class-eu-ai-act-system")).toContainText("High-risk");
  await expect(page.getByTestId("class-eu-ai-act-system")).toContainText("not confirmed");
  const open = page.getByRole("region", { name: /Open questions/ });
  await expect(open).toContainText("Art. 6(3) task");
  await expect(page.getByText("May apply").first()).toBeVisible();

  // Deleting asks first: the disclosure shows the consequence and a confirm button.
  await page.getByText("Delete this system and its checklists").click();
  await page.getByRole("button", { name: `Yes, delete “${name}”` }).click();
  // Deleting is soft: the system leaves the list and waits under "Recently deleted" for 30 days.
  await expect(page).toHaveURL(/\/systems\?notice=deleted/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Restore ${name}` })).toBeVisible();
});
