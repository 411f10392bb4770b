// The supervisor dashboard (issue #6) in the browser, in Thai and in English: the cards and the
// overdue list of the supervisor's service center, WCAG 2.2 AA, the GET filter form with and
// without JavaScript, and the CSV download (UTF-8 with a BOM, so Excel reads the Thai text).
// The server's clock stands on Thu 9 April 2026 (APP_NOW in tests/playwright.config.ts); a few
// overdue requests are written straight into the e2e database first (the same rows for both
// languages, so the two runs can share it). Other files add requests too: only ours are checked.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { formatTrackingNumber } from "../../app/domain/requests/tracking-number";
import { openDatabase } from "./database";
import { serversOf } from "./servers";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const PASSWORD = "anuyat-demo-2569";

// Due Fri 3 Apr: overdue by 7, 8, 9 Apr (Mon 6 Apr, Chakri Day, is a holiday) = 3 working days.
const FIXTURES = [
  { key: "a", slug: "food-premises-licence", center: "BKK01", status: "in_review", dueDate: "2026-04-03" },
  { key: "b", slug: "commercial-registration", center: "BKK01", status: "accepted", dueDate: "2026-04-03" },
  { key: "c", slug: "food-premises-licence", center: "NBI01", status: "accepted", dueDate: "2026-04-03" }, // another center
] as const;
const numbers: Record<string, string> = {};
let sequence = 0;
for (const f of FIXTURES) {
  let number: string | null = null;
  while (!number) number = formatTrackingNumber({ center: "E2EDB", buddhistYear: 2569, sequence: ++sequence });
  numbers[f.key] = number;
}

test.beforeAll(async () => {
  const db = await openDatabase(serversOf(test.info()).databaseUrl);
  try {
    const centers = Object.fromEntries((await db.rows<{ id: string; code: string }>(`SELECT "id", "code" FROM "ServiceCenter"`)).map((c) => [c.code, c.id]));
    for (const f of FIXTURES) {
      const [p] = await db.rows<{ id: string; agencyId: string; currentVersionId: string }>(`SELECT "id", "agencyId", "currentVersionId" FROM "Permit" WHERE "slug" = ?`, f.slug);
      await db.run(
        `INSERT INTO "Request" ("id", "trackingNumber", "permitId", "manualVersionId", "agencyId", "channel", "serviceCenterId",
          "applicantType", "applicantId", "applicantName", "applicantPhone", "applicantAddress", "status", "receivedAt", "receivedOn", "completeOn", "dueDate",
          "idempotencyKey", "createdAt")
        VALUES (?, ?, ?, ?, ?, 'counter', ?, 'person', '1101700203450', 'E2E Dashboard', '0812345678', '1 Hidden Lane', ?, '2026-03-02T03:00:00.000+00:00', '2026-03-02', '2026-03-02', ?, ?, '2026-03-02T03:00:00.000+00:00')
        ON CONFLICT DO NOTHING`,
        `e2e-dashboard-${f.key}`, numbers[f.key], p.id, p.currentVersionId, p.agencyId, centers[f.center], f.status, f.dueDate, `e2e-dashboard-${f.key}`,
      );
    }
  } finally {
    await db.close();
  }
});

async function signIn(page: Page, lng: Lng) {
  await page.goto("/sign-in?redirectTo=%2Fstaff%2Fdashboard");
  await page.getByLabel(text(lng, "auth.email")).fill("supervisor@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/dashboard$/);
}

const row = (page: Page, key: string) => page.locator("tbody tr").filter({ has: page.getByRole("link", { name: numbers[key], exact: true }) });

async function checkFilters(page: Page, lng: Lng) {
  // Only the Department of Business Development's requests, latest due first.
  await page.getByRole("combobox", { name: text(lng, "staff:dashboard.agency"), exact: true }).selectOption("DBD");
  await page.getByRole("combobox", { name: text(lng, "staff:dashboard.sort"), exact: true }).selectOption("due_desc");
  await page.getByRole("button", { name: text(lng, "staff:dashboard.show") }).click();
  await expect(page).toHaveURL(/[?&]agency=DBD(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=due_desc(&|$)/);
  await expect(row(page, "b")).toHaveCount(1);
  await expect(row(page, "a")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: text(lng, "staff:dashboard.agency"), exact: true })).toHaveValue("DBD");
  // A card keeps the filters and switches the list.
  await page.getByRole("link", { name: text(lng, "staff:dashboard.lists.at_risk") }).click();
  await expect(page).toHaveURL(/list=at_risk/);
  await expect(page).toHaveURL(/agency=DBD/);
  await expect(page.getByRole("heading", { level: 2, name: text(lng, "staff:dashboard.lists.at_risk") })).toBeVisible();
  await expect(row(page, "b")).toHaveCount(0);
  // Clearing the filters keeps the list.
  await page.getByRole("link", { name: text(lng, "staff:dashboard.clear") }).click();
  await expect(page).toHaveURL(/\/staff\/dashboard\?list=at_risk$/);
}

