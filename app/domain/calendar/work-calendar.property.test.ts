import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorkCalendar, type Holiday } from "./work-calendar";

// An independent, obviously-correct reference: walk day by day with Date's UTC calendar.
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const plus = (date: string, n: number) => iso(ms(date) + n * DAY);

function naive(holidays: readonly Holiday[]) {
  const closed = new Set(holidays.map((h) => h.date));
  const isWorkingDay = (d: string) => {
    const wd = new Date(ms(d)).getUTCDay();
    return wd !== 0 && wd !== 6 && !closed.has(d);
  };
  const rollForward = (d: string) => {
    while (!isWorkingDay(d)) d = plus(d, 1);
    return d;
  };
  return {
    isWorkingDay,
    rollForward,
    addWorkingDays(start: string, n: number) {
      let d = start;
      for (let left = n; left > 0; ) {
        d = plus(d, 1);
        if (isWorkingDay(d)) left--;
      }
      return d;
    },
    addCalendarDays: (start: string, n: number) => rollForward(plus(start, n)),
    countWorkingDays(from: string, to: string) {
      const [a, b, sign] = from <= to ? [from, to, 1] : [to, from, -1];
      let count = 0;
      for (let d = plus(a, 1); d <= b; d = plus(d, 1)) if (isWorkingDay(d)) count++;
      return count === 0 ? 0 : sign * count; // never -0
    },
  };
}

const dateIn = (first: string, last: string) => fc.integer({ min: ms(first) / DAY, max: ms(last) / DAY }).map((n) => iso(n * DAY));
const anyDate = dateIn("2026-01-01", "2030-12-31");
const holidayOn = (date: string): Holiday => ({ date, nameTh: "วันหยุด", nameEn: "Holiday", kind: "special" });
// Random holiday sets, dense enough to produce long runs of closed days.
const holidaySet = fc.uniqueArray(dateIn("2025-12-01", "2031-06-30"), { maxLength: 120 }).map((ds) => ds.map(holidayOn));
const days = fc.integer({ min: 0, max: 120 });

describe("the O(1) calendar equals the day-by-day reference (T2–T4)", () => {
  it("addWorkingDays, addCalendarDays, countWorkingDays, isWorkingDay, rollForward", () => {
    fc.assert(
      fc.property(holidaySet, anyDate, anyDate, days, (hs, start, other, n) => {
        const fast = buildWorkCalendar(hs);
        const slow = naive(hs);
        expect(fast.addWorkingDays(start, n)).toBe(slow.addWorkingDays(start, n));
        expect(fast.addCalendarDays(start, n)).toBe(slow.addCalendarDays(start, n));
        expect(fast.countWorkingDays(start, other)).toBe(slow.countWorkingDays(start, other));
        expect(fast.isWorkingDay(start)).toBe(slow.isWorkingDay(start));
        expect(fast.rollForward(start)).toBe(slow.rollForward(start));
        expect(fast.nextWorkingDay(start)).toBe(slow.addWorkingDays(start, 1));
      }),
      { numRuns: 300 },
    );
  });

  it("also across the edges of the precomputed span (2000, 2100) and beyond it", () => {
    const edgeDate = fc.oneof(dateIn("1999-10-01", "2000-03-31"), dateIn("2100-10-01", "2101-03-31"), dateIn("2149-12-01", "2150-02-28"));
    const edgeHolidays = fc.uniqueArray(edgeDate, { maxLength: 40 }).map((ds) => ds.map(holidayOn));
    fc.assert(
      fc.property(edgeHolidays, edgeDate, edgeDate, days, (hs, start, other, n) => {
        const fast = buildWorkCalendar(hs);
        const slow = naive(hs);
        expect(fast.addWorkingDays(start, n)).toBe(slow.addWorkingDays(start, n));
        expect(fast.addCalendarDays(start, n)).toBe(slow.addCalendarDays(start, n));
        if (Math.abs(ms(start) - ms(other)) < 400 * DAY) {
          expect(fast.countWorkingDays(start, other)).toBe(slow.countWorkingDays(start, other));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("laws of working-day arithmetic", () => {
  it("a due date in working days is a working day strictly after the start (T2)", () => {
    fc.assert(
      fc.property(holidaySet, anyDate, fc.integer({ min: 1, max: 400 }), (hs, start, n) => {
        const cal = buildWorkCalendar(hs);
        const due = cal.addWorkingDays(start, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(due > start).toBe(true);
      }),
    );
  });

  it("a due date in calendar days is a working day on or after start + n (T4)", () => {
    fc.assert(
      fc.property(holidaySet, anyDate, days, (hs, start, n) => {
        const cal = buildWorkCalendar(hs);
        const due = cal.addCalendarDays(start, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(due >= plus(start, n)).toBe(true);
      }),
    );
  });

  it("adding a then b working days is adding a + b", () => {
    fc.assert(
      fc.property(holidaySet, anyDate, days, days, (hs, start, a, b) => {
        const cal = buildWorkCalendar(hs);
        expect(cal.addWorkingDays(cal.addWorkingDays(start, a), b)).toBe(cal.addWorkingDays(start, a + b));
      }),
    );
  });

  it("countWorkingDays undoes addWorkingDays", () => {
    fc.assert(
      fc.property(holidaySet, anyDate, fc.integer({ min: 0, max: 2000 }), (hs, start, n) => {
        const cal = buildWorkCalendar(hs);
        expect(cal.countWorkingDays(start, cal.addWorkingDays(start, n))).toBe(n);
      }),
    );
  });

  it("adding a holiday never makes a due date earlier (T7 recomputation only moves dates later)", () => {
    fc.assert(
      fc.property(holidaySet, anyDate, anyDate, days, (hs, extra, start, n) => {
        const before = buildWorkCalendar(hs);
        const after = buildWorkCalendar([...hs, holidayOn(extra)]);
        expect(after.addWorkingDays(start, n) >= before.addWorkingDays(start, n)).toBe(true);
        expect(after.addCalendarDays(start, n) >= before.addCalendarDays(start, n)).toBe(true);
      }),
    );
  });
});
