// Applying online, in Thai and in English (issue #5, E1, R8.1–R8.5, O2): apply with uploads →
// tracking number → the agency's officer finds it incomplete → the applicant acknowledges and
// cures online → accepted → tracking shows the due date. Also save and return, withdrawal,
// bad uploads, and the whole journey with JavaScript off. The server stands on Thursday
// 9 April 2026, 10:00 Bangkok time (APP_NOW).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { minimalPdf, minimalPng } from "../fixtures/documents";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const SLUG = "commercial-registration";
const PASSWORD = "anuyat-demo-2569";
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });

async function fillApplicant(page: Page, lng: Lng, name: string, phone: string) {
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(name);
  await page.getByLabel(text(lng, "staff:intake.applicantPhone")).fill(phone);
  await page.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("12 ถนนสุขุมวิท คลองเตย กรุงเทพฯ");
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
}

async function startApplying(page: Page, lng: Lng) {
  await page.goto(`/permits/${SLUG}`);
  await page.getByTestId("apply-online").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "apply:start.title"));
  await page.getByRole("button", { name: text(lng, "apply:start.button") }).click();
  await expect(page).toHaveURL(/\/apply\/[\w-]+\/applicant$/);
}

// Uploads a PDF for every document that has no condition, then continues.
async function uploadAll(page: Page, lng: Lng) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "apply:documents.title"));
  // Count the inputs only once the whole document is in: with JavaScript off the page streams,
  // and under load an early count missed the last document (one required file never uploaded).
  await page.waitForLoadState("load");
  const inputs = page.locator('input[type="file"]');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) await inputs.nth(i).setInputFiles(pdf(`document-${i + 1}.pdf`));
  await page.getByRole("button", { name: text(lng, "apply:documents.upload") }).click();
  await expect(page.locator(".file-list li")).toHaveCount(n);
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
}

async function declareAndSend(page: Page, lng: Lng) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "apply:declaration.title"));
  await page.getByLabel(text(lng, "apply:declaration.truthful")).check();
  await page.getByLabel(text(lng, "apply:declaration.consent")).check();
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "apply:check.title"));
  await page.getByRole("button", { name: text(lng, "apply:check.submit") }).click();
  await expect(page.getByTestId("tracking-number")).toHaveText(/^ONLINE-2569-\d{6}-[0-9A-Z]$/);
  return (await page.getByTestId("tracking-number").textContent())!.trim();
}

async function track(page: Page, lng: Lng, number: string, digits: string) {
  await page.goto(`/track?number=${number}`);
  await page.getByLabel(text(lng, "track.verifier")).fill(digits);
  await page.getByRole("button", { name: text(lng, "track.submit") }).click();
}

async function officerPage(browser: Browser, lng: Lng) {
  const context = await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(text(lng, "auth.email")).fill("officer@dbd.demo");
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/requests$/);
  return page;
}

test("apply with uploads → incomplete → acknowledged and cured online → accepted with its due date", async ({ page, browser }) => {
  // The whole journey across two browsers, with an accessibility scan of every page on the way.
  test.setTimeout(90_000);
  const lng = lngOf(test.info());
  await startApplying(page, lng);
  await expectNoSeriousA11yViolations(page);
  // A mistake comes back translated and nothing typed is lost.
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203451");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Online ${lng}`);
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "validation:thaiId"));
  await expect(page.getByLabel(text(lng, "staff:intake.applicantName"))).toHaveValue(`Online ${lng}`);
  await fillApplicant(page, lng, `Online ${lng}`, "0812349876");
  await expectNoSeriousA11yViolations(page);
  await uploadAll(page, lng);
  await expectNoSeriousA11yViolations(page);
  // Check your answers: "Change" goes back to the page and returns here.
  await page.getByLabel(text(lng, "apply:declaration.truthful")).check();
  await page.getByLabel(text(lng, "apply:declaration.consent")).check();
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: `${text(lng, "apply:check.change")} ${text(lng, "staff:intake.applicantName")}` }).click();
  await expect(page).toHaveURL(/\/applicant\?return=check$/);
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Online applicant ${lng}`);
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator(".summary-list").first()).toContainText(`Online applicant ${lng}`);
  await page.getByRole("button", { name: text(lng, "apply:check.submit") }).click();
  await expect(page.getByTestId("tracking-number")).toHaveText(/^ONLINE-2569-\d{6}-[0-9A-Z]$/);
  const number = (await page.getByTestId("tracking-number").textContent())!.trim();
  await expect(page.locator(".print-qr svg")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The agency's officer checks it: the first document is defective.
  const officer = await officerPage(browser, lng);
  await officer.goto(`/staff/requests/${number}`);
  await expect(officer.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.submitted"));
  await expectNoSeriousA11yViolations(officer);
  const items = officer.locator(".checklist__item");
  await items.first().getByLabel(text(lng, "staff:checkStatuses.defective"), { exact: true }).check();
  await items.first().getByLabel(text(lng, "staff:intake.note")).fill("blurred scan");
  // A longer cure period than the default, so the counter tests' sweep (24 April) leaves it alone.
  await officer.getByLabel(text(lng, "staff:intake.cureDeadline")).fill("2026-05-29");
  await officer.getByRole("button", { name: text(lng, "staff:check.submit") }).click();
  await expect(officer.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.incomplete"));
  await officer.context().close();

  // The applicant reads the record, acknowledges it and uploads a better scan.
  await track(page, lng, number, "9876");
  await expect(page.getByTestId("track-status")).toHaveText(text(lng, "staff:statuses.incomplete"));
  await expect(page.locator("#deficiency")).toContainText("blurred scan");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: text(lng, "track.acknowledge") }).click();
  await expect(page.getByTestId("acknowledged")).toHaveText(text(lng, "track.acknowledged"));
  await page.locator('#deficiency input[type="file"]').first().setInputFiles({ name: "better-scan.png", mimeType: "image/png", buffer: Buffer.from(minimalPng()) });
  await page.getByRole("button", { name: text(lng, "track.cureSubmit") }).click();
  await expect(page.getByTestId("track-status")).toHaveText(text(lng, "staff:statuses.accepted"));
  // Cured on Thursday 9 April at 10:00; 60 office minutes → due the same day.
  await expect(page.getByTestId("track-due")).toHaveAttribute("data-date", "2026-04-09");
  await expect(page.getByRole("link", { name: "better-scan.png" })).toBeVisible();
  const file = await page.request.get((await page.getByRole("link", { name: "better-scan.png" }).getAttribute("href"))!);
  expect(file.headers()["content-type"]).toBe("image/png");
});

test("a bad upload is refused with a clear message and nothing is kept", async ({ page }) => {
  const lng = lngOf(test.info());
  await startApplying(page, lng);
  await fillApplicant(page, lng, `Bad upload ${lng}`, "0812340001");
  await page.locator('input[type="file"]').first().setInputFiles({ name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("Dear Sir, this is only text.\n") });
  await page.getByRole("button", { name: text(lng, "apply:documents.upload") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "validation:upload.type"));
  await expect(page.locator(".file-list li")).toHaveCount(0);
  await page.locator('input[type="file"]').first().setInputFiles({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: text(lng, "apply:documents.upload") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "validation:upload.empty"));
  await expect(page.locator(".file-list li")).toHaveCount(0);
  // Over the 10 MB limit per file, and a name of 300 characters.
  await page.locator('input[type="file"]').first().setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from(minimalPdf()), Buffer.alloc(10.5 * 1024 * 1024, 0x20)]) });
  await page.getByRole("button", { name: text(lng, "apply:documents.upload") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "validation:upload.tooLarge", { max: 10 }));
  await page.locator('input[type="file"]').first().setInputFiles({ name: `${"ก".repeat(296)}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
  await page.getByRole("button", { name: text(lng, "apply:documents.upload") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "validation:upload.name"));
  await expect(page.locator(".file-list li")).toHaveCount(0);
  // Continuing without the required documents is refused too.
  await page.locator('input[type="file"]').first().setInputFiles([]);
  await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "apply:documents.required"));
});

