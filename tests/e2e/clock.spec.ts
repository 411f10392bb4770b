// The statutory clock shown to citizens (O2, R8.5, R10.1, T2–T5). The server stands on
// Thursday 9 April 2026, 10:00 in Bangkok; expected dates are counted by hand.
import { expect, test } from "@playwright/test";
import { lngOf, text } from "./support";

test("the manual page says when the office must decide, and links to the count", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/permits/food-premises-licence");
  // 30 working days from Thu 9 Apr: Songkran 13–15 Apr, Coronation Day 4 May and Royal
  // Ploughing Day 11 May are skipped with the weekends → Thursday 28 May 2026.
  const box = page.getByTestId("due-if-today");
  await expect(box).toContainText(lng === "th" ? "28 พฤษภาคม 2569" : "28 May 2026");
  await page.getByRole("link", { name: text(lng, "manual:due.explainLink") }).click();
  await expect(page).toHaveURL(/\/permits\/food-premises-licence\/due-date$/);
  await expect(page.getByTestId("due-date")).toHaveAttribute("datetime", "2026-05-28");
  const skipped = page.locator(".skipped-days li");
  await expect(skipped.filter({ hasText: lng === "th" ? "วันสงกรานต์" : "Songkran" })).toHaveCount(3);
  await expect(skipped.filter({ hasText: lng === "th" ? "วันฉัตรมงคล" : "Coronation Day" })).toHaveCount(1);
  await expect(skipped.filter({ hasText: lng === "th" ? "วันพืชมงคล" : "Royal Ploughing" })).toHaveCount(1);
});

test("another completion date can be counted, and a bad date is explained", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/permits/building-construction-permit/due-date");
  await page.getByLabel(text(lng, "manual:due.completedOn")).fill("2026-04-09");
  await page.getByRole("button", { name: text(lng, "manual:due.check") }).click();
  // 45 calendar days from 9 Apr end on Sunday 24 May → rolled forward to Monday 25 May (T4).
  await expect(page.getByTestId("due-date")).toHaveAttribute("datetime", "2026-05-25");
  await page.goto("/permits/building-construction-permit/due-date?completedOn=2026-02-30");
  await expect(page.getByRole("alert")).toHaveText(text(lng, "manual:due.badDate"));
});

test("a limit in minutes runs in office hours", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/permits/commercial-registration");
  // 60 minutes from 10:00 on a working Thursday → 11:00 the same day.
  await expect(page.getByTestId("due-if-today")).toContainText("11:00");
  await expect(page.getByTestId("due-if-today")).toContainText(lng === "th" ? "9 เมษายน 2569" : "9 April 2026");
});

test("the holiday calendar lists this year's and next year's holidays and warns about an incomplete year", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/holidays");
  await expect(page.getByRole("heading", { level: 2, name: text(lng, "holidays.year", { year: lng === "th" ? 2569 : 2026 }) })).toBeVisible();
  await expect(page.locator("section").first().locator("tbody tr")).toHaveCount(20);
  await expect(page.getByRole("cell", { name: "Substitution for Visakha Bucha Day" })).toBeVisible();
  // 2027 holds only the fixed dates (14): the lunar holidays are not announced yet.
  await expect(page.getByRole("note").filter({ hasText: lng === "th" ? "2570" : "2027" })).toBeVisible();
});
