import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./bangkok-date";
import { explainCalendarDays, explainWorkingDays, whyClosed } from "./explain";
import { THAI_HOLIDAYS } from "./fixtures/thai-holidays";
import { buildWorkCalendar } from "./work-calendar";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
const songkran = { nameTh: "วันสงกรานต์", nameEn: "Songkran" };

describe("explanations (O2)", () => {
  it("lists the counted and skipped days of the spec's Songkran example", () => {
    expect(explainWorkingDays("2026-04-09", 5, calendar)).toEqual({
      start: "2026-04-09",
      dueDate: "2026-04-21",
      counted: ["2026-04-10", "2026-04-16", "2026-04-17", "2026-04-20", "2026-04-21"],
      skipped: [
        { date: "2026-04-11", reason: "weekend" },
        { date: "2026-04-12", reason: "weekend" },
        { date: "2026-04-13", reason: "holiday", holiday: songkran },
        { date: "2026-04-14", reason: "holiday", holiday: songkran },
        { date: "2026-04-15", reason: "holiday", holiday: songkran },
        { date: "2026-04-18", reason: "weekend" },
        { date: "2026-04-19", reason: "weekend" },
      ],
    });
  });

  it("shows T4 rolling for calendar days: 30 days from 9 Apr end on Sat 9 May", () => {
    const e = explainCalendarDays("2026-04-09", 30, calendar);
    expect(e.counted).toHaveLength(30);
    expect(e.counted[0]).toBe("2026-04-10");
    expect(e.counted.at(-1)).toBe("2026-05-09");
    expect(e.skipped).toEqual([]);
    expect(e.rolledForward).toEqual({
      from: "2026-05-09",
      to: "2026-05-12",
      skipped: [
        { date: "2026-05-09", reason: "weekend" },
        { date: "2026-05-10", reason: "weekend" },
        { date: "2026-05-11", reason: "holiday", holiday: { nameTh: "วันพืชมงคล", nameEn: "Royal Ploughing Ceremony Day" } },
      ],
    });
    expect(explainCalendarDays("2026-04-09", 7, calendar).rolledForward).toBeUndefined();
  });

  it("names a holiday that falls on a weekend, while the reason stays the weekend", () => {
    const withVisakha = buildWorkCalendar([
      ...THAI_HOLIDAYS,
      { date: "2026-05-31", nameTh: "วันวิสาขบูชา", nameEn: "Visakha Bucha Day", kind: "annual" },
    ]);
    expect(whyClosed("2026-05-31", withVisakha)).toEqual({
      date: "2026-05-31",
      reason: "weekend",
      holiday: { nameTh: "วันวิสาขบูชา", nameEn: "Visakha Bucha Day" },
    });
    expect(whyClosed("2026-06-01", withVisakha)?.reason).toBe("holiday");
    expect(whyClosed("2026-06-02", withVisakha)).toBeUndefined();
  });

  it("always agrees with the computed due date and accounts for every day in between", () => {
    const start = fc.integer({ min: 0, max: 5 * 365 }).map((i) => addDays("2026-01-01", i));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 90 }), (s, n) => {
        const e = explainWorkingDays(s, n, calendar);
        expect(e.dueDate).toBe(calendar.addWorkingDays(s, n));
        expect(e.counted).toHaveLength(n);
        if (n > 0) expect(e.counted.at(-1)).toBe(e.dueDate);
        // Counted and skipped days together are exactly the days start+1 … dueDate, in order.
        const between: string[] = [];
        for (let d = addDays(s, 1); d <= e.dueDate; d = addDays(d, 1)) between.push(d);
        expect([...e.counted, ...e.skipped.map((k) => k.date)].sort()).toEqual(between);
        expect(e.skipped.every((k) => !calendar.isWorkingDay(k.date))).toBe(true);
      }),
    );
  });
});