test("save and come back later from another browser with the link and the code", async ({ page, browser }) => {
  const lng = lngOf(test.info());
  await startApplying(page, lng);
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Saved ${lng}`);
  await page.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("0812340002");
  await page.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("1 Saved Road");
  await page.getByRole("button", { name: text(lng, "apply:saveForLater") }).click();
  await page.getByRole("button", { name: text(lng, "apply:save.button") }).click();
  const link = (await page.getByTestId("resume-link").textContent())!.trim();
  const code = (await page.getByTestId("resume-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

  const other = await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB" });
  const second = await other.newPage();
  await second.goto(new URL(link).pathname.replace("/resume", "/applicant"));
  await expect(second).toHaveURL(/\/resume$/);
  await second.getByLabel(text(lng, "apply:resume.code")).fill("ZZZZ-ZZZZ");
  await second.getByRole("button", { name: text(lng, "apply:resume.button") }).click();
  await expect(second.getByRole("alert")).toContainText(text(lng, "apply:errors.wrongCode"));
  await second.getByLabel(text(lng, "apply:resume.code")).fill(code.toLowerCase());
  await second.getByRole("button", { name: text(lng, "apply:resume.button") }).click();
  await expect(second).toHaveURL(/\/check$/);
  await expect(second.locator(".summary-list").first()).toContainText(`Saved ${lng}`);
  await other.close();
});

test("the applicant withdraws from the tracking page; a wrong verifier learns nothing", async ({ page }) => {
  const lng = lngOf(test.info());
  await startApplying(page, lng);
  await fillApplicant(page, lng, `Withdraw ${lng}`, "0812340003");
  await uploadAll(page, lng);
  const number = await declareAndSend(page, lng);
  await track(page, lng, number, "9999");
  await expect(page.getByRole("alert")).toHaveText(text(lng, "track.notFound"));
  await expect(page.locator(".track-result")).toHaveCount(0);
  await track(page, lng, number, "0003");
  await expect(page.getByTestId("track-status")).toHaveText(text(lng, "staff:statuses.submitted"));
  await page.getByRole("button", { name: text(lng, "track.withdraw") }).click();
  await expect(page.locator("#confirm-error")).toHaveText(text(lng, "track.confirmWithdraw"));
  await page.getByLabel(text(lng, "track.withdrawConfirm")).check();
  await page.getByRole("button", { name: text(lng, "track.withdraw") }).click();
  await expect(page.getByTestId("track-status")).toHaveText(text(lng, "staff:statuses.withdrawn"));
  await expect(page.getByRole("button", { name: text(lng, "track.withdraw") })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the whole journey works: apply, upload, check, send, track", async ({ page }) => {
    const lng = lngOf(test.info());
    await startApplying(page, lng);
    await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
    await expect(page.getByRole("alert")).toContainText(text(lng, "validation:required"));
    await fillApplicant(page, lng, `No script ${lng}`, "0812340004");
    await uploadAll(page, lng);
    await page.getByRole("button", { name: text(lng, "apply:continue") }).click();
    await expect(page.getByRole("alert")).toContainText(text(lng, "apply:errors.truthful"));
    const number = await declareAndSend(page, lng);
    await track(page, lng, number, "0004");
    await expect(page.getByTestId("track-status")).toHaveText(text(lng, "staff:statuses.submitted"));
  });
});
