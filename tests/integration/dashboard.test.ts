// The supervisor dashboard (issue #6) against the real SQLite database: each list's members,
// the user's scope, filters, sorting, pagination, the counts on the cards and the CSV.
// The database is shared with other files, so the clock stands on 10 March 2026, before any
// other file's requests fall due, and membership is checked on this file's own rows (tracking
// series DASH, idempotency keys "dashboard-test-…"); counts are checked against the lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkCalendar } from "~/domain/calendar";
import { formatTrackingNumber } from "~/domain/requests/tracking-number";
import { DASHBOARD_LISTS, DASHBOARD_SORTS, DEFAULT_DASHBOARD_QUERY, type DashboardList, type DashboardQuery } from "~/domain/dashboard/lists";
import * as dashboardPage from "~/routes/staff.dashboard";
import * as dashboardCsv from "~/routes/staff.dashboard[.]csv";
import { DASHBOARD_PAGE_SIZE, exportDashboardRows, loadDashboard, type DashboardRow, type DashboardUser } from "~/services/dashboard.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { prisma } from "~/utils/db.server";
import { cookieFor, outcome, staffRequest } from "./staff-session";

// Tue 10 March 2026. Makha Bucha (Tue 3 March) is a holiday; the at-risk window (3 working
// days) runs to Fri 13 March.
const TODAY = "2026-03-10";
const APP_NOW = "2026-03-10T10:00:00+07:00";
const SECRET_ID = "1101700203450";
const SECRET_PHONE = "0812345678";
const SECRET_ADDRESS = "99 Hidden Lane";

type Loaded = Awaited<ReturnType<typeof dashboardPage.loader>>;
type Fixture = {
  name: string;
  slug: string;
  center: "BKK01" | "NBI01" | null;
  status: string;
  dueDate?: string | null;
  decidedOn?: string;
  resultNoticeDueOn?: string;
  resultNotifiedOn?: string;
  delay?: { period: number; dueOn: string; state: string }[];
};

// name → what it is for. Lateness is counted from 10 March.
const FIXTURES: Fixture[] = [
  { name: "A", slug: "food-premises-licence", center: "BKK01", status: "accepted", dueDate: "2026-03-09" }, // overdue by 1
  // Due Fri 20 Feb: delay notice 1 fell due 27 Feb (sent), 2 on 6 Mar (still waiting for a reason).
  {
    name: "B",
    slug: "food-premises-licence",
    center: "BKK01",
    status: "in_review",
    dueDate: "2026-02-20",
    delay: [
      { period: 1, dueOn: "2026-02-27", state: "sent" },
      { period: 2, dueOn: "2026-03-06", state: "awaiting_reason" },
    ],
  },
  // Due Mon 23 Feb: notices fell due 2 and 9 Mar, and no row exists: period 2 is missing.
  { name: "C", slug: "commercial-registration", center: "BKK01", status: "accepted", dueDate: "2026-02-23" },
  // The same at another service center: only the administrator sees it.
  { name: "D", slug: "food-premises-notification", center: "NBI01", status: "accepted", dueDate: "2026-02-23" },
  { name: "E", slug: "food-premises-licence", center: "BKK01", status: "accepted", dueDate: TODAY }, // at risk, due today
  { name: "F", slug: "food-premises-licence", center: "BKK01", status: "in_review", dueDate: "2026-03-13" }, // at risk, in 3
  { name: "G", slug: "food-premises-licence", center: "BKK01", status: "accepted", dueDate: "2026-03-16" }, // fine
  // Decided 25 Feb, the result was due 4 Mar and is not notified: R10.2 overdue by 4.
  { name: "H", slug: "food-premises-licence", center: "BKK01", status: "approved", dueDate: "2026-03-20", decidedOn: "2026-02-25", resultNoticeDueOn: "2026-03-04" },
  { name: "I", slug: "food-premises-licence", center: "BKK01", status: "refused", dueDate: "2026-03-20", decidedOn: "2026-03-03", resultNoticeDueOn: TODAY },
  { name: "J", slug: "food-premises-licence", center: "BKK01", status: "notified", dueDate: "2026-03-20", decidedOn: "2026-02-20", resultNoticeDueOn: "2026-02-27", resultNotifiedOn: "2026-02-26" },
  { name: "K", slug: "food-premises-licence", center: "BKK01", status: "incomplete", dueDate: null },
  { name: "L", slug: "food-premises-licence", center: null, status: "accepted", dueDate: "2026-03-02" }, // online, overdue
  { name: "M", slug: "food-premises-licence", center: "BKK01", status: "withdrawn", dueDate: "2026-02-02" },
  // Decided late: its delay notice for period 1 (due 4 Mar, 3 Mar being a holiday) still waits for a reason.
  {
    name: "N",
    slug: "food-premises-licence",
    center: "BKK01",
    status: "approved",
    dueDate: "2026-02-24",
    decidedOn: "2026-03-05",
    resultNoticeDueOn: "2026-03-12",
    delay: [{ period: 1, dueOn: "2026-03-04", state: "awaiting_reason" }],
  },
  // Overdue, its current delay notice has its reason and waits in the outbox: nothing missing.
  {
    name: "O",
    slug: "food-premises-licence",
    center: "BKK01",
    status: "accepted",
    dueDate: "2026-02-23",
    delay: [
      { period: 1, dueOn: "2026-03-02", state: "sent" },
      { period: 2, dueOn: "2026-03-09", state: "pending" },
    ],
  },
  // 52 overdue requests of one permit, for the pages (due 4–9 Mar: no delay notice due yet).
  ...Array.from({ length: 52 }, (_, i): Fixture => ({
    name: `P${i + 1}`,
    slug: "video-shop-licence",
    center: "BKK01",
    status: i % 2 ? "accepted" : "in_review",
    dueDate: ["2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09"][i % 4],
  })),
];

