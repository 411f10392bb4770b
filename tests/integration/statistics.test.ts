// Statistics as open data (O3) against a real SQLite database: requests with known dates are
// inserted in early 2025, a span no other test uses, and removed afterwards. 2025 has no
// holidays in the demo calendar, so working days are Monday to Friday.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as statisticsLoader } from "~/routes/api.v1.statistics";
import { loader as statisticsCsvLoader } from "~/routes/api.v1.statistics[.]csv";
import { loader as manualLoader } from "~/routes/permits.$slug";
import { StatisticsTableSchema } from "~/schemas/open-data";
import { forgetStatistics, monthlyChartData, permitStatistics, statisticsTable } from "~/services/statistics.server";
import { prisma } from "~/utils/db.server";
import { args, get } from "./request";

const MAIN = "fertiliser-sale-licence";
const OTHER = "liquor-retail-licence";
const PREFIX = "STATTEST-";
const ALL_WITHHELD = ["received", "decided", "decidedOnTime", "onTimeShare", "medianWorkingDays"];

type Row = { receivedOn: string; completeOn?: string; dueDate?: string; decidedOn?: string; status: string };
const decided = (receivedOn: string, completeOn: string, dueDate: string, decidedOn: string): Row => ({
  receivedOn,
  completeOn,
  dueDate,
  decidedOn,
  status: "notified",
});

// MAIN, January 2025: 8 received, 6 decided, 5 on time; working days 2, 5, 3, 10, 0 and 14.
const JANUARY: Row[] = [
  decided("2025-01-06", "2025-01-06", "2025-01-20", "2025-01-08"),
  decided("2025-01-06", "2025-01-06", "2025-01-20", "2025-01-13"),
  decided("2025-01-07", "2025-01-07", "2025-01-21", "2025-01-10"),
  decided("2025-01-08", "2025-01-08", "2025-01-22", "2025-01-22"), // on the due date: on time
  decided("2025-01-09", "2025-01-09", "2025-01-23", "2025-01-09"),
  decided("2025-01-10", "2025-01-13", "2025-01-27", "2025-01-31"), // late
  { receivedOn: "2025-01-20", completeOn: "2025-01-20", dueDate: "2025-02-03", status: "in_review" },
  { receivedOn: "2025-01-21", status: "withdrawn" },
];
// MAIN, February: 3 requests, too few to publish (working days 1, 2, 3).
const FEBRUARY: Row[] = [
  decided("2025-02-03", "2025-02-03", "2025-02-17", "2025-02-04"),
  decided("2025-02-03", "2025-02-03", "2025-02-17", "2025-02-05"),
  decided("2025-02-03", "2025-02-03", "2025-02-17", "2025-02-06"),
];
// MAIN, March: 6 decided on time (working days 1, 1, 2, 2, 3, 3).
const MARCH: Row[] = ["04", "04", "05", "05", "06", "06"].map((d) => decided("2025-03-03", "2025-03-03", "2025-03-17", `2025-03-${d}`));
// OTHER, January: 5 decided the day they were complete.
const OTHER_JANUARY: Row[] = Array.from({ length: 5 }, () => decided("2025-01-15", "2025-01-15", "2025-01-16", "2025-01-15"));

let nbi01 = "";

async function insert(slug: string, rows: Row[], serviceCenterId: string | null, start: number) {
  const permit = await prisma.permit.findUniqueOrThrow({ where: { slug }, select: { id: true, agencyId: true, currentVersionId: true } });
  await prisma.request.createMany({
    data: rows.map((r, i) => ({
      trackingNumber: `${PREFIX}${start + i}`,
      permitId: permit.id,
      manualVersionId: permit.currentVersionId!,
      agencyId: permit.agencyId,
      channel: serviceCenterId ? "counter" : "online",
      serviceCenterId,
      applicantType: "person",
      applicantId: "0000000000000",
      applicantName: "Statistics Test (fake)",
      applicantPhone: "0000000000",
      applicantAddress: "-",
      status: r.status,
      receivedAt: new Date(`${r.receivedOn}T09:00:00+07:00`),
      receivedOn: r.receivedOn,
      completeOn: r.completeOn ?? null,
      dueDate: r.dueDate ?? null,
      decidedOn: r.decidedOn ?? null,
      decision: r.decidedOn ? "approved" : null,
    })),
  });
}

