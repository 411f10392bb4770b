// T7 in the browser, in Thai and in English (issue 7): counter staff file a complete request,
// an administrator adds a holiday inside its period — its due date moves one working day and
// its history says why — then removes it, and the date moves back. A CSV with a bad row
// imports nothing and the error names the row. The add form works without JavaScript.
// Dates per language, on a permit no other admin spec files (direct-sales registration, 68
// working days: due Thursday 23 July 2026 from 9 April), and in late June, where no other
// seed permit's period from 9 April reaches; everything added is removed again.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const PASSWORD = "anuyat-demo-2569";
const SLUG = "direct-sales-registration";
const HOLIDAY: Record<Lng, string> = { th: "2026-06-24", en: "2026-06-25" };
// Saturdays: a holiday there closes nothing new, so the JS-off test moves no request.
const WEEKEND: Record<Lng, string> = { th: "2026-08-01", en: "2026-08-08" };
const DUE = "2026-07-23";
const MOVED = "2026-07-24";

test.describe.configure({ mode: "serial" });

async function signIn(page: Page, lng: Lng, email: string, to: string) {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(to)}`);
  await page.getByLabel(text(lng, "auth.email")).fill(email);
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[?]/g, "\\?")}$`));
}

async function adminPage(browser: Browser, lng: Lng, opts: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB", ...opts });
  const page = await context.newPage();
  await signIn(page, lng, "admin@anuyat.demo", "/staff/admin/holidays");
  return page;
}