const tn = new Map<string, string>(); // fixture name → tracking number
const nameOf = new Map<string, string>(); // tracking number → fixture name
let supervisor: DashboardUser;
let admin: DashboardUser;
let calendar: ReturnType<typeof buildWorkCalendar>;

beforeAll(async () => {
  process.env.APP_NOW = APP_NOW;
  calendar = await getWorkCalendar();
  const centers = Object.fromEntries((await prisma.serviceCenter.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));
  const permits = Object.fromEntries(
    (await prisma.permit.findMany({ select: { id: true, slug: true, agencyId: true, currentVersionId: true } })).map((p) => [p.slug, p]),
  );
  let sequence = 0;
  for (const f of FIXTURES) {
    let number: string | null = null;
    while (!number) number = formatTrackingNumber({ center: "DASH", buddhistYear: 2569, sequence: ++sequence });
    const permit = permits[f.slug];
    const request = await prisma.request.create({
      data: {
        trackingNumber: number,
        permitId: permit.id,
        manualVersionId: permit.currentVersionId!,
        agencyId: permit.agencyId,
        channel: f.center ? "counter" : "online",
        serviceCenterId: f.center ? centers[f.center] : null,
        applicantType: "person",
        applicantId: SECRET_ID,
        applicantName: `Dashboard ${f.name}`,
        applicantPhone: SECRET_PHONE,
        applicantAddress: SECRET_ADDRESS,
        status: f.status,
        receivedAt: new Date("2026-01-15T03:00:00Z"),
        receivedOn: "2026-01-15",
        completeOn: f.dueDate ? "2026-01-15" : null,
        dueDate: f.dueDate ?? null,
        decidedOn: f.decidedOn ?? null,
        decision: f.decidedOn ? (f.status === "refused" ? "refused" : "approved") : null,
        resultNoticeDueOn: f.resultNoticeDueOn ?? null,
        resultNotifiedOn: f.resultNotifiedOn ?? null,
        idempotencyKey: `dashboard-test-${f.name}`,
      },
      select: { id: true },
    });
    for (const n of f.delay ?? []) {
      await prisma.notice.create({
        data: { requestId: request.id, kind: "delay", period: n.period, dueOn: n.dueOn, language: "th", subject: "ล่าช้า", body: "ล่าช้า", recipients: "", state: n.state },
      });
    }
    tn.set(f.name, number);
    nameOf.set(number, f.name);
  }
  const users = await prisma.user.findMany({ where: { email: { in: ["supervisor@bkk01.demo", "admin@anuyat.demo"] } }, select: { email: true, role: true, serviceCenterId: true, agencyId: true } });
  supervisor = users.find((u) => u.email === "supervisor@bkk01.demo")!;
  admin = users.find((u) => u.email === "admin@anuyat.demo")!;
});

afterAll(() => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
});