beforeAll(async () => {
  const centers = await prisma.serviceCenter.findMany({ select: { id: true, code: true } });
  const bkk01 = centers.find((c) => c.code === "BKK01")!.id;
  nbi01 = centers.find((c) => c.code === "NBI01")!.id;
  await insert(MAIN, [...JANUARY, ...FEBRUARY, ...MARCH], bkk01, 1);
  await insert(OTHER, OTHER_JANUARY, nbi01, 100);
  forgetStatistics();
});

afterAll(async () => {
  await prisma.request.deleteMany({ where: { trackingNumber: { startsWith: PREFIX } } });
  forgetStatistics();
});

describe("statistics table per permit and month (O3)", () => {
  it("counts received, decided, on time (R10.1) and the median working days, withholding small cells", async () => {
    const table = await statisticsTable({ permit: MAIN, from: "2025-01", to: "2025-03" }, "2026-04-09");
    expect(table).toEqual({
      from: "2025-01",
      to: "2025-03",
      permit: MAIN,
      suppressionThreshold: 5,
      rows: [
        // Median of 0, 2, 3, 5, 10, 14.
        { permit: MAIN, month: "2025-01", received: 8, decided: 6, decidedOnTime: 5, onTimeShare: 0.8333, medianWorkingDays: 4, suppressed: [] },
        { permit: MAIN, month: "2025-02", received: null, decided: null, decidedOnTime: null, onTimeShare: null, medianWorkingDays: null, suppressed: ALL_WITHHELD },
        { permit: MAIN, month: "2025-03", received: 6, decided: 6, decidedOnTime: 6, onTimeShare: 1, medianWorkingDays: 2, suppressed: [] },
      ],
    });
  });

  it("lists every permit when none is asked for, ordered by permit then month", async () => {
    const table = await statisticsTable({ from: "2025-01", to: "2025-01" }, "2026-04-09");
    expect(table!.rows.map((r) => [r.permit, r.month, r.received])).toEqual([
      [MAIN, "2025-01", 8],
      [OTHER, "2025-01", 5],
    ]);
    expect(table!.rows[1]).toMatchObject({ decided: 5, decidedOnTime: 5, onTimeShare: 1, medianWorkingDays: 0 });
  });

  it("any window gives the same month the same row (cached per month, not per query)", async () => {
    const wide = await statisticsTable({ from: "2024-06", to: "2025-06" }, "2026-04-09");
    const narrow = await statisticsTable({ from: "2025-02", to: "2025-02" }, "2026-04-09");
    expect(wide!.rows.filter((r) => r.month === "2025-02")).toEqual(narrow!.rows);
    expect(wide!.rows.map((r) => `${r.permit} ${r.month}`)).toEqual([`${MAIN} 2025-01`, `${MAIN} 2025-02`, `${MAIN} 2025-03`, `${OTHER} 2025-01`]);
  });

  it("months before the Act (July 2015) or after today are simply empty", async () => {
    expect(await statisticsTable({ from: "2010-01", to: "2015-06" }, "2026-04-09")).toMatchObject({ from: "2010-01", to: "2015-06", rows: [] });
    expect(await statisticsTable({ from: "2027-01", to: "2027-12" }, "2026-04-09")).toMatchObject({ rows: [] });
  });

  it("is null for an unknown permit", async () => {
    expect(await statisticsTable({ permit: "no-such-permit" }, "2026-04-09")).toBeNull();
  });
});

describe("the manual's statistics (R7.5 field 9)", () => {
  it("averages the last 12 complete months and gives the share decided on time", async () => {
    // Window April 2024 – March 2025: 8 + 3 + 6 requests, nine months with none.
    expect(await permitStatistics(MAIN, "2025-04-15")).toEqual({
      from: "2024-04",
      to: "2025-03",
      months: 12,
      total: 17,
      average: 1.4,
      highest: 8,
      lowest: null,
      decided: 15,
      decidedOnTime: 14,
      onTimeShare: 0.9333,
      suppressed: ["lowest"],
    });
  });

  it("the manual page shows them, computed for today (APP_NOW)", async () => {
    const saved = process.env.APP_NOW;
    process.env.APP_NOW = "2025-04-15T10:00:00+07:00";
    try {
      const data = await manualLoader(args(`/permits/${MAIN}`, { slug: MAIN }));
      expect(data.statistics).toMatchObject({ from: "2024-04", to: "2025-03", total: 17, highest: 8, onTimeShare: 0.9333 });
    } finally {
      process.env.APP_NOW = saved;
    }
    // A year later nothing falls in the window: everything is withheld, nothing is made up.
    const later = await manualLoader(args(`/permits/${MAIN}`, { slug: MAIN }));
    expect(later.statistics).toMatchObject({ total: null, average: null, highest: null, lowest: null, onTimeShare: null });
  });
});

