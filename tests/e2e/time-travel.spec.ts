// The 7-day duties of s.10 through time, in Thai and then in English (issue #6): a request
// passes its due date → the sweep creates the first delay notice → the supervisor dashboard
// shows it late and the notice missing → the officer gives the reason → it is e-mailed to the
// applicant with the OPDC copy → 7 days later the second → the decision → the result notice
// goes within 7 days → the request is notified. This server's clock is a file (APP_NOW_FILE)
// and its mail goes to a real SMTP sink (tests/playwright.config.ts).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { lngOf, text, type Lng } from "./support";
import { serversOf } from "./servers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "anuyat-demo-2569";
const OPDC = "opdc-copy@anuyat.localhost";

function travelTo(iso: string) {
  writeFileSync(path.join(ROOT, serversOf(test.info()).timeNowFile), iso);
}

// `npm run sweep` as cron would run it, at the same moment as the server.
function sweep(iso: string) {
  return execFileSync("bash", ["tests/tools/with-env.sh", "tsx", "app/jobs/run-sweep.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: serversOf(test.info()).timeDatabaseUrl, APP_NOW: iso, NODE_ENV: "test", SMTP_URL: `smtp://127.0.0.1:${serversOf(test.info()).smtpPort}` },
    encoding: "utf8",
  });
}

// Messages the SMTP sink accepted for these recipients (the sink writes the envelope first).
function mailTo(...addresses: string[]) {
  const dir = path.join(ROOT, serversOf(test.info()).mailDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .filter((m) => addresses.every((a) => m.split("\r\n")[0].includes(a)));
}

async function signIn(browser: Browser, lng: Lng, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(text(lng, "auth.email")).fill(email);
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\//);
  return page;
}

test("late → delay notices with reasons and OPDC copies → decision → result notified", async ({ browser }) => {
  test.setTimeout(120_000);
  const lng = lngOf(test.info());
  const applicantEmail = `time-${lng}@example.test`;
  travelTo("2026-04-09T10:00:00+07:00");

  // Thursday 9 April 2026, 10:00: a complete commercial registration at BKK01. Its limit is 60
  // office minutes, so the decision is due the same day.
  const counter = await signIn(browser, lng, "counter@bkk01.demo");
  await counter.goto("/staff/intake/new/commercial-registration");
  await counter.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await counter.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Time ${lng}`);
  await counter.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("0812345678");
  await counter.getByLabel(text(lng, "staff:intake.applicantEmail")).fill(applicantEmail);
  await counter.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("1 Time Road");
  await counter.getByLabel(text(lng, "staff:intake.noticesByEmail")).check();
  const items = counter.locator(".checklist__item");
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).getByLabel(text(lng, "staff:checkStatuses.received"), { exact: true }).check();
  await counter.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(counter.getByTestId("due-date")).toHaveAttribute("data-date", "2026-04-09");
  const number = counter.url().split("/").pop()!;
  await counter.context().close();

  // Thursday 16 April: 7 days late → the sweep creates delay notice 1, due today.
  travelTo("2026-04-16T10:00:00+07:00");
  expect(sweep("2026-04-16T10:00:00+07:00")).toMatch(/sweep 2026-04-16: .*1 delay notice\(s\) created/);

  // Friday 17 April: the supervisor sees the request overdue and its delay notice missing.
  travelTo("2026-04-17T10:00:00+07:00");
  let supervisor = await signIn(browser, lng, "supervisor@bkk01.demo");
  await supervisor.goto("/staff/dashboard?list=overdue");
  await expect(supervisor.getByRole("link", { name: number })).toBeVisible();
  const csv = await supervisor.request.get(`/staff/dashboard.csv?list=overdue`);
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain(number);
  await supervisor.goto("/staff/dashboard?list=delay_missing");
  await expect(supervisor.getByRole("link", { name: number })).toBeVisible();

  // The officer of the agency writes the reason; the notice goes with the OPDC copy.
  let officer = await signIn(browser, lng, "officer@dbd.demo");
  await officer.goto(`/staff/requests/${number}`);
  const first = officer.getByTestId("delay-1");
  await expect(first).toContainText(text(lng, "staff:work.delayOverdue"));
  await expect(first.getByRole("textbox")).toHaveAttribute("required", "");
  await first.getByRole("textbox").fill("The registrar's database was unavailable for three days.");
  await first.getByRole("button", { name: text(lng, "staff:work.delaySend") }).click();
  await expect.poll(() => mailTo(applicantEmail, OPDC).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await officer.reload();
  await expect(officer.getByTestId("delay-1")).toContainText(text(lng, "staff:noticeStates.sent"));
  await expect(officer.getByTestId("delay-1")).toContainText(OPDC);

  // Thursday 23 April: still undecided → delay notice 2. (Sessions last 10 hours: a week
  // later everybody signs in again.)
  travelTo("2026-04-23T10:00:00+07:00");
  expect(sweep("2026-04-23T10:00:00+07:00")).toMatch(/1 delay notice\(s\) created/);
  await officer.context().close();
  officer = await signIn(browser, lng, "officer@dbd.demo");
  await officer.goto(`/staff/requests/${number}`);
  await expect(officer.getByTestId("delay-2")).toContainText(text(lng, "staff:noticeStates.awaiting_reason"));

  // Friday 24 April: the decision. The result notice is due within 7 days and goes by e-mail.
  travelTo("2026-04-24T10:00:00+07:00");
  await officer.context().close();
  officer = await signIn(browser, lng, "officer@dbd.demo");
  await officer.goto(`/staff/requests/${number}`);
  await officer.getByRole("radio", { name: text(lng, "staff:statuses.approved"), exact: true }).check();
  await officer.getByRole("button", { name: text(lng, "staff:work.decideSubmit") }).click();
  await expect(officer.getByTestId("decision")).toContainText(text(lng, "staff:statuses.approved"));
  await expect
    .poll(
      async () => {
        await officer.reload();
        return officer.getByTestId("request-status").textContent();
      },
      { timeout: 20_000 },
    )
    .toBe(text(lng, "staff:statuses.notified"));
  await expect(officer.getByTestId("result-notice")).toHaveText(text(lng, "staff:work.resultNotified", { date: lng === "th" ? "24 เมษายน 2569" : "24 April 2026" }));

  // The dashboard no longer lists it as late.
  await supervisor.context().close();
  supervisor = await signIn(browser, lng, "supervisor@bkk01.demo");
  await supervisor.goto("/staff/dashboard?list=overdue");
  await expect(supervisor.getByRole("link", { name: number })).toHaveCount(0);
  await supervisor.context().close();
  await officer.context().close();
});
