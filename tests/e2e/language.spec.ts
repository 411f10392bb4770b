import { expect, test } from "@playwright/test";
import { lngOf, text, type Lng } from "./support";

test("the language switch keeps you on the same page and the choice persists", async ({ page }) => {
  const lng = lngOf(test.info());
  const other: Lng = lng === "th" ? "en" : "th";
  await page.goto("/permits/food-premises-licence");
  await expect(page.locator("html")).toHaveAttribute("lang", lng);

  await page.getByRole("link", { name: other === "en" ? "English" : "ภาษาไทย" }).click();
  await expect(page).toHaveURL(/\/permits\/food-premises-licence\?lng=/);
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  await expect(page.getByRole("heading", { level: 2, name: text(other, "manual:sections.steps") })).toBeVisible();

  // The cookie remembers the choice on the next page, whatever the browser asks for.
  await page.goto("/permits");
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(other, "catalogue.heading"));
});

test("?lng= picks the language and the search query survives the switch", async ({ page }) => {
  await page.goto("/permits?q=food&lng=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "ภาษาไทย" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("searchbox")).toHaveValue("food");
});

test("Thai is the default language when the browser asks for neither", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("th", "home.heading"));
  await context.close();
});
