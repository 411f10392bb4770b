// Counter staff at BKK01, in Thai and in English (R8.1–R8.5). The e2e server stands on
// Thursday 9 April 2026, 10:00 Bangkok time (APP_NOW in tests/playwright.config.ts).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { lngOf, text } from "./support";
import { serversOf } from "./servers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "anuyat-demo-2569";

async function signIn(page: Page, email: string) {
  const lng = lngOf(test.info());
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fstaff/);
  await page.getByLabel(text(lng, "auth.email")).fill(email);
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/counter$/);
}

async function fillApplicant(page: Page, name: string) {
  const lng = lngOf(test.info());
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(name);
  await page.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("081 234 5678");
  await page.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("99 ถนนพระราม 1 ปทุมวัน กรุงเทพฯ");
}

// Marks each checklist item; `missing` lists the item indexes to mark missing.
async function check(page: Page, missing: number[]) {
  const lng = lngOf(test.info());
  const items = page.locator(".checklist__item");
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const label = missing.includes(i) ? "staff:checkStatuses.missing" : "staff:checkStatuses.received";
    await items.nth(i).getByLabel(text(lng, label), { exact: true }).check();
  }
}

async function startIntake(page: Page, slug: string) {
  await page.goto(`/staff/intake/new/${slug}`);
}

test.describe.configure({ mode: "serial" });

test("a complete walk-in request is accepted with the right due date", async ({ page }) => {
  const lng = lngOf(test.info());
  await signIn(page, "counter@bkk01.demo");
  await page.getByRole("navigation", { name: text(lng, "staff:nav.label") }).getByRole("link", { name: text(lng, "staff:nav.intake") }).click();
  await expect(page).toHaveURL(/\/staff\/intake\/new$/);
  await page.getByRole("searchbox").fill(lng === "th" ? "พาณิชย์" : "commercial");
  await page.getByRole("button", { name: text(lng, "staff:search") }).click();
  await expect(page).toHaveURL(/\/staff\/intake\/new\?q=/);
  await page.getByRole("link", { name: lng === "th" ? /พาณิชย์/ : /commercial/i }).first().click();
  await fillApplicant(page, `Complete ${lng}`);
  await check(page, []);
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/requests\/BKK01-2569-\d{6}-[0-9A-Z]$/);
  await expect(page.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.accepted"));
  // 60 office minutes from 10:00 on Thursday 9 April 2026 → the same day.
  await expect(page.getByTestId("due-date")).toHaveAttribute("data-date", "2026-04-09");
  await page.getByRole("link", { name: text(lng, "staff:request.printReceipt") }).click();
  await expect(page.getByTestId("receipt-number")).toHaveText(/BKK01-2569-/);
  await expect(page.locator(".print-qr svg")).toBeVisible();
  const number = (await page.getByTestId("receipt-number").textContent())!.trim();

  // The receipt's QR code leads to public tracking (O2): right digits show the request;
  // wrong digits and an unknown number get the very same answer.
  await page.goto(`/track?number=${number}`);
  await page.getByLabel(text(lng, "track.verifier")).fill("0000");
  await page.getByRole("button", { name: text(lng, "track.submit") }).click();
  await expect(page.getByRole("alert")).toHaveText(text(lng, "track.notFound"));
  await page.getByLabel(text(lng, "track.number")).fill("BKK01-2569-999999-0");
  await page.getByLabel(text(lng, "track.verifier")).fill("5678");
  await page.getByRole("button", { name: text(lng, "track.submit") }).click();
  await expect(page.getByRole("alert")).toHaveText(text(lng, "track.notFound"));
  await page.getByLabel(text(lng, "track.number")).fill(number);
  await page.getByLabel(text(lng, "track.verifier")).fill("5678");
  await page.getByRole("button", { name: text(lng, "track.submit") }).click();
  await expect(page.locator(".track-result")).toContainText(text(lng, "staff:statuses.accepted"));
  await expect(page.locator(".track-result")).not.toContainText("Somchai");
});

