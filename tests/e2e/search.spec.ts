import { expect, test } from "@playwright/test";
import { BUILDING_SLUG, FOOD_SLUGS, lngOf, text } from "./support";

async function resultSlugs(page: import("@playwright/test").Page) {
  const hrefs = await page.locator(".permit-list .permit-card__title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  return hrefs.map((h) => String(h).replace("/permits/", ""));
}

test.describe("search (Thai and English queries)", () => {
  for (const q of ["อาหาร", "food", "FOOD"]) {
    test(`"${q}" finds both food permits`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("searchbox").fill(q);
      await page.getByRole("button", { name: text(lngOf(test.info()), "search.submit") }).click();
      await expect(page).toHaveURL(/\/permits\?q=/);
      // With JavaScript the address changes before React shows the results: ask until it has.
      await expect.poll(() => resultSlugs(page)).toEqual(expect.arrayContaining([...FOOD_SLUGS]));
    });
  }

  for (const q of ["ก่อสร้าง", "building"]) {
    test(`"${q}" finds the building permit`, async ({ page }) => {
      await page.goto(`/permits?q=${encodeURIComponent(q)}`);
      expect(await resultSlugs(page)).toContain(BUILDING_SLUG);
    });
  }

  const junk = ["x".repeat(1000), "' OR 1=1; DROP TABLE Permit; --", "<script>alert(1)</script>", "%", "_", "ก".repeat(1000)];
  for (const q of junk) {
    test(`junk query ${JSON.stringify(q.slice(0, 20))} gets a calm no-results page`, async ({ page }) => {
      const response = await page.goto(`/permits?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText(text(lngOf(test.info()), "catalogue.noResults"))).toBeVisible();
      expect(await resultSlugs(page)).toEqual([]);
    });
  }

  test("an empty query lists every permit", async ({ page }) => {
    await page.goto("/permits?q=");
    expect((await resultSlugs(page)).length).toBeGreaterThanOrEqual(12);
  });
});
