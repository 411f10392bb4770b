import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import { delayNoticeSchedule, resultNoticeDueDate } from "./notices";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);

describe("result notice within 7 days (R10.2, T6)", () => {
  it.each([
    // Fri 6 Feb + 7 calendar days = Fri 13 Feb, a working day.
    ["2026-02-06", "calendar_days", "2026-02-13"],
    // Wed 8 Apr + 7 = Wed 15 Apr, Songkran → Thu 16 (T4).
    ["2026-04-08", "calendar_days", "2026-04-16"],
    // Working-day setting: 9, 10, 11, 12, 13, 16, 17 Feb.
    ["2026-02-06", "working_days", "2026-02-17"],
    // Working-day setting: 9 (1), 10 (2), 16–17 (4), 20–22 (7) → 22 Apr.
    ["2026-04-08", "working_days", "2026-04-22"],
  ] as const)("decided %s, counted in %s → %s", (decided, unit, due) => {
    expect(resultNoticeDueDate(decided, calendar, unit)).toBe(due);
  });

  it("defaults to calendar days (T6)", () => {
    expect(resultNoticeDueDate("2026-04-08", calendar)).toBe("2026-04-16");
  });
});

describe("delay notices every 7 days (R10.3, T6)", () => {
  // Decision due Wed 8 Apr. Period 1 runs 9–15 Apr; D + 7 = Wed 15 Apr is Songkran, so notice 1
  // rolls to Thu 16 (T4). Period 2 still counts from the unrolled 15th: D + 14 = Wed 22 Apr.
  // D + 21 = Wed 29 Apr. D + 28 = Wed 6 May.
  const due = "2026-04-08";

  it("none while the due date has not passed", () => {
    expect(delayNoticeSchedule(due, "2026-04-01", calendar)).toEqual([]);
    expect(delayNoticeSchedule(due, due, calendar)).toEqual([]);
  });

  it("the k-th falls due 7k days after the due date, rolled forward, without accumulating", () => {
    expect(delayNoticeSchedule(due, "2026-04-15", calendar)).toEqual([]); // notice 1 rolled to the 16th
    expect(delayNoticeSchedule(due, "2026-04-16", calendar)).toEqual([{ k: 1, periodStart: "2026-04-09", dueDate: "2026-04-16" }]);
    expect(delayNoticeSchedule(due, "2026-04-29", calendar)).toEqual([
      { k: 1, periodStart: "2026-04-09", dueDate: "2026-04-16" },
      { k: 2, periodStart: "2026-04-16", dueDate: "2026-04-22" }, // not 16 + 7 = 23
      { k: 3, periodStart: "2026-04-23", dueDate: "2026-04-29" },
    ]);
  });

  it("stops after the decision: a notice is owed only for periods begun while undecided", () => {
    const today = "2026-06-30";
    expect(delayNoticeSchedule(due, today, calendar, "calendar_days", "2026-04-08")).toEqual([]); // decided on time
    expect(delayNoticeSchedule(due, today, calendar, "calendar_days", "2026-04-09").map((n) => n.k)).toEqual([1]); // one day late
    expect(delayNoticeSchedule(due, today, calendar, "calendar_days", "2026-04-15").map((n) => n.k)).toEqual([1]); // last day of period 1
    expect(delayNoticeSchedule(due, today, calendar, "calendar_days", "2026-04-16").map((n) => n.k)).toEqual([1, 2]);
    expect(delayNoticeSchedule(due, today, calendar, "calendar_days", "2026-04-30").map((n) => n.k)).toEqual([1, 2, 3, 4]);
  });

  it("in working days when the setting says so (T6)", () => {
    // addWorkingDays(8 Apr, 7) = 22 Apr; (8 Apr, 14) = 23, 24, 27, 28, 29, 30 Apr, Fri 1 May.
    expect(delayNoticeSchedule(due, "2026-05-01", calendar, "working_days")).toEqual([
      { k: 1, periodStart: "2026-04-09", dueDate: "2026-04-22" },
      { k: 2, periodStart: "2026-04-23", dueDate: "2026-05-01" },
    ]);
  });
});
