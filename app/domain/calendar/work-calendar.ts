// The working-day calendar (T3): Monday to Friday minus the holidays an administrator keeps as
// data. It is built once per holiday set and is immutable, so every due date computed from it
// is an O(1) array lookup rather than a day-by-day walk (T7 recomputes every open request's
// due dates when a holiday changes, so this must be cheap).
import type { HolidayKind } from "../manual/vocabulary";
import { fromDayNumber, toDayNumber } from "./bangkok-date";
import { DEFAULT_OFFICE_HOURS, officeDay, type OfficeHours } from "./office-hours";
import { isWeekendDayNumber, weekdayAt, weekdaysBefore } from "./weekday-math";

export type Holiday = { date: string; nameTh: string; nameEn: string; kind: HolidayKind };

export type WorkCalendar = {
  readonly holidays: readonly Holiday[];
  readonly hours: OfficeHours;
  isWorkingDay(date: string): boolean;
  holidayOn(date: string): Holiday | undefined;
  /** T2: the n-th working day strictly after start (start itself may be a non-working day); n = 0 gives start. */
  addWorkingDays(start: string, n: number): string;
  /** T2 + T4: start + n calendar days, rolled forward to a working day when it is not one. */
  addCalendarDays(start: string, n: number): string;
  /** Working days d with from < d ≤ to; negative when to < from. */
  countWorkingDays(from: string, to: string): number;
  /** The first working day strictly after date. */
  nextWorkingDay(date: string): string;
  /** T4: date itself when it is a working day, otherwise the next working day. */
  rollForward(date: string): string;
};

// Precomputed span; widened to cover any holiday outside it. Beyond it only weekends close.
const BASE_FIRST = toDayNumber("2000-01-01");
const BASE_LAST = toDayNumber("2100-12-31");

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a whole, non-negative number of days: ${n}`);
}

export function buildWorkCalendar(holidayList: readonly Holiday[], opts: { hours?: OfficeHours } = {}): WorkCalendar {
  const hours = Object.freeze({ ...(opts.hours ?? DEFAULT_OFFICE_HOURS) });
  officeDay(hours); // validates the hours once, at build time
  const byDate = new Map<string, Holiday>();
  const closed = new Set<number>();
  let first = BASE_FIRST;
  let last = BASE_LAST;
  for (const h of holidayList) {
    const n = toDayNumber(h.date);
    if (!byDate.has(h.date)) byDate.set(h.date, Object.freeze({ ...h }));
    closed.add(n);
    first = Math.min(first, n);
    last = Math.max(last, n);
  }

  const size = last - first + 1;
  const working = new Uint8Array(size);
  // before[i] = working days in [first, first + i); index[k] = offset of the k-th working day.
  const before = new Int32Array(size + 1);
  const index = new Int32Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    const n = first + i;
    if (!isWeekendDayNumber(n) && !closed.has(n)) {
      working[i] = 1;
      index[total++] = i;
    }
    before[i + 1] = total;
  }
  const weekdaysToFirst = weekdaysBefore(first);
  const weekdaysToEnd = weekdaysBefore(last + 1);

  // Global index of working days: how many working days lie strictly before day number x,
  // counted from `first` (negative before it). Outside the span only weekends are closed.
  function workingBefore(x: number): number {
    if (x <= first) return weekdaysBefore(x) - weekdaysToFirst;
    if (x <= last + 1) return before[x - first];
    return total + weekdaysBefore(x) - weekdaysToEnd;
  }
  // The working day whose global index is k (inverse of workingBefore on working days).
  function workingDayAt(k: number): number {
    if (k < 0) return weekdayAt(weekdaysToFirst + k);
    if (k < total) return first + index[k];
    return weekdayAt(weekdaysToEnd + (k - total));
  }

  const holidays = Object.freeze([...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)));
  return Object.freeze({
    holidays,
    hours,
    isWorkingDay(date: string) {
      const n = toDayNumber(date);
      return n >= first && n <= last ? working[n - first] === 1 : !isWeekendDayNumber(n);
    },
    holidayOn(date: string) {
      toDayNumber(date);
      return byDate.get(date);
    },
    addWorkingDays(start: string, n: number) {
      assertCount(n);
      const s = toDayNumber(start);
      // T2: start is day zero; the n-th working day after it has index (working days ≤ start) + n - 1.
      return n === 0 ? start : fromDayNumber(workingDayAt(workingBefore(s + 1) + n - 1));
    },
    addCalendarDays(start: string, n: number) {
      assertCount(n);
      return fromDayNumber(workingDayAt(workingBefore(toDayNumber(start) + n)));
    },
    countWorkingDays(from: string, to: string) {
      return workingBefore(toDayNumber(to) + 1) - workingBefore(toDayNumber(from) + 1);
    },
    nextWorkingDay(date: string) {
      return fromDayNumber(workingDayAt(workingBefore(toDayNumber(date) + 1)));
    },
    rollForward(date: string) {
      return fromDayNumber(workingDayAt(workingBefore(toDayNumber(date))));
    },
  });
}
