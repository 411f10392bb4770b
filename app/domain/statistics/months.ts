// Calendar months as "YYYY-MM" strings: the month of a Bangkok calendar date (T1). Statistics
// are counted per month of receipt, so a month is just the first seven characters of a date.
import { isIsoDate } from "../calendar";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

function parts(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return [Number(m[1]), Number(m[2])];
}

/** The month of a YYYY-MM-DD date. */
export function monthOf(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  if (year < 0 || year > 9999) throw new RangeError(`Month out of range: ${month} + ${n}`);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `from` to `to`, both included; 0 when `to` is before `from`. */
export function monthCount(from: string, to: string): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) + 1);
}

/** Every month from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  return Array.from({ length: monthCount(from, to) }, (_, i) => addMonths(from, i));
}

/** The first day of a month, and the first day of the month after it: a half-open date range. */
export function dateRangeOf(from: string, to: string): { fromDate: string; beforeDate: string } {
  return { fromDate: `${addMonths(from, 0)}-01`, beforeDate: `${addMonths(to, 1)}-01` };
}

/**
 * The last `n` complete months before the month of `today`: the current month is still
 * filling up, so counting it would make every "lowest month" look like this one.
 */
export function lastCompleteMonths(today: string, n = 12): { from: string; to: string } {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Not a number of months: ${n}`);
  const to = addMonths(monthOf(today), -1);
  return { from: addMonths(to, -(n - 1)), to };
}

/** The longest span one statistics query may ask for: ten years of months. */
export const MAX_STATISTICS_MONTHS = 120;

/**
 * The months a statistics query covers. Without bounds: the last 12 complete months. With only
 * `to`: the 12 months ending there. With only `from`: 12 months from there, but not past the
 * current month. Checking that the span is sensible is the caller's (the query schema's) job.
 */
export function statisticsWindow(bounds: { from?: string; to?: string }, today: string): { from: string; to: string } {
  const { from, to } = bounds;
  if (from && to) return { from, to };
  if (to) return { from: addMonths(to, -11), to };
  if (from) {
    const current = monthOf(today);
    const end = addMonths(from, 11);
    return { from, to: end > current && from <= current ? current : end };
  }
  return lastCompleteMonths(today, 12);
}

/** The Act took effect on 21 July 2015 (B.E. 2558): no request is counted under it before. */
export const FIRST_COUNTED_MONTH = "2015-07";

/**
 * The months of a window that can hold requests: none before the Act, none after the month of
 * `today`. Asking for more is not an error, there is just nothing there to count (or to scan).
 */
export function countableMonths(window: { from: string; to: string }, today: string): string[] {
  const current = monthOf(today);
  const from = window.from < FIRST_COUNTED_MONTH ? FIRST_COUNTED_MONTH : window.from;
  const to = window.to > current ? current : window.to;
  return monthsBetween(from, to);
}

/** Splits months into runs of consecutive months, keeping their order: one query per run. */
export function consecutiveRuns(months: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const month of months) {
    const run = runs[runs.length - 1];
    if (run && addMonths(run[run.length - 1], 1) === month) run.push(month);
    else runs.push([month]);
  }
  return runs;
}
