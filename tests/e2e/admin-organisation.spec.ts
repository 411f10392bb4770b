// Issue 7 in the browser, in Thai and in English: an administrator creates a service center
// with its office hours (T5) and an officer's account; the officer signs in with the temporary
// password, must choose their own, and lands on their queue; the administrator deactivates the
// account and the officer's next page load goes to sign-in; the audit log shows each step and
// its filters work. The Thai and English runs share one database with other admin specs, so
// every code and e-mail carries the language.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const PASSWORD = "anuyat-demo-2569";
test.describe.configure({ mode: "serial" });

async function signIn(page: Page, lng: Lng, email: string, password: string, to = "/staff") {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(to)}`);
  await page.getByLabel(text(lng, "auth.email")).fill(email);
  await page.getByLabel(text(lng, "auth.password")).fill(password);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
}

async function newPage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ locale: use.locale, baseURL: use.baseURL });
  return context.newPage();
}

async function optionValue(page: Page, select: string, code: string) {
  return (await page.locator(`${select} option`, { hasText: `${code} ·` }).first().getAttribute("value"))!;
}

test("a center with office hours and an officer's account; first sign-in changes the password; deactivation ends access; the audit log shows it", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const lng = lngOf(info);
  const code = `E2E${lng.toUpperCase()}`;
  const email = `officer.${lng}@e2e-organisation.demo`;
  const a = (key: string, values?: Record<string, string>) => text(lng, `admin:${key}`, values);

  await signIn(page, lng, "admin@anuyat.demo", PASSWORD, "/staff/admin/centers");
  await expect(page).toHaveURL(/\/staff\/admin\/centers$/);
  await expectNoSeriousA11yViolations(page);

  // A service center: hours out of order are refused with a translated message, then fixed.
  await page.getByRole("link", { name: a("centers.new") }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/centers\/new$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(a("centers.fields.code"), { exact: true }).fill(code);
  await page.getByLabel(a("centers.fields.nameTh"), { exact: true }).fill(`ศูนย์ทดสอบ ${lng}`);
  await page.getByLabel(a("centers.fields.nameEn"), { exact: true }).fill(`Test center ${lng}`);
  await page.getByLabel(a("centers.fields.addressTh"), { exact: true }).fill("1 ถนนทดสอบ กรุงเทพฯ");
  await page.getByLabel(a("centers.fields.addressEn"), { exact: true }).fill("1 Test Road, Bangkok");
  await page.getByLabel(a("centers.fields.phone"), { exact: true }).fill("02 000 0000");
  await page.getByLabel(a("centers.fields.opensAt"), { exact: true }).fill("16:00");
  await page.getByLabel(a("centers.fields.closesAt"), { exact: true }).fill("09:00");
  await page.getByRole("button", { name: a("centers.create") }).click();
  await expect(page.getByRole("alert")).toContainText(a("centers.errors.closesBeforeOpens"));
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(a("centers.fields.opensAt"), { exact: true }).fill("09:00");
  await page.getByLabel(a("centers.fields.closesAt"), { exact: true }).fill("15:30");
  await page.getByLabel(a("centers.fields.lunchStart"), { exact: true }).fill("12:00");
  await page.getByLabel(a("centers.fields.lunchEnd"), { exact: true }).fill("13:00");
  await page.getByRole("button", { name: a("centers.create") }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/centers\?saved=/);
  await expect(page.getByRole("status")).toHaveText(a("common.saved"));
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: code }) });
  await expect(row).toContainText(a("centers.hours", { opens: "09:00", closes: "15:30" }));

  // An officer of the Pathum Wan District Office; the temporary password is shown once.
  await page.goto("/staff/admin/users");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: a("users.new") }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(a("users.fields.email"), { exact: true }).fill(email);
  await page.getByLabel(a("users.fields.name"), { exact: true }).fill(`E2E Officer ${lng}`);
  await page.getByLabel(a("users.fields.role"), { exact: true }).selectOption("officer");
  // The wrong place for an officer is refused before anything is sent.
  await page.getByLabel(a("users.fields.center"), { exact: true }).selectOption(await optionValue(page, "#serviceCenterId", code));
  await page.getByRole("button", { name: a("users.create") }).click();
  await expect(page.getByRole("alert")).toContainText(a("users.errors.agencyRequired"));
  await page.getByLabel(a("users.fields.center"), { exact: true }).selectOption("");
  await page.getByLabel(a("users.fields.agency"), { exact: true }).selectOption(await optionValue(page, "#agencyId", "PTW-DIST"));
  await page.getByRole("button", { name: a("users.create") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a("users.createdTitle"));
  const temporary = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expectNoSeriousA11yViolations(page);
  const userUrl = (await page.getByRole("link", { name: email }).getAttribute("href"))!;

  // The officer, in their own browser: the temporary password leads to the password page only.
  const officer = await newPage(browser);
  await signIn(officer, lng, email, temporary);
  await expect(officer).toHaveURL(/\/staff\/password\?redirectTo=%2Fstaff$/);
  await expect(officer.getByRole("status")).toHaveText(a("password.forced"));
  await expectNoSeriousA11yViolations(officer);
  await officer.goto("/staff/requests");
  await expect(officer).toHaveURL(/\/staff\/password\?redirectTo=%2Fstaff%2Frequests$/);
  await officer.getByLabel(a("password.currentForced"), { exact: true }).fill(temporary);
  await officer.getByLabel(a("password.new"), { exact: true }).fill("short");
  await officer.getByLabel(a("password.confirm"), { exact: true }).fill("short");
  await officer.getByRole("button", { name: a("password.submit") }).click();
  await expect(officer.getByRole("alert")).toContainText(a("password.errors.tooShort"));
  const own = `my own password ${lng} 2569`;
  await officer.getByLabel(a("password.new"), { exact: true }).fill(own);
  await officer.getByLabel(a("password.confirm"), { exact: true }).fill(own);
  await officer.getByRole("button", { name: a("password.submit") }).click();
  await expect(officer).toHaveURL(/\/staff\/requests$/);
  await expect(officer.getByText(text(lng, "staff:signedInAs", { name: `E2E Officer ${lng}`, role: text(lng, "staff:roles.officer") }), { exact: false })).toBeVisible();

  // The administrator deactivates the account: the officer's next page load is the sign-in.
  await page.goto(userUrl);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: a("users.deactivate.button") }).click();
  await expect(page.getByRole("status")).toHaveText(a("users.deactivate.done"));
  await officer.reload();
  await expect(officer).toHaveURL(/\/sign-in\?redirectTo=%2Fstaff%2Frequests$/);
  await signIn(officer, lng, email, own);
  await expect(officer.getByRole("alert")).toHaveText(text(lng, "auth.invalid"));
  await officer.context().close();

  // The audit log: the account's entries, newest first, and the center's hours.
  await page.goto("/staff/admin/audit");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(a("audit.filters.entity"), { exact: true }).selectOption("user");
  await page.getByLabel(a("audit.filters.q"), { exact: true }).fill(email);
  await page.getByRole("button", { name: a("audit.filters.show") }).click();
  await expect(page).toHaveURL(/entity=user/);
  const entries = page.locator(".audit-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(a("audit.actions.deactivate"));
  await expect(entries.nth(1)).toContainText(a("audit.actions.password_changed"));
  await expect(entries.nth(2)).toContainText(a("audit.actions.create"));
  await expect(entries.nth(0).getByRole("row", { name: a("audit.fields.active") })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/staff/admin/audit?entity=service_center&q=${code}`);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(code);
  await expect(entries.first().getByRole("row", { name: a("audit.fields.closesAt") })).toContainText("15:30");
});

