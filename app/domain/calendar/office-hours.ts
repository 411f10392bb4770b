// T5: periods in minutes or hours run only while the office is open: default 08:30–16:30
// Monday to Friday minus holidays, with the 12:00–13:00 lunch break closed (7 hours a day).
// Configurable per service center.
import {
  bangkokDayNumber,
  bangkokMsOfDay,
  fromDayNumber,
  instantAt,
  MS_PER_MINUTE,
  parseHhmm,
  toDayNumber,
} from "./bangkok-date";
import type { WorkCalendar } from "./work-calendar";

export type OfficeHours = { opensAt: string; closesAt: string; lunchStart?: string; lunchEnd?: string };

export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  opensAt: "08:30",
  closesAt: "16:30",
  lunchStart: "12:00",
  lunchEnd: "13:00",
});

/** One office day in ms since Bangkok midnight; without a lunch break lunch is [close, close). */
export type OfficeDay = { open: number; lunchStart: number; lunchEnd: number; close: number; morning: number; total: number };

export function officeDay(hours: OfficeHours): OfficeDay {
  const ms = (hhmm: string) => parseHhmm(hhmm) * MS_PER_MINUTE;
  const open = ms(hours.opensAt);
  const close = ms(hours.closesAt);
  if ((hours.lunchStart === undefined) !== (hours.lunchEnd === undefined)) {
    throw new RangeError("Office hours need both lunchStart and lunchEnd, or neither");
  }
  const lunchStart = hours.lunchStart === undefined ? close : ms(hours.lunchStart);
  const lunchEnd = hours.lunchEnd === undefined ? close : ms(hours.lunchEnd);
  if (!(open < close && open < lunchStart && lunchStart <= lunchEnd && lunchEnd <= close)) {
    throw new RangeError(`Office hours out of order: ${JSON.stringify(hours)}`);
  }
  return { open, lunchStart, lunchEnd, close, morning: lunchStart - open, total: close - lunchEnd + (lunchStart - open) };
}

/** Office time already elapsed on a working day at clock time t. */
function usedBefore(day: OfficeDay, t: number): number {
  const morning = Math.min(Math.max(t - day.open, 0), day.morning);
  return morning + Math.min(Math.max(t - day.lunchEnd, 0), day.close - day.lunchEnd);
}

/** The earliest clock time at which `used` office time has elapsed (0 < used ≤ total). */
function clockAt(day: OfficeDay, used: number): number {
  return used <= day.morning ? day.open + used : day.lunchEnd + (used - day.morning);
}

export type OfficeDue = { instant: Date; date: string };

/**
 * T5: the instant a limit of `minutes` office minutes runs out. A start outside office hours
 * begins at the next opening, a start in the lunch break at its end. A limit that runs out
 * exactly at closing (or at lunch) ends then, on that day. O(1): whole days are skipped with
 * addWorkingDays, never walked.
 */
export function addOfficeMinutes(start: Date, minutes: number, calendar: WorkCalendar, hours: OfficeHours = calendar.hours): OfficeDue {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Not a non-negative number of minutes: ${minutes}`);
  const day = officeDay(hours);
  const need = Math.round(minutes * MS_PER_MINUTE);
  const startDate = fromDayNumber(bangkokDayNumber(start));
  let date = startDate;
  let t = bangkokMsOfDay(start);
  if (!calendar.isWorkingDay(startDate)) {
    date = calendar.rollForward(startDate);
    t = day.open;
  } else if (t >= day.close) {
    date = calendar.nextWorkingDay(startDate);
    t = day.open;
  }
  if (t < day.open) t = day.open;
  if (t >= day.lunchStart && t < day.lunchEnd) t = day.lunchEnd;

  const usedToday = usedBefore(day, t);
  let clock: number;
  if (need === 0) clock = t;
  else if (need <= day.total - usedToday) clock = clockAt(day, usedToday + need);
  else {
    const rest = need - (day.total - usedToday);
    const days = Math.ceil(rest / day.total);
    date = calendar.addWorkingDays(date, days);
    clock = clockAt(day, rest - (days - 1) * day.total);
  }
  return { instant: instantAt(toDayNumber(date), clock), date };
}

/** A service center's stored hours (nullable lunch columns) as the clock's OfficeHours (T5). */
export function officeHoursOf(center: { opensAt: string; closesAt: string; lunchStart: string | null; lunchEnd: string | null }): OfficeHours {
  return { opensAt: center.opensAt, closesAt: center.closesAt, lunchStart: center.lunchStart ?? undefined, lunchEnd: center.lunchEnd ?? undefined };
}
