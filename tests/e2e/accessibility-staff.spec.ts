import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, lngOf, text } from "./support";

// WCAG 2.2 AA on the staff pages too (counter staff use them all day).
test("axe: sign-in, counter home, intake form, request page, receipt and deficiency record", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/sign-in");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(text(lng, "auth.email")).fill("supervisor@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill("anuyat-demo-2569");
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/counter$/);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/staff/requests");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/staff/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "staff:outbox.title"));
  await expectNoSeriousA11yViolations(page);
  await page.goto("/staff/requests");
  const first = page.locator("table a[href^='/staff/requests/']").first();
  if (await first.count()) {
    const href = (await first.getAttribute("href"))!;
    for (const path of [href, `${href}/receipt`]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  }
});

test("axe: the intake form, also after a failed submit", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/sign-in");
  await page.getByLabel(text(lng, "auth.email")).fill("counter@nbi01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill("anuyat-demo-2569");
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/counter$/);
  await page.goto("/staff/intake/new/building-construction-permit");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