test("the supervisor's dashboard: cards, the overdue list of their center, and no serious axe violations", async ({ page }) => {
  const lng = lngOf(test.info());
  await signIn(page, lng);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "staff:dashboard.title"));
  await expect(page.getByRole("navigation", { name: text(lng, "staff:nav.label") }).getByRole("link", { name: text(lng, "staff:dashboard.nav") })).toBeVisible();
  for (const list of ["overdue", "at_risk", "result_overdue", "delay_missing"]) {
    await expect(page.getByTestId(`count-${list}`)).toContainText(text(lng, `staff:dashboard.lists.${list}`));
  }
  await expect(page.getByTestId("count-overdue")).toHaveAttribute("aria-current", "true");
  await expect(row(page, "a")).toHaveCount(1);
  await expect(row(page, "a")).toContainText(text(lng, "staff:dashboard.overdueBy_other", { count: 3 }));
  await expect(row(page, "b")).toHaveCount(1);
  await expect(row(page, "c")).toHaveCount(0); // NBI01 is not the supervisor's center
  // O4: no national ID or phone on the page.
  const html = await page.content();
  expect(html).not.toContain("1101700203450");
  expect(html).not.toContain("0812345678");
  await expectNoSeriousA11yViolations(page);
  // The tracking number links to the request.
  await expect(row(page, "a").getByRole("link", { name: numbers.a })).toHaveAttribute("href", `/staff/requests/${numbers.a}`);
});

test("the charts, rendered once on the server and kept, hydrate without a mismatch or an error", async ({ page }) => {
  const lng = lngOf(test.info());
  // React reports a hydration mismatch with console.error (and then renders the page again).
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await signIn(page, lng);
  for (let i = 0; i < 2; i++) {
    // The second visit gets the kept chart markup (the first rendered it). Signed in already,
    // so it goes straight to the dashboard (the sign-in page would redirect).
    if (i > 0) await page.goto("/staff/dashboard");
    await page.waitForLoadState("networkidle");
    // The e2e database has too few decided requests for figures (O4), so here the charts may be
    // the "no figures" line; with figures, the same check passed on the bench's million rows.
    await expect(page.locator("[data-testid='dashboard-requests'] svg, [data-testid='dashboard-requests'] p.muted").first()).toBeVisible();
  }
  // After hydration React owns the charts: a client-side change of list renders them again.
  await page.getByTestId("count-at_risk").click();
  await expect(page).toHaveURL(/list=at_risk/);
  await expect(page.locator("[data-testid='dashboard-median'] svg, [data-testid='dashboard-median'] p.muted").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("filters with JavaScript, and axe on a filtered page", async ({ page }) => {
  const lng = lngOf(test.info());
  await signIn(page, lng);
  await checkFilters(page, lng);
  await expectNoSeriousA11yViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the filter form is a plain GET form", async ({ page }) => {
    const lng = lngOf(test.info());
    await signIn(page, lng);
    await expect(row(page, "a")).toHaveCount(1);
    await checkFilters(page, lng);
  });
});

test("Download CSV: the list with its filters, UTF-8 with a BOM and the header in the page's language", async ({ page }) => {
  const lng = lngOf(test.info());
  await signIn(page, lng);
  await page.getByRole("combobox", { name: text(lng, "staff:dashboard.permit"), exact: true }).selectOption("food-premises-licence");
  await page.getByRole("button", { name: text(lng, "staff:dashboard.show") }).click();
  await expect(page).toHaveURL(/permit=food-premises-licence/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: text(lng, "staff:dashboard.download") }).click()]);
  expect(download.suggestedFilename()).toBe("anuyat-dashboard-overdue-2026-04-09.csv");
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString("utf8");
  const lines = csv.split("\r\n");
  expect(lines[0].split(",")[0]).toBe(text(lng, "staff:dashboard.columns.tracking"));
  const ours = lines.find((l) => l.startsWith(numbers.a))!;
  expect(ours).toContain(text(lng, "staff:dashboard.overdueBy_other", { count: 3 }));
  expect(lines.some((l) => l.startsWith(numbers.b))).toBe(false); // another permit
  expect(csv).not.toContain("1101700203450");
  expect(csv).not.toContain("0812345678");
});