test("agencies and ministries: lists and forms are accessible; a taken code is refused in words", async ({ page }, info) => {
  const lng = lngOf(info);
  const a = (key: string) => text(lng, `admin:${key}`);
  await signIn(page, lng, "admin@anuyat.demo", PASSWORD, "/staff/admin/agencies");
  await expect(page).toHaveURL(/\/staff\/admin\/agencies$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: a("agencies.newAgency") }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(a("agencies.fields.code"), { exact: true }).fill("PTW-DIST");
  await page.getByLabel(a("agencies.fields.nameTh"), { exact: true }).fill("ซ้ำ");
  await page.getByLabel(a("agencies.fields.nameEn"), { exact: true }).fill("Duplicate");
  await page.getByLabel(a("agencies.fields.ministry"), { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: a("agencies.createAgency") }).click();
  await expect(page.getByRole("alert")).toContainText(a("agencies.errors.codeTaken"));
  await expect(page.getByLabel(a("agencies.fields.nameEn"), { exact: true })).toHaveValue("Duplicate");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/staff/admin/agencies");
  await page.getByRole("link", { name: new RegExp(`PTW-DIST$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("PTW-DIST");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/staff/admin/agencies/ministries/new");
  await page.getByRole("button", { name: a("agencies.createMinistry") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "validation:required"));
  await expectNoSeriousA11yViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a ministry is created with a plain form post; errors come back from the server with what was typed", async ({ page }, info) => {
    const lng = lngOf(info);
    const a = (key: string) => text(lng, `admin:${key}`);
    const code = `E2E-MIN-${lng.toUpperCase()}`;
    await signIn(page, lng, "admin@anuyat.demo", PASSWORD, "/staff/admin/agencies/ministries/new");
    await expect(page).toHaveURL(/\/staff\/admin\/agencies\/ministries\/new$/);
    await page.getByLabel(a("agencies.fields.code"), { exact: true }).fill(code);
    await page.getByLabel(a("agencies.fields.nameEn"), { exact: true }).fill(`Ministry of Tests ${lng}`);
    await page.getByRole("button", { name: a("agencies.createMinistry") }).click();
    await expect(page.getByRole("alert")).toContainText(text(lng, "validation:required"));
    await expect(page.getByLabel(a("agencies.fields.nameEn"), { exact: true })).toHaveValue(`Ministry of Tests ${lng}`);
    // (axe needs JavaScript in the page: the same form is checked in the test above.)
    await page.getByLabel(a("agencies.fields.nameTh"), { exact: true }).fill(`กระทรวงทดสอบ ${lng}`);
    await page.getByRole("button", { name: a("agencies.createMinistry") }).click();
    await expect(page).toHaveURL(/\/staff\/admin\/agencies\?saved=/);
    await expect(page.getByRole("link", { name: new RegExp(`${code}$`) })).toBeVisible();
  });
});
