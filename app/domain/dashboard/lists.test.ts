import { describe, expect, it } from "vitest";
import { addDays, buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import {
  atRiskWindow,
  currentDelayPeriod,
  dashboardSearch,
  DEFAULT_DASHBOARD_QUERY,
  delayPeriodTable,
  isAtRisk,
  isDelayNoticeUnsent,
  isOverdue,
  isResultNoticeOverdue,
  lateness,
  latenessMessage,
  missingDelayNotice,
  parseDashboardQuery,
} from "./lists";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
// Thu 9 Apr 2026. Fri 10 is a working day; Songkran closes Mon 13 – Wed 15 (T3).
const TODAY = "2026-04-09";

describe("overdue (R10.1): undecided and the due date has passed", () => {
  it.each([
    ["accepted", "2026-04-08", true],
    ["in_review", "2026-03-01", true],
    ["accepted", TODAY, false], // the office has the whole due date
    ["in_review", "2026-04-10", false],
    ["accepted", null, false],
    ["incomplete", "2026-04-01", false], // the clock has not started (R8.5)
    ["submitted", "2026-04-01", false],
    ["approved", "2026-04-01", false],
    ["refused", "2026-04-01", false],
    ["notified", "2026-04-01", false],
    ["withdrawn", "2026-04-01", false],
    ["abandoned", "2026-04-01", false],
  ] as const)("%s due %s → %s", (status, dueDate, expected) => {
    expect(isOverdue({ status, dueDate }, TODAY)).toBe(expected);
  });
});

describe("at risk: undecided and due from today through AT_RISK_WORKING_DAYS working days ahead", () => {
  it.each([
    // 3 working days after Thu 9 Apr: Fri 10, Thu 16, Fri 17 (Songkran skipped).
    [TODAY, 3, "2026-04-17"],
    [TODAY, 0, TODAY],
    [TODAY, 1, "2026-04-10"],
    // Seen on a Saturday: Mon 13 – Wed 15 are closed, so 1 working day ahead is Thu 16.
    ["2026-04-11", 1, "2026-04-16"],
  ])("window from %s within %i → to %s", (today, within, to) => {
    expect(atRiskWindow(today, calendar, within)).toEqual({ from: today, to });
  });

  it.each([
    ["accepted", TODAY, true], // due today
    ["in_review", "2026-04-10", true],
    ["accepted", "2026-04-16", true],
    ["accepted", "2026-04-17", true], // the last day of the window
    ["accepted", "2026-04-18", false], // Saturday after it
    ["accepted", "2026-04-20", false],
    ["accepted", "2026-04-08", false], // already overdue: the other list
    ["approved", "2026-04-10", false],
    ["incomplete", "2026-04-10", false],
    ["accepted", null, false],
  ] as const)("%s due %s → %s", (status, dueDate, expected) => {
    expect(isAtRisk({ status, dueDate }, TODAY, calendar, 3)).toBe(expected);
  });
});

describe("result notices overdue (R10.2)", () => {
  const decided = { status: "approved", decidedOn: "2026-03-30", resultNotifiedOn: null, resultNoticeDueOn: "2026-04-07" };
  it.each([
    ["due two days ago, not notified", decided, true],
    ["due yesterday", { ...decided, resultNoticeDueOn: "2026-04-08" }, true],
    ["refused, same dates", { ...decided, status: "refused" }, true],
    ["due today: the office still has the day", { ...decided, resultNoticeDueOn: TODAY }, false],
    ["notified", { ...decided, status: "notified", resultNotifiedOn: "2026-04-08" }, false],
    ["notified date recorded", { ...decided, resultNotifiedOn: "2026-04-08" }, false],
    ["not decided", { ...decided, status: "in_review", decidedOn: null, resultNoticeDueOn: null }, false],
    ["no due date", { ...decided, resultNoticeDueOn: null }, false],
  ] as const)("%s → %s", (_, r, expected) => {
    expect(isResultNoticeOverdue(r, TODAY)).toBe(expected);
  });
});

describe("delay notices not sent by their due date (R10.3)", () => {
  it.each([
    [{ kind: "delay", state: "awaiting_reason", dueOn: "2026-04-08" }, true],
    [{ kind: "delay", state: "awaiting_reason", dueOn: TODAY }, false], // due today
    [{ kind: "delay", state: "pending", dueOn: "2026-04-01" }, false], // reason given, in the outbox
    [{ kind: "delay", state: "sent", dueOn: "2026-04-01" }, false],
    [{ kind: "delay", state: "recorded", dueOn: "2026-04-01" }, false],
    [{ kind: "result", state: "awaiting_reason", dueOn: "2026-04-01" }, false],
  ])("%o → %s", (notice, expected) => {
    expect(isDelayNoticeUnsent(notice, TODAY)).toBe(expected);
  });
});

describe("delay notices missing: the current period has no notice row (R10.3)", () => {
  // Decision due Wed 8 Apr: notice 1 due Thu 16 Apr (15th is Songkran, T4), 2 on 22 Apr, 3 on 29 Apr.
  const due = "2026-04-08";
  it.each([
    ["2026-04-15", null], // notice 1 has not fallen due yet
    ["2026-04-16", { period: 1, dueOn: "2026-04-16" }],
    ["2026-04-21", { period: 1, dueOn: "2026-04-16" }],
    ["2026-04-22", { period: 2, dueOn: "2026-04-22" }],
    ["2026-04-29", { period: 3, dueOn: "2026-04-29" }],
  ])("current period seen on %s → %o", (today, expected) => {
    expect(currentDelayPeriod(due, today, calendar, "calendar_days")).toEqual(expected);
  });

  it.each([
    ["no row at all", "accepted", [], { period: 3, dueOn: "2026-04-29" }],
    ["earlier rows only", "in_review", [1, 2], { period: 3, dueOn: "2026-04-29" }],
    ["the current row exists (sent or not)", "in_review", [1, 2, 3], null],
    ["decided: no more delay notices", "approved", [], null],
    ["clock not running", "incomplete", [], null],
  ] as const)("%s → %o", (_, status, periods, expected) => {
    expect(missingDelayNotice({ status, dueDate: due }, periods, "2026-04-29", calendar, "calendar_days")).toEqual(expected);
  });

  it("counts working days when the setting says so (T6)", () => {
    // addWorkingDays(8 Apr, 7) = 22 Apr.
    expect(missingDelayNotice({ status: "accepted", dueDate: due }, [], "2026-04-21", calendar, "working_days")).toBeNull();
    expect(missingDelayNotice({ status: "accepted", dueDate: due }, [], "2026-04-22", calendar, "working_days")).toEqual({ period: 1, dueOn: "2026-04-22" });
  });
});

describe("delayPeriodTable: the SQL lookup table agrees with delayNoticeSchedule day by day", () => {
  it("a worked example around Songkran", () => {
    expect(delayPeriodTable("2026-03-25", "2026-04-16", calendar, "calendar_days")).toEqual([
      // D + 7 ≤ 16 Apr for D ≤ 9 Apr (notice 1 of 9 Apr: 16 Apr); D + 14 ≤ 16 Apr for D ≤ 2 Apr …
      { dueDate: "2026-03-25", period: 3, noticeDueOn: "2026-04-16" }, // 25 Mar + 21 = 15 Apr (Songkran) → 16
      { dueDate: "2026-03-26", period: 3, noticeDueOn: "2026-04-16" }, // 26 Mar + 21 = 16 Apr
      { dueDate: "2026-03-27", period: 2, noticeDueOn: "2026-04-10" }, // + 21 = 17 Apr, not yet
      { dueDate: "2026-03-28", period: 2, noticeDueOn: "2026-04-16" }, // 11 Apr (Sat) → Mon 13–15 closed → 16
      { dueDate: "2026-03-29", period: 2, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-03-30", period: 2, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-03-31", period: 2, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-01", period: 2, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-02", period: 2, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-03", period: 1, noticeDueOn: "2026-04-10" },
      { dueDate: "2026-04-04", period: 1, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-05", period: 1, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-06", period: 1, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-07", period: 1, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-08", period: 1, noticeDueOn: "2026-04-16" },
      { dueDate: "2026-04-09", period: 1, noticeDueOn: "2026-04-16" },
    ]);
  });

  it.each([
    ["calendar_days", "2026-04-16"],
    ["calendar_days", "2026-06-02"],
    ["calendar_days", "2026-08-01"], // a Saturday
    ["calendar_days", "2027-01-04"],
    ["working_days", "2026-04-16"],
    ["working_days", "2026-06-02"],
    ["working_days", "2026-08-01"],
    ["working_days", "2027-01-04"],
  ] as const)("%s, today %s: every due date of the past year", (unit, today) => {
    const from = addDays(today, -400);
    const expected = [];
    for (let d = from; d < today; d = addDays(d, 1)) {
      const current = currentDelayPeriod(d, today, calendar, unit);
      if (current) expected.push({ dueDate: d, period: current.period, noticeDueOn: current.dueOn });
    }
    expect(delayPeriodTable(from, today, calendar, unit)).toEqual(expected);
  });

  it("is empty when nothing can have fallen due", () => {
    expect(delayPeriodTable(TODAY, TODAY, calendar, "calendar_days")).toEqual([]);
    expect(delayPeriodTable("2026-04-05", TODAY, calendar, "calendar_days")).toEqual([]);
  });
});

describe("lateness shown on each row, in working days", () => {
  it.each([
    ["2026-04-21", TODAY, { overdue: false, workingDays: 5 }], // 10, 16, 17, 20, 21
    [TODAY, TODAY, { overdue: false, workingDays: 0 }], // due today
    ["2026-04-08", TODAY, { overdue: true, workingDays: 1 }],
    ["2026-04-10", "2026-04-16", { overdue: true, workingDays: 1 }], // weekend and Songkran skipped
    ["2026-04-10", "2026-04-11", { overdue: true, workingDays: 0 }], // overdue, no working day passed yet
  ] as const)("due %s, today %s → %o", (due, today, expected) => {
    expect(lateness(due, today, calendar)).toEqual(expected);
  });

  it.each([
    [{ overdue: true, workingDays: 3 }, { key: "dashboard.overdueBy", count: 3 }],
    [{ overdue: true, workingDays: 0 }, { key: "dashboard.overdueBy", count: 0 }],
    [{ overdue: false, workingDays: 0 }, { key: "dashboard.dueToday", count: 0 }],
    [{ overdue: false, workingDays: 2 }, { key: "dashboard.dueIn", count: 2 }],
  ] as const)("%o is shown as %o", (l, expected) => {
    expect(latenessMessage(l)).toEqual(expected);
  });
});

describe("the query string", () => {
  it.each([
    ["", DEFAULT_DASHBOARD_QUERY],
    ["list=at_risk&sort=permit&page=3", { ...DEFAULT_DASHBOARD_QUERY, list: "at_risk", sort: "permit", page: 3 }],
    ["list=delay_missing&agency=PTW-DIST&center=BKK01&permit=food-premises-licence", { ...DEFAULT_DASHBOARD_QUERY, list: "delay_missing", agency: "PTW-DIST", center: "BKK01", permit: "food-premises-licence" }],
    ["list=everything&sort=random&page=-2", DEFAULT_DASHBOARD_QUERY],
    ["page=2.5&agency=", DEFAULT_DASHBOARD_QUERY],
    ["page=99999999", { ...DEFAULT_DASHBOARD_QUERY, page: 10_000 }],
    ["agency=%27%20OR%201%3D1&permit=%3Cscript%3E", DEFAULT_DASHBOARD_QUERY],
  ] as const)("?%s", (search, expected) => {
    expect(parseDashboardQuery(new URLSearchParams(search))).toEqual(expected);
  });

  it("writes back only what differs from the defaults, and round-trips", () => {
    expect(dashboardSearch(DEFAULT_DASHBOARD_QUERY)).toBe("");
    const q = parseDashboardQuery(new URLSearchParams("list=result_overdue&center=BKK01&sort=due_desc&page=2"));
    expect(dashboardSearch(q)).toBe("?list=result_overdue&center=BKK01&sort=due_desc&page=2");
    expect(dashboardSearch(q, { page: 1, list: "overdue" })).toBe("?center=BKK01&sort=due_desc");
    expect(parseDashboardQuery(new URLSearchParams(dashboardSearch(q).slice(1)))).toEqual(q);
  });
});
