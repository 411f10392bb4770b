// T1: every date in the product is a calendar date in Asia/Bangkok (UTC+7, no daylight saving),
// whatever the server's own time zone. Dates are "YYYY-MM-DD" strings; arithmetic runs on day
// numbers (days since 1970-01-01) with integer maths, and instants are read only through their
// epoch milliseconds, so the process time zone can never leak in.
export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;
export const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/** 0 = Sunday … 6 = Saturday, the same numbering as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function floorMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The day number of a valid date, or undefined (used where a bad date is not an error). */
export function parseDayNumber(s: string): number | undefined {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/** True only for a real calendar date written YYYY-MM-DD (2026-02-30 is false). */
export function isIsoDate(s: string): boolean {
  return parseDayNumber(s) !== undefined;
}

/** Days since 1970-01-01 (negative before). Throws RangeError on anything but a real date. */
export function toDayNumber(date: string): number {
  const n = parseDayNumber(date);
  if (n === undefined) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  return n;
}

const pad2 = (n: number) => (n < 10 ? "0" : "") + n;

/** The YYYY-MM-DD date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a day number: ${n}`);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw new RangeError(`Year out of range: ${y}`);
  return (y < 1000 ? String(y).padStart(4, "0") : String(y)) + "-" + pad2(m) + "-" + pad2(d);
}

/** Weekday of a day number; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOfDayNumber(n: number): Weekday {
  return floorMod(n + 4, 7) as Weekday;
}

export function weekday(date: string): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Plain calendar arithmetic, no rolling (T4 rolling lives in the work calendar). */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

function epochMs(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError("Not a valid instant");
  return t;
}

/** The Bangkok day number of an instant. */
export function bangkokDayNumber(instant: Date): number {
  return Math.floor((epochMs(instant) + BANGKOK_OFFSET_MS) / MS_PER_DAY);
}

/** T1: the Bangkok calendar date of an instant (2026-01-01T17:00Z is 2026-01-02). */
export function toBangkokDate(instant: Date): string {
  return fromDayNumber(bangkokDayNumber(instant));
}

/** Milliseconds since Bangkok midnight of the instant's Bangkok date. */
export function bangkokMsOfDay(instant: Date): number {
  return floorMod(epochMs(instant) + BANGKOK_OFFSET_MS, MS_PER_DAY);
}

/** Whole minutes since Bangkok midnight (0 … 1439). */
export function bangkokMinutesOfDay(instant: Date): number {
  return Math.floor(bangkokMsOfDay(instant) / MS_PER_MINUTE);
}

/** Minutes since midnight of a wall-clock time "HH:MM" (00:00 … 24:00). */
export function parseHhmm(hhmm: string): number {
  const ok = typeof hhmm === "string" && hhmm.length === 5 && hhmm.charCodeAt(2) === 58;
  const h = ok ? digits(hhmm, 0, 2) : -1;
  const m = ok ? digits(hhmm, 3, 2) : -1;
  if (h < 0 || m < 0 || m > 59 || h * 60 + m > 24 * 60) throw new RangeError(`Not a time (HH:MM): ${String(hhmm)}`);
  return h * 60 + m;
}

/** The instant of a Bangkok wall-clock time on a Bangkok date. */
export function bangkokInstant(date: string, hhmm: string): Date {
  return instantAt(toDayNumber(date), parseHhmm(hhmm) * MS_PER_MINUTE);
}

/** The instant `msOfDay` after Bangkok midnight of a day number. */
export function instantAt(dayNumber: number, msOfDay: number): Date {
  return new Date(dayNumber * MS_PER_DAY + msOfDay - BANGKOK_OFFSET_MS);
}
