import { expect, test } from "@playwright/test";
import { lngOf, text } from "./support";

test("home shows the search box and the most used permits", async ({ page }) => {
  await page.goto("/");
  const lng = lngOf(test.info());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "home.heading"));
  await expect(page.getByRole("searchbox", { name: text(lng, "search.label") })).toBeVisible();
  await expect(page.getByRole("heading", { name: text(lng, "home.popular") })).toBeVisible();
  await expect(page.locator(".permit-grid .permit-card")).toHaveCount(6);
  await expect(page.getByText(text(lng, "layout.demoLabel"))).toBeVisible();
});

test("catalogue filters narrow the list and show result counts", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/permits");
  const all = await page.locator(".permit-list .permit-card").count();
  expect(all).toBeGreaterThanOrEqual(12);

  const category = page.getByLabel(text(lng, "catalogue.category"));
  const option = category.locator('option[value="food_health"]');
  const label = (await option.textContent()) ?? "";
  const expected = Number(label.match(/\((\d+)\)$/)?.[1]);
  expect(expected).toBeGreaterThanOrEqual(2);

  await category.selectOption("food_health");
  await page.getByRole("button", { name: text(lng, "catalogue.apply") }).click();
  await expect(page).toHaveURL(/category=food_health/);
  await expect(page.locator(".permit-list .permit-card")).toHaveCount(expected);
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`${expected}`) })).toBeVisible();
});

test("filters by agency and service centre combine", async ({ page }) => {
  await page.goto("/permits?center=NBI01");
  const atCenter = await page.locator(".permit-list .permit-card").count();
  await page.goto("/permits");
  const all = await page.locator(".permit-list .permit-card").count();
  expect(atCenter).toBeGreaterThan(0);
  expect(atCenter).toBeLessThan(all);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("search, filter and open a manual", async ({ page }) => {
    const lng = lngOf(test.info());
    await page.goto("/");
    await page.getByRole("searchbox").fill(lng === "th" ? "พาณิชย์" : "commercial");
    await page.getByRole("button", { name: text(lng, "search.submit") }).click();
    await page.locator('a[href="/permits/commercial-registration"]').first().click();
    await expect(page).toHaveURL(/\/permits\/commercial-registration$/);
    await expect(page.getByRole("heading", { level: 2, name: text(lng, "manual:sections.steps") })).toBeVisible();
  });
});
