import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, lngOf, text } from "./support";

// WCAG 2.2 AA on the staff pages too (counter staff use them all day).
test("axe: sign-in, counter home, intake form, request page, receipt and deficiency record", async ({ page }) => {
  // Six pages, each analysed by axe: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
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

// Issue 10: the bundle intake (also after a failed submit) and the guides' administration.
test("axe: a guide's bundle intake and the guide editor", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const lng = lngOf(test.info());
  await page.goto("/sign-in");
  await page.getByLabel(text(lng, "auth.email")).fill("counter@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill("anuyat-demo-2569");
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/counter$/);
  await page.goto("/staff/intake/guides/open-a-restaurant?area=80&premises=rent&juristic=no&liquor=yes");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: text(lng, "guides:intake.submit_other", { count: 3 }) }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const admin = await (await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB" })).newPage();
  await admin.goto("/sign-in");
  await admin.getByLabel(text(lng, "auth.email")).fill("admin@anuyat.demo");
  await admin.getByLabel(text(lng, "auth.password")).fill("anuyat-demo-2569");
  await admin.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(admin).not.toHaveURL(/sign-in/);
  await admin.goto("/staff/admin/guides");
  await expectNoSeriousA11yViolations(admin);
  const href = (await admin.locator("table a[href^='/staff/admin/guides/']").first().getAttribute("href"))!;
  for (const path of [href, "/staff/admin/guides/new"]) {
    await admin.goto(path);
    await expectNoSeriousA11yViolations(admin);
  }
  // A failed save shows its errors, still accessible (blank form: nothing is stored).
  await admin.getByRole("button", { name: text(lng, "admin:guides.create") }).click();
  await expect(admin.getByRole("alert").first()).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
});
