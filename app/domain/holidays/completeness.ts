// Thailand has 19 annual government holiday days plus substitution days; a year with fewer
// than 15 rows is almost certainly missing the lunar holidays the Cabinet announces late
// (T3: holidays are data an administrator maintains, so the app warns instead of guessing).
export const MIN_EXPECTED_HOLIDAYS_PER_YEAR = 15;

export function looksIncomplete(holidayCountInYear: number): boolean {
  return holidayCountInYear < MIN_EXPECTED_HOLIDAYS_PER_YEAR;
}
