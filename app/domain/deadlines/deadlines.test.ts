import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import { computeDue, cureDeadline, decisionDueDate, isDeficiencyExpired, stepDueDates } from "./deadlines";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
const at = (bangkok: string) => ({ instant: new Date(`${bangkok}+07:00`) });

describe("decision due date (R8.5, R10.1)", () => {
  it.each([
    // The spec's example: 10 (1), 16 (2), 17 (3), 20 (4), 21 (5), skipping Songkran and weekends.
    ["2026-04-09", { value: 5, unit: "working_days" }, "2026-04-21"],
    // T2: Monday + 5 working days, no holiday → the following Monday.
    ["2026-02-09", { value: 5, unit: "working_days" }, "2026-02-16"],
    // T4: 30 calendar days end on Sat 9 May; Sun 10, Mon 11 Ploughing → Tue 12.
    ["2026-04-09", { value: 30, unit: "calendar_days" }, "2026-05-12"],
    // Date-only completion, hour limit: from 08:30 that day; 2 h → 10:30 the same day.
    ["2026-02-09", { value: 2, unit: "hours" }, "2026-02-09"],
    // Date-only completion on a Saturday, hour limit: from Monday 08:30.
    ["2026-02-07", { value: 2, unit: "hours" }, "2026-02-09"],
    // 7 hours from a date-only completion: exactly the whole day, so the same day.
    ["2026-02-09", { value: 7, unit: "hours" }, "2026-02-09"],
  ] as const)("completed %s, %o → %s", (completed, limit, due) => {
    expect(decisionDueDate(completed, limit, calendar)).toBe(due);
  });

  it("an instant completion counts its Bangkok date, not the server's (T1)", () => {
    // 23:30 Bangkok on Thu 9 Apr is 16:30Z: still the 9th in Bangkok → due Tue 21 Apr.
    expect(decisionDueDate({ instant: new Date("2026-04-09T16:30:00Z") }, { value: 5, unit: "working_days" }, calendar)).toBe("2026-04-21");
    // 00:30 Bangkok on Fri 10 Apr is 17:30Z on the 9th: counts from the 10th → 16 (1) … 22 (5).
    expect(decisionDueDate({ instant: new Date("2026-04-09T17:30:00Z") }, { value: 5, unit: "working_days" }, calendar)).toBe("2026-04-22");
  });

  it("60 minutes completed at 16:00 on a Friday run out at 09:00 on the next working day (T5)", () => {
    const due = computeDue(at("2026-02-06T16:00"), { value: 60, unit: "minutes" }, calendar);
    expect(due.dueDate).toBe("2026-02-09");
    expect(due.dueAt?.toISOString()).toBe("2026-02-09T02:00:00.000Z");
    // Before Songkran the next working day is Thursday 16 April.
    expect(decisionDueDate(at("2026-04-10T16:00"), { value: 60, unit: "minutes" }, calendar)).toBe("2026-04-16");
  });

  it("rejects a unit it does not know (R7.6)", () => {
    expect(() => decisionDueDate("2026-04-09", { value: 5, unit: "weeks" as never }, calendar)).toThrow(RangeError);
    expect(() => decisionDueDate("2026-04-09", { value: -1, unit: "hours" }, calendar)).toThrow(RangeError);
  });
});

describe("step due dates (R7.1)", () => {
  it("chains each step from the previous one's due date", () => {
    const steps = [
      { duration: { value: 1, unit: "working_days" } }, // 9 Apr → Fri 10 Apr
      { duration: { value: 2, unit: "working_days" } }, // from 10 Apr: 16 (1), 17 (2)
      { duration: { value: 3, unit: "hours" } }, // after Fri 17 Apr's close: Mon 20 08:30 + 3 h = 11:30
      { duration: { value: 5, unit: "calendar_days" } }, // 20 + 5 = Sat 25 → Mon 27 (T4)
    ] as const;
    expect(stepDueDates("2026-04-09", steps, calendar)).toEqual(["2026-04-10", "2026-04-17", "2026-04-20", "2026-04-27"]);
  });

  it("chains hour steps from the instant the previous one ran out", () => {
    const steps = [
      { duration: { value: 2, unit: "hours" } }, // 15:30–16:30 Mon, 08:30–09:30 Tue
      { duration: { value: 3, unit: "hours" } }, // 09:30–12:00, 13:00–13:30 Tue
      { duration: { value: 3, unit: "hours" } }, // 13:30–16:30 Tue, exactly at closing
    ] as const;
    expect(stepDueDates(at("2026-02-09T15:30"), steps, calendar)).toEqual(["2026-02-10", "2026-02-10", "2026-02-10"]);
  });

  it("chained working-day steps end where their total would", () => {
    const steps = [1, 2, 2].map((value) => ({ duration: { value, unit: "working_days" as const } }));
    expect(stepDueDates("2026-04-09", steps, calendar).at(-1)).toBe(decisionDueDate("2026-04-09", { value: 5, unit: "working_days" }, calendar));
  });
});

describe("deficiency record (R8.2, R8.4)", () => {
  it("the cure deadline follows the same period rules", () => {
    // Issued Thu 9 Apr with 7 working days: 10, 16, 17, 20, 21, 22, 23.
    expect(cureDeadline("2026-04-09", { value: 7, unit: "working_days" }, calendar)).toBe("2026-04-23");
    // 7 calendar days: Thu 16 Apr, a working day.
    expect(cureDeadline("2026-04-09", { value: 7, unit: "calendar_days" }, calendar)).toBe("2026-04-16");
  });

  it("expires only after the whole deadline day has passed", () => {
    expect(isDeficiencyExpired("2026-04-23", "2026-04-22")).toBe(false);
    expect(isDeficiencyExpired("2026-04-23", "2026-04-23")).toBe(false);
    expect(isDeficiencyExpired("2026-04-23", "2026-04-24")).toBe(true);
    expect(() => isDeficiencyExpired("2026-04-31", "2026-05-01")).toThrow(RangeError);
  });
});