test("an incomplete request gets a deficiency record, printed in two copies, then is cured", async ({ page }) => {
  const lng = lngOf(test.info());
  await signIn(page, "counter@bkk01.demo");
  await startIntake(page, "food-premises-licence");
  await fillApplicant(page, `Incomplete ${lng}`);
  await check(page, [0]);
  // A longer cure period than the default, so the sweep in the next test leaves this one alone.
  await page.getByLabel(text(lng, "staff:intake.cureDeadline")).fill("2026-06-30");
  // Submitting without signatures is refused, and nothing typed is lost.
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page.getByText(text(lng, "validation:signatureRequired")).first()).toBeVisible();
  await expect(page.getByLabel(text(lng, "staff:intake.applicantName"))).toHaveValue(`Incomplete ${lng}`);
  // Both sign on screen.
  for (const pad of ["officerSignature-pad", "applicantSignature-pad"]) {
    const box = (await page.getByTestId(pad).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
    await page.mouse.move(box.x + 200, box.y + 40, { steps: 8 });
    await page.mouse.up();
  }
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.incomplete"));
  await expect(page.getByTestId("due-date")).toHaveAttribute("data-date", "");

  // Print view: two copies with both signatures.
  const number = page.url().split("/").pop()!;
  await page.goto(`/staff/requests/${number}/deficiency-record?lng=${lng}`);
  await expect(page.locator(".record-copy")).toHaveCount(2);
  await expect(page.locator(".signature-box img")).toHaveCount(4);

  // Cure: the missing item is supplied; the clock starts on the cure date.
  await page.goto(`/staff/requests/${number}`);
  await page.locator('input[name="item"]').first().check();
  await page.getByRole("button", { name: text(lng, "staff:record.cureSubmit") }).click();
  await expect(page.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.accepted"));
  await expect(page.getByTestId("complete-on")).not.toHaveText(text(lng, "staff:request.notYet"));
  await expect(page.getByTestId("due-date")).not.toHaveAttribute("data-date", "");

  // One chance only (R8.3): a second record is refused.
  await page.getByText(text(lng, "staff:record.another")).click();
  await page.locator('input[name="document"]').first().check();
  await page.getByRole("button", { name: text(lng, "staff:record.anotherSubmit") }).click();
  await expect(page.getByRole("alert")).toHaveText(text(lng, "staff:errors.secondDeficiency"));
});

test("an uncured request is abandoned by the sweep after its cure deadline", async ({ page }) => {
  const lng = lngOf(test.info());
  await signIn(page, "counter@bkk01.demo");
  await startIntake(page, "food-premises-licence");
  await fillApplicant(page, `Uncured ${lng}`);
  await check(page, [0]);
  await page.getByLabel(text(lng, "staff:intake.signedOnPaper")).check();
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.incomplete"));
  // The cure deadline is 23 April 2026 (7 working days, Songkran skipped); the sweep runs on the 24th.
  const out = execFileSync("bash", ["tests/tools/with-env.sh", "tsx", "app/jobs/run-sweep.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: serversOf(test.info()).databaseUrl, APP_NOW: "2026-04-24T08:00:00+07:00", NODE_ENV: "test" },
  }).toString();
  // The same sweep may abandon other specs' requests in this database too; what matters is
  // that this one is abandoned, once.
  expect(out).toMatch(/^sweep 2026-04-24: \d+ abandoned/m);
  await page.reload();
  await expect(page.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.abandoned"));
  await expect(page.getByText(text(lng, "staff:events.abandoned"))).toHaveCount(1);
});

test("anonymous visitors are sent to sign in; a wrong password is refused in their language", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/staff/counter");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fstaff%2Fcounter/);
  await page.getByLabel(text(lng, "auth.email")).fill("counter@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill("wrong-password");
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page.getByRole("alert")).toHaveText(text(lng, "auth.invalid"));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("sign in and take a request; errors come back translated and nothing typed is lost", async ({ page }) => {
    const lng = lngOf(test.info());
    await page.goto("/sign-in?redirectTo=%2Fstaff%2Fcounter");
    await page.getByLabel(text(lng, "auth.email")).fill("counter@bkk01.demo");
    await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
    await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
    await expect(page).toHaveURL(/\/staff\/counter$/);
    await startIntake(page, "commercial-registration");
    await fillApplicant(page, `No JS ${lng}`);
    await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203451"); // wrong check digit
    await check(page, [0]);
    await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
    await expect(page.getByText(text(lng, "validation:thaiId")).first()).toBeVisible();
    await expect(page.getByText(text(lng, "validation:signatureRequired")).first()).toBeVisible();
    await expect(page.getByLabel(text(lng, "staff:intake.applicantName"))).toHaveValue(`No JS ${lng}`);
    await expect(page.locator(".checklist__item").first().getByLabel(text(lng, "staff:checkStatuses.missing"), { exact: true })).toBeChecked();
    await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
    await page.getByLabel(text(lng, "staff:intake.signedOnPaper")).check();
    await page.getByLabel(text(lng, "staff:intake.cureDeadline")).fill("2026-06-30");
    await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
    await expect(page.getByTestId("request-status")).toHaveText(text(lng, "staff:statuses.incomplete"));
  });
});