async function fileCompleteRequest(page: Page, lng: Lng): Promise<string> {
  await signIn(page, lng, "counter@bkk01.demo", `/staff/intake/new/${SLUG}`);
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Holiday ${lng}`);
  await page.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("081 234 5678");
  await page.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("99 ถนนพระราม 1 ปทุมวัน กรุงเทพฯ");
  const items = page.locator(".checklist__item");
  await page.waitForLoadState("load"); // the whole checklist, not the part streamed so far
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).getByLabel(text(lng, "staff:checkStatuses.received"), { exact: true }).check();
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/requests\/BKK01-2569-\d{6}-[0-9A-Z]$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function fillHoliday(page: Page, lng: Lng, date: string, name: string) {
  await page.getByLabel(text(lng, "holidays:form.date")).fill(date);
  await page.getByLabel(text(lng, "holidays:form.nameTh")).fill(`${name} (ไทย)`);
  await page.getByLabel(text(lng, "holidays:form.nameEn")).fill(name);
  await page.getByRole("radio", { name: text(lng, "holidays:kinds.special") }).check();
}

test("adding a holiday inside an open request's period moves its due date one working day, with the reason; removing it moves it back (T7)", async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  const lng = lngOf(info);
  const date = HOLIDAY[lng];
  const name = `E2E holiday ${lng}`;
  const number = await fileCompleteRequest(page, lng);
  await expect(page.getByTestId("due-date")).toHaveAttribute("data-date", DUE);

  const admin = await adminPage(browser, lng);
  await admin.goto("/staff/admin/holidays?year=2026");
  await expect(admin.getByRole("heading", { level: 1, name: text(lng, "holidays:title") })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await admin.getByRole("link", { name: text(lng, "holidays:actions.add") }).click();
  await expect(admin).toHaveURL(/\/staff\/admin\/holidays\/new\?year=2026$/);
  await expectNoSeriousA11yViolations(admin);
  await fillHoliday(admin, lng, date, name);
  await admin.getByRole("button", { name: text(lng, "holidays:form.add") }).click();
  await expect(admin).toHaveURL(/\/staff\/admin\/holidays\?year=2026$/);
  // The summary: how many requests moved, with a link to each of the first few.
  const summary = admin.getByRole("status");
  await expect(summary).toContainText(text(lng, "holidays:summary.heading"));
  expect(Number(await admin.getByTestId("moved-count").getAttribute("data-count"))).toBeGreaterThanOrEqual(1);
  await expect(summary.getByRole("link", { name: number })).toBeVisible();
  await expect(admin.locator(`tr[data-date="${date}"]`)).toContainText(name);
  await expectNoSeriousA11yViolations(admin);

  // The request: one working day later, and its history says why (O1).
  await admin.goto(`/staff/requests/${number}`);
  await expect(admin.getByTestId("due-date")).toHaveAttribute("data-date", MOVED);
  const history = admin.getByRole("region", { name: text(lng, "staff:request.history") }).or(admin.locator("ol.history"));
  await expect(history.first()).toContainText(text(lng, "staff:events.due_date_moved"));
  await expect(admin.getByTestId("due-date-moved").last()).toContainText(name);

  // The public holiday page shows it too (no cache).
  await admin.goto("/holidays");
  await expect(admin.locator("table.holiday-list").first()).toContainText(lng === "th" ? `${name} (ไทย)` : name);

  // Remove it, after the confirmation page.
  await admin.goto("/staff/admin/holidays?year=2026");
  await admin.locator(`tr[data-date="${date}"]`).getByRole("link", { name: text(lng, "holidays:actions.remove") }).click();
  await expect(admin).toHaveURL(new RegExp(`/staff/admin/holidays/${date}/remove$`));
  await expectNoSeriousA11yViolations(admin);
  await admin.getByRole("button", { name: text(lng, "holidays:remove.confirm") }).click();
  await expect(admin).toHaveURL(/\/staff\/admin\/holidays\?year=2026$/);
  await expect(admin.locator(`tr[data-date="${date}"]`)).toHaveCount(0);
  await admin.goto(`/staff/requests/${number}`);
  await expect(admin.getByTestId("due-date")).toHaveAttribute("data-date", DUE);
  await expect(admin.getByTestId("due-date-moved")).toHaveCount(2);
  await admin.context().close();
});

test("a CSV with a bad row imports nothing, and the error names the row; an iCalendar file gets a preview", async ({ browser }, info) => {
  const lng = lngOf(info);
  const admin = await adminPage(browser, lng);
  await admin.goto("/staff/admin/holidays?year=2026");
  const before = await admin.locator("table.holiday-list tbody tr").count();
  await admin.getByRole("link", { name: text(lng, "holidays:actions.import") }).click();
  await expect(admin).toHaveURL(/\/staff\/admin\/holidays\/import\?year=2026$/);
  await expectNoSeriousA11yViolations(admin);
  const csv = `\uFEFFdate,name_th,name_en,kind\r\n${HOLIDAY[lng]},วันหยุดนำเข้า,Imported holiday,special\r\n2026-02-30,ผิด,Wrong,annual\r\n`;
  await admin.getByLabel(text(lng, "holidays:import.year")).fill("2026");
  await admin.getByLabel(text(lng, "holidays:import.file")).setInputFiles({ name: "holidays-2026.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await admin.getByRole("button", { name: text(lng, "holidays:import.preview") }).click();
  const errors = admin.getByTestId("import-errors");
  await expect(errors).toContainText(text(lng, "holidays:import.failed"));
  const problem = text(lng, "holidays:import.problems.badDate", { value: "2026-02-30" });
  await expect(errors).toContainText(text(lng, "holidays:import.line", { line: 3, problem }));
  await expectNoSeriousA11yViolations(admin);
  await admin.goto("/staff/admin/holidays?year=2026");
  await expect(admin.locator("table.holiday-list tbody tr")).toHaveCount(before);
  await expect(admin.locator(`tr[data-date="${HOLIDAY[lng]}"]`)).toHaveCount(0);

  // A good iCalendar file gets a preview of what it would change; leaving it imports nothing.
  await admin.goto("/staff/admin/holidays/import?year=2026");
  const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", `DTSTART;VALUE=DATE:${HOLIDAY[lng].replace(/-/g, "")}`, "SUMMARY;LANGUAGE=th:วันหยุดนำเข้า", "SUMMARY;LANGUAGE=en:Imported holiday", "CATEGORIES:special", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
  await admin.getByLabel(text(lng, "holidays:import.file")).setInputFiles({ name: "holidays-2026.ics", mimeType: "text/calendar", buffer: Buffer.from(ics, "utf8") });
  await admin.getByRole("button", { name: text(lng, "holidays:import.preview") }).click();
  await expect(admin.getByTestId("preview-added")).toContainText(lng === "th" ? "วันหยุดนำเข้า" : "Imported holiday");
  await expect(admin.getByRole("button", { name: text(lng, "holidays:import.confirm") })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await admin.goto("/staff/admin/holidays?year=2026");
  await expect(admin.locator(`tr[data-date="${HOLIDAY[lng]}"]`)).toHaveCount(0);
  await admin.context().close();
});

test("without JavaScript the add form shows its errors, keeps what was typed, adds, and removal confirms", async ({ browser }, info) => {
  const lng = lngOf(info);
  const admin = await adminPage(browser, lng, { javaScriptEnabled: false });
  await admin.goto("/staff/admin/holidays/new?year=2026");
  await admin.getByLabel(text(lng, "holidays:form.nameEn")).fill(`Kept ${lng}`);
  await admin.getByRole("button", { name: text(lng, "holidays:form.add") }).click();
  // Server-side errors (same zod schema), nothing lost.
  await expect(admin.locator(".error-summary")).toContainText(text(lng, "validation:required"));
  await expect(admin.getByLabel(text(lng, "holidays:form.nameEn"))).toHaveValue(`Kept ${lng}`);
  // A date already taken: a clear translated error.
  await fillHoliday(admin, lng, "2026-04-13", `Taken ${lng}`);
  await admin.getByRole("button", { name: text(lng, "holidays:form.add") }).click();
  await expect(admin.locator(".error-summary")).toContainText(text(lng, "holidays:errors.dateTaken"));
  await fillHoliday(admin, lng, WEEKEND[lng], `No JS ${lng}`);
  await admin.getByRole("button", { name: text(lng, "holidays:form.add") }).click();
  await expect(admin).toHaveURL(/\/staff\/admin\/holidays\?year=2026$/);
  await expect(admin.getByTestId("moved-count")).toHaveAttribute("data-count", "0");
  await expect(admin.locator(`tr[data-date="${WEEKEND[lng]}"]`)).toContainText(`No JS ${lng}`);
  await admin.goto(`/staff/admin/holidays/${WEEKEND[lng]}/remove`);
  await admin.getByRole("button", { name: text(lng, "holidays:remove.confirm") }).click();
  await expect(admin).toHaveURL(/\/staff\/admin\/holidays\?year=2026$/);
  await expect(admin.locator(`tr[data-date="${WEEKEND[lng]}"]`)).toHaveCount(0);
  await admin.context().close();
});