const query = (change: Partial<DashboardQuery> = {}): DashboardQuery => ({ ...DEFAULT_DASHBOARD_QUERY, ...change });
const mine = (rows: DashboardRow[]) => rows.filter((r) => nameOf.has(r.trackingNumber));
const names = (rows: DashboardRow[]) => mine(rows).map((r) => nameOf.get(r.trackingNumber)!).sort();

// Every row of a list, page after page, as the page shows them.
async function allPages(user: DashboardUser, q: DashboardQuery, lng: "th" | "en" = "en") {
  const first = await loadDashboard(user, { ...q, page: 1 }, TODAY, lng);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pages; page++) rows.push(...(await loadDashboard(user, { ...q, page }, TODAY, lng)).rows);
  return { first, rows };
}

describe("the four lists (R10.1–R10.3)", () => {
  it("overdue: undecided requests past their due date", async () => {
    const { rows } = await allPages(admin, query({ list: "overdue" }));
    expect(names(rows).filter((n) => !n.startsWith("P"))).toEqual(["A", "B", "C", "D", "L", "O"]);
    expect(names(rows).filter((n) => n.startsWith("P"))).toHaveLength(52);
    const a = rows.find((r) => r.trackingNumber === tn.get("A"))!;
    expect(a).toMatchObject({ dueDate: "2026-03-09", lateness: { overdue: true, workingDays: 1 }, status: "accepted", notice: null });
    // 24–27 Feb, 2 Mar, 4–6 Mar, 9–10 Mar: Makha Bucha (3 Mar) does not count.
    expect(rows.find((r) => r.trackingNumber === tn.get("C"))!.lateness).toEqual({ overdue: true, workingDays: 10 });
  });

  it("at risk: due today or within 3 working days", async () => {
    const { rows } = await allPages(admin, query({ list: "at_risk" }));
    expect(names(rows)).toEqual(["E", "F"]);
    expect(rows.find((r) => r.trackingNumber === tn.get("E"))!.lateness).toEqual({ overdue: false, workingDays: 0 });
    expect(rows.find((r) => r.trackingNumber === tn.get("F"))!.lateness).toEqual({ overdue: false, workingDays: 3 });
  });

  it("result notices overdue: decided, not notified, past the 7 days", async () => {
    const { rows } = await allPages(admin, query({ list: "result_overdue" }));
    expect(names(rows)).toEqual(["H"]);
    expect(mine(rows)[0]).toMatchObject({ dueDate: "2026-03-04", lateness: { overdue: true, workingDays: 4 }, notice: { kind: "result", period: 0, state: null } });
  });

  it("delay notices missing: waiting for a reason past their due date, or never generated", async () => {
    const { rows } = await allPages(admin, query({ list: "delay_missing" }));
    const got = mine(rows).map((r) => [nameOf.get(r.trackingNumber), r.notice?.period, r.notice?.state, r.dueDate]);
    expect(got.sort()).toEqual([
      ["B", 2, "awaiting_reason", "2026-03-06"],
      ["C", 2, "not_generated", "2026-03-09"],
      ["D", 2, "not_generated", "2026-03-09"],
      ["L", 1, "not_generated", "2026-03-09"], // due Mon 2 Mar: notice 1 fell due on the 9th
      ["N", 1, "awaiting_reason", "2026-03-04"],
    ]);
  });

  it("counts are the lists' lengths, with the same scope and filters", async () => {
    for (const user of [admin, supervisor]) {
      for (const filter of [{}, { permit: "video-shop-licence" }, { agency: "DBD" }]) {
        const view = await loadDashboard(user, query(filter), TODAY, "en");
        for (const list of DASHBOARD_LISTS) {
          const { rows } = await allPages(user, query({ ...filter, list }));
          expect(view.counts[list], `${list} ${JSON.stringify(filter)}`).toBe(rows.length);
        }
      }
    }
  });
});

