// Closed-form Monday–Friday arithmetic. The work calendar uses it beyond the range it has
// precomputed, where no holiday exists (T3: only weekends close the office there), so a date
// in 2150 costs the same O(1) as one in 2026.

// Day number 4 is 1970-01-05, a Monday; weekdays are indexed from it (negative before it).
const MONDAY = 4;

/** How many Monday–Friday days d satisfy MONDAY ≤ d < x (negative when x < MONDAY). */
export function weekdaysBefore(x: number): number {
  const t = x - MONDAY;
  const weeks = Math.floor(t / 7);
  const r = t - 7 * weeks;
  return 5 * weeks + (r < 5 ? r : 5);
}

/** The day number of the weekday whose index is k, i.e. weekdaysBefore(result) === k. */
export function weekdayAt(k: number): number {
  const weeks = Math.floor(k / 5);
  return MONDAY + 7 * weeks + (k - 5 * weeks);
}

export function isWeekendDayNumber(n: number): boolean {
  const wd = (((n + 4) % 7) + 7) % 7;
  return wd === 0 || wd === 6;
}
