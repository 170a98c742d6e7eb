import { expect, test } from "@playwright/test";

test("home page shows the frameworks in the graph and the data version", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comply once, evidence many.");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Frameworks", "Crosswalk", "Systems"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await expect(page.getByRole("link", { name: /EU AI Act/ }).first()).toBeVisible();
  await expect(page.getByTestId("data-version")).toHaveText(/^[0-9a-f]{12}$/);
  // Tailwind is applied: the hero has the brand gradient, not an unstyled block.
  const hero = page.locator("section").first();
  await expect(hero).toHaveCSS("color", "rgb(255, 255, 255)");
});

test("frameworks page lists binding and voluntary frameworks and opens one", async ({ page }) => {
  await page.goto("/frameworks");
  await expect(page.getByRole("heading", { name: "Binding law" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Voluntary frameworks and standards" })).toBeVisible();
  await page.getByRole("link", { name: /NIST AI RMF/ }).click();
  await expect(page).toHaveURL(/\/frameworks\/nist-ai-rmf$/);
  await expect(page.getByRole("link", { name: "GOVERN 1.1", exact: true })).toBeVisible();
});