describe("scope: a supervisor sees their service center's requests only, an administrator all", () => {
  it.each(DASHBOARD_LISTS)("%s", async (list) => {
    const centers = await prisma.serviceCenter.findMany({ select: { code: true, nameEn: true } });
    const bkk01 = centers.find((c) => c.code === "BKK01")!.nameEn;
    const seen = (await allPages(supervisor, query({ list }))).rows;
    expect(seen.every((r) => r.center === bkk01), list).toBe(true);
    const all = (await allPages(admin, query({ list }))).rows;
    expect(all.length).toBeGreaterThanOrEqual(seen.length);
    if (list === "overdue") {
      expect(names(seen)).not.toContain("D");
      expect(names(seen)).not.toContain("L"); // online, not filed at BKK01
      expect(names(all)).toEqual(expect.arrayContaining(["D", "L"]));
    }
    if (list === "delay_missing") expect(names(seen)).toEqual(["B", "C", "N"]);
  });

  it("through the route: officers are refused, anonymous visitors sent to sign in", async () => {
    const call = (cookie: string | null, path = "/staff/dashboard") =>
      outcome(() => dashboardPage.loader({ request: staffRequest(path, cookie), params: {}, context: {} }));
    expect((await call(await cookieFor("officer@ptw.demo"))).status).toBe(403);
    expect((await call(await cookieFor("counter@bkk01.demo"))).status).toBe(403);
    const anonymous = await call(null, "/staff/dashboard?list=at_risk");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/sign-in?redirectTo=${encodeURIComponent("/staff/dashboard?list=at_risk")}`);
    const csv = await outcome(() => dashboardCsv.loader({ request: staffRequest("/staff/dashboard.csv", null), params: {}, context: {} }));
    expect(csv.status).toBe(302);
  });

  it("the supervisor's page data carries no personal data (O4)", async () => {
    const data = (await dashboardPage.loader({ request: staffRequest("/staff/dashboard?list=delay_missing", await cookieFor("supervisor@bkk01.demo")), params: {}, context: {} })) as Loaded;
    expect(data.query.list).toBe("delay_missing");
    const text = JSON.stringify(data);
    for (const secret of [SECRET_ID, SECRET_PHONE, SECRET_ADDRESS, "Dashboard B"]) expect(text).not.toContain(secret);
    expect(text).toContain(tn.get("B"));
  });
});

describe("filters, sorting and pages", () => {
  it("filters by agency, service center and permit; unknown codes are dropped", async () => {
    expect(names((await allPages(admin, query({ agency: "DBD" }))).rows)).toEqual(["C"]);
    expect(names((await allPages(admin, query({ center: "NBI01" }))).rows)).toEqual(["D"]);
    expect(names((await allPages(admin, query({ center: "NBI01", list: "delay_missing" }))).rows)).toEqual(["D"]);
    const byPermit = await allPages(supervisor, query({ permit: "video-shop-licence" }));
    expect(byPermit.rows.filter((r) => !nameOf.has(r.trackingNumber))).toEqual([]);
    expect(byPermit.rows).toHaveLength(52);
    const unknown = await loadDashboard(admin, query({ agency: "NO-SUCH" }), TODAY, "en");
    expect(unknown.query.agency).toBeNull();
    expect(unknown.total).toBe((await loadDashboard(admin, query(), TODAY, "en")).total);
  });

  it("50 to a page; the pages together are the list, in order, and a page past the end shows the last", async () => {
    const q = query({ permit: "video-shop-licence" });
    const one = await loadDashboard(supervisor, q, TODAY, "en");
    expect([one.total, one.pages, one.rows.length]).toEqual([52, 2, DASHBOARD_PAGE_SIZE]);
    const two = await loadDashboard(supervisor, { ...q, page: 2 }, TODAY, "en");
    expect(two.rows).toHaveLength(2);
    expect(new Set([...one.rows, ...two.rows].map((r) => r.key)).size).toBe(52);
    const past = await loadDashboard(supervisor, { ...q, page: 9 }, TODAY, "en");
    expect(past.query.page).toBe(2);
    expect(past.rows).toEqual(two.rows);
  });

  it.each(DASHBOARD_SORTS)("sort %s", async (sort) => {
    const { rows } = await allPages(admin, query({ sort }));
    const key = (r: DashboardRow) => (sort === "permit" ? r.permit : sort === "agency" ? r.agency : r.dueDate);
    const keys = rows.map(key);
    const expected = [...keys].sort();
    expect(keys).toEqual(sort === "due_desc" ? expected.reverse() : expected);
    // Ties fall back to the tracking number, so pages never overlap.
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it.each(DASHBOARD_SORTS)("the CSV batches (keyset) equal the pages, sort %s", async (sort) => {
    for (const list of DASHBOARD_LISTS) {
      const q = query({ sort, list });
      const { rows } = await allPages(admin, q, "th");
      const exported: DashboardRow[] = [];
      for await (const batch of exportDashboardRows(admin, q, TODAY, "th", 7)) exported.push(...batch);
      expect(exported.map((r) => r.key), `${list}`).toEqual(rows.map((r) => r.key));
    }
  });
});

describe("CSV download", () => {
  async function download(path: string, email = "supervisor@bkk01.demo") {
    const response = (await dashboardCsv.loader({ request: staffRequest(path, await cookieFor(email)), params: {}, context: {} })) as Response;
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  it("opens in Excel: BOM, CRLF, translated header, every row of the list in scope, no personal data", async () => {
    const { response, bytes } = await download("/staff/dashboard.csv?list=delay_missing&lng=th");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="anuyat-dashboard-delay_missing-${TODAY}.csv"`);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    expect(lines[0]).toBe("เลขที่คำขอ,ใบอนุญาต,หน่วยงาน,ศูนย์บริการ,หนังสือแจ้ง,ครั้งที่,สถานะหนังสือแจ้ง,วันครบกำหนด,ความล่าช้า,จำนวนวันทำการ,สถานะคำขอ");
    const view = await loadDashboard(supervisor, query({ list: "delay_missing" }), TODAY, "th");
    expect(lines).toHaveLength(1 + view.total);
    const c = lines.find((l) => l.startsWith(tn.get("C")!))!;
    expect(c).toBe(`${tn.get("C")},การจดทะเบียนพาณิชย์ (ตั้งใหม่) ตามพระราชบัญญัติทะเบียนพาณิชย์,กรมพัฒนาธุรกิจการค้า,ศูนย์บริการร่วมปทุมวัน (สาธิต),หนังสือแจ้งเหตุความล่าช้า,2,ระบบยังไม่ได้จัดทำ,2026-03-09,เกินกำหนด 1 วันทำการ,1,รับคำขอแล้ว — เริ่มนับเวลา`);
    expect(lines.some((l) => l.startsWith(tn.get("D")!))).toBe(false); // NBI01: out of scope
    for (const secret of [SECRET_ID, SECRET_PHONE, SECRET_ADDRESS, "Dashboard C"]) expect(text).not.toContain(secret);
  });

  it("all pages, in English, with the page's filters and sort", async () => {
    const { bytes } = await download("/staff/dashboard.csv?list=overdue&permit=video-shop-licence&sort=due_desc&page=2");
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Tracking number,Permit,Agency,Service center,Notice,Period,Notice state,Due date,Lateness,Working days,Request status");
    expect(lines).toHaveLength(53);
    const dues = lines.slice(1).map((l) => l.split(",")[7]);
    expect(dues).toEqual([...dues].sort().reverse());
    expect(lines[1]).toMatch(/,2026-03-09,Overdue by 1 working day,1,(Accepted — clock running|In review)$/);
  });

  it("an empty list is the header alone", async () => {
    const { bytes } = await download("/staff/dashboard.csv?list=result_overdue&agency=DBD");
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe("\uFEFFTracking number,Permit,Agency,Service center,Notice,Period,Notice state,Due date,Lateness,Working days,Request status\r\n");
  });
});