describe("chart series", () => {
  it("sums per month and gives each permit its median", async () => {
    const chart = await monthlyChartData(null, "2025-04-15");
    expect(chart.months).toHaveLength(12);
    expect(chart.months.find((m) => m.month === "2025-01")).toEqual({
      month: "2025-01",
      received: 13,
      decided: 11,
      decidedOnTime: 10,
      onTimeShare: 0.9091,
      suppressed: [],
    });
    expect(chart.months.find((m) => m.month === "2025-02")?.received).toBeNull();
    // MAIN over the window: 0,1,1,1,2,2,2,2,3,3,3,3,5,10,14 → 2.
    expect(chart.permits.find((p) => p.permit === MAIN)).toMatchObject({ decided: 15, medianWorkingDays: 2, suppressed: [] });
    expect(chart.permits.find((p) => p.permit === OTHER)).toMatchObject({ decided: 5, medianWorkingDays: 0 });
  });

  it("narrows to a service center's requests", async () => {
    const chart = await monthlyChartData({ serviceCenterId: nbi01 }, "2025-04-15");
    expect(chart.months.find((m) => m.month === "2025-01")?.received).toBe(5);
    expect(chart.permits.map((p) => p.permit)).toEqual([OTHER]);
  });
});

describe("GET /api/v1/statistics and .csv", () => {
  const url = `/api/v1/statistics?permit=${MAIN}&from=2025-01&to=2025-03`;

  it("answers JSON in the documented shape, cacheable with an ETag", async () => {
    const res = await statisticsLoader(args(url));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(res.headers.get("Cache-Control")).toContain("max-age");
    const body = StatisticsTableSchema.parse(await res.json());
    expect(body.rows.map((r) => [r.month, r.received, r.onTimeShare])).toEqual([
      ["2025-01", 8, 0.8333],
      ["2025-02", null, null],
      ["2025-03", 6, 1],
    ]);
    const again = await statisticsLoader({ request: get(url, { "If-None-Match": res.headers.get("ETag")! }), params: {}, context: {} });
    expect(again.status).toBe(304);
  });

  it("never carries personal data", async () => {
    const text = await (await statisticsLoader(args("/api/v1/statistics?from=2025-01&to=2025-03"))).text();
    expect(text).not.toMatch(/Statistics Test|0000000000|STATTEST/);
  });

  it.each([
    "?from=2025-13",
    "?from=2025-1",
    "?to=25-01",
    "?from=2025-03&to=2025-01",
    "?from=2000-01&to=2025-01",
    "?permit=Not%20a%20slug",
    "?from=2025-01-01",
  ])("%s is a 400 JSON error", async (query) => {
    for (const load of [statisticsLoader, statisticsCsvLoader]) {
      const res = await load(args(`/api/v1/statistics${query}`));
      expect(res.status).toBe(400);
      expect(res.headers.get("Content-Type")).toContain("application/json");
      expect((await res.json()).error.message).toMatch(/YYYY-MM/);
    }
  });

  it("an unknown permit is a 404 JSON error; empty parameters are ignored", async () => {
    const missing = await statisticsLoader(args("/api/v1/statistics?permit=no-such-permit"));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.status).toBe(404);
    expect((await statisticsLoader(args("/api/v1/statistics?permit=&from=&to="))).status).toBe(200);
  });

  it("the CSV is UTF-8 with a BOM and CRLF, withheld cells empty and named", async () => {
    const res = await statisticsCsvLoader(args(url));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(res.headers.get("Content-Disposition")).toContain("anuyat-statistics.csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines).toEqual([
      "permit,month,received,decided,decided_on_time,on_time_share,median_working_days,suppressed",
      `${MAIN},2025-01,8,6,5,0.8333,4,`,
      `${MAIN},2025-02,,,,,,received decided decidedOnTime onTimeShare medianWorkingDays`,
      `${MAIN},2025-03,6,6,6,1,2,`,
      "",
    ]);
  });
});
