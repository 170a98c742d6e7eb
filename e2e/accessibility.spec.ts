import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";

// axe-core on every page state the README lists: no serious or critical violation anywhere.
// (@axe-core/playwright needs Node >= 22.12; the engine itself is injected instead.)
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };

async function audit(page: Page, state: string) {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  })) as AxeResult;
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, serious.join("\n")).toEqual([]);
}

const PUBLIC_STATES: [string, string][] = [
  ["home", "/"],
  ["frameworks", "/frameworks"],
  ["framework EU AI Act", "/frameworks/eu-ai-act"],
  ["framework as of with filters", "/frameworks/colorado-ai-act?asOf=2026-11-25&applying=1"],
  ["provision with contested date", "/frameworks/eu-ai-act/art-73-1"],
  ["provision with mappings", "/frameworks/eu-ai-act/art-26-1"],
  ["version changes", "/frameworks/colorado-ai-act/changes"],
  ["crosswalk matrix", "/crosswalk?from=eu-ai-act&to=colorado-ai-act"],
  ["crosswalk with a cell", "/crosswalk?from=eu-ai-act&to=nist-ai-rmf"],
  ["gap heatmap", "/gaps"],
  ["gap report for a pair", "/gaps?from=colorado-ai-act&to=eu-ai-act&scope=duties"],
  ["search", "/search?q=Art.+26"],
  ["graph", "/graph?provision=eu-ai-act/art-27-1&depth=2"],
  ["concept", "/concepts/impact-assessment"],
  ["comply once", "/comply?jurisdictions=EU,US-CO,US-CA,US-NY,KR,CN&concept=incident-reporting"],
  ["comply once, every concept", "/comply"],
  ["mapping review queue", "/review?below=50"],
  ["systems list", "/systems"],
  ["deadlines across systems", "/deadlines"],
  ["questionnaire step 1", "/systems/new"],
  ["not found", "/frameworks/no-such-framework"],
];

test.describe("axe-core: public and workspace pages", () => {
  for (const [state, path] of PUBLIC_STATES)
    test(state, async ({ page }) => {
      await page.goto(path);
      await audit(page, state);
    });
});

test("axe-core: questionnaire steps, review, error state, assessed system, deadlines", async ({ page }) => {
  const pick = async (id: string, label: string | RegExp) =>
    page.locator(`[data-question="${id}"]`).getByLabel(label, { exact: typeof label === "string" }).check();
  const next = () => page.getByRole("button", { name: /Save and (continue|review)/ }).click();

  await page.goto("/systems/new");
  await next();
  await expect(page.getByRole("alert").filter({ hasText: "Please fix" })).toBeVisible();
  await audit(page, "questionnaire with errors");
  await page.getByLabel("Name of the AI system").fill(`Axe check ${Date.now()}`);
  await page.getByLabel("Your organization", { exact: true }).fill("Axe Ltd");
  await page.getByLabel("Country where your organization is established").fill("Austria");
  await next();
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await page.getByLabel(/deployer\)/).check();
  await page.getByLabel("European Union").check();
  await page.getByLabel("Colorado, USA").check();
  await audit(page, "questionnaire step 2 with EU and Colorado questions");
  await pick("euExclusions", "None of these");
  await pick("coloradoSector", "Not sure");
  await next();
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByLabel(/Creditworthiness or credit scoring/).check();
  await audit(page, "questionnaire step 3 with follow-ups");
  for (const id of ["system.consequentialDecision", "system.profilesNaturalPersons", "organization.isPublicAuthority", "organization.providesPublicServices", "system.usedAtWorkplace", "organization.healthCareProvider", "organization.operatesFromColoradoLocation"])
    if (await page.locator(`[data-question="${id}"]`).count()) await pick(id, "No");
  await pick("system.narrowProceduralTask", "Not sure");
  await next();
  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await pick("capabilities", /Works with biometric data/);
  await audit(page, "questionnaire step 4 with biometric follow-ups");
  await pick("capabilities", "None of these");
  await pick("system.safetyComponentOfRegulatedProduct", "No");
  await next();
  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await audit(page, "questionnaire step 5 screening");
  await pick("practices", /Scores people on social behaviour/);
  await next();
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await pick("gpaiModel", "No");
  await next();
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  await audit(page, "review page");
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByTestId("class-eu-ai-act-system")).toBeVisible({ timeout: 30_000 });
  await audit(page, "assessed system: prohibited, open questions, checklist");
  const id = page.url().split("/systems/")[1]!.split(/[/?#]/)[0]!;
  await page.goto(`/systems/${id}/deadlines`);
  await audit(page, "deadlines of one system");
});
