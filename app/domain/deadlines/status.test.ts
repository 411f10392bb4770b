import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import { deadlineStatus, overdueByWorkingDays } from "./status";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);

describe("deadline status in working days", () => {
  it.each([
    // Due Tue 21 Apr. From Thu 9 Apr: 10, 16, 17, 20, 21 left.
    ["2026-04-21", "2026-04-09", { state: "on_time", workingDays: 5 }],
    // From Fri 17 Apr: 20, 21 left (within the 2-day warning).
    ["2026-04-21", "2026-04-17", { state: "due_soon", workingDays: 2 }],
    // On the due date the office still has the day.
    ["2026-04-21", "2026-04-21", { state: "due_soon", workingDays: 0 }],
    // The day after: overdue by one working day.
    ["2026-04-21", "2026-04-22", { state: "overdue", workingDays: 1 }],
    // Due Fri 10 Apr, seen Sat 11: overdue although no working day has passed yet.
    ["2026-04-10", "2026-04-11", { state: "overdue", workingDays: 0 }],
    // Due Fri 10 Apr, seen Thu 16: weekend and Songkran don't count; 16 does.
    ["2026-04-10", "2026-04-16", { state: "overdue", workingDays: 1 }],
  ] as const)("due %s, today %s → %o", (due, today, expected) => {
    expect(deadlineStatus(due, today, calendar)).toEqual(expected);
  });

  it("overdueByWorkingDays is zero until the due date has passed", () => {
    expect(overdueByWorkingDays("2026-04-21", "2026-04-09", calendar)).toBe(0);
    expect(overdueByWorkingDays("2026-04-09", "2026-04-21", calendar)).toBe(5);
  });
});