describe("the domain rules and the SQL agree", () => {
  it("on every fixture, for every list", async () => {
    const { isAtRisk, isOverdue, isResultNoticeOverdue, isDelayNoticeUnsent, missingDelayNotice } = await import("~/domain/dashboard/lists");
    const { env } = await import("~/utils/env.server");
    const expected: Record<DashboardList, string[]> = { overdue: [], at_risk: [], result_overdue: [], delay_missing: [] };
    for (const f of FIXTURES) {
      const r = { status: f.status, dueDate: f.dueDate ?? null, decidedOn: f.decidedOn ?? null, resultNotifiedOn: f.resultNotifiedOn ?? null, resultNoticeDueOn: f.resultNoticeDueOn ?? null };
      if (isOverdue(r, TODAY)) expected.overdue.push(f.name);
      if (isAtRisk(r, TODAY, calendar, env().AT_RISK_WORKING_DAYS)) expected.at_risk.push(f.name);
      if (isResultNoticeOverdue(r, TODAY)) expected.result_overdue.push(f.name);
      if ((f.delay ?? []).some((n) => isDelayNoticeUnsent({ kind: "delay", ...n }, TODAY))) expected.delay_missing.push(f.name);
      if (missingDelayNotice(r, (f.delay ?? []).map((n) => n.period), TODAY, calendar, env().SEVEN_DAY_UNIT)) expected.delay_missing.push(f.name);
    }
    for (const list of DASHBOARD_LISTS) {
      expect(names((await allPages(admin, query({ list }))).rows), list).toEqual(expected[list].sort());
    }
  });
});
