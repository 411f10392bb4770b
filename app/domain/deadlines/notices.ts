// The Act's two 7-day duties after the decision period (s.10): the result notice (R10.2) and
// the delay notices every 7 days while a late request is still undecided (R10.3).
import { addDays, toDayNumber, type WorkCalendar } from "../calendar";

/** T6: calendar days by default; a setting lets a legal adviser switch to working days. */
export type SevenDayUnit = "calendar_days" | "working_days";
export const NOTICE_PERIOD_DAYS = 7;

function after(date: string, days: number, calendar: WorkCalendar, unit: SevenDayUnit): string {
  return unit === "working_days" ? calendar.addWorkingDays(date, days) : calendar.addCalendarDays(date, days);
}

/** R10.2 + T6: the result is notified within 7 days of the decision (T2, and T4 for calendar days). */
export function resultNoticeDueDate(decidedOn: string, calendar: WorkCalendar, unit: SevenDayUnit = "calendar_days"): string {
  return after(decidedOn, NOTICE_PERIOD_DAYS, calendar, unit);
}

export type DelayNotice = { k: number; periodStart: string; dueDate: string };

/**
 * R10.3 + T6. Our reading, precisely:
 * - The decision is late once its due date D has passed undecided. From then on time is cut
 *   into 7-day periods counted from D (T2: D itself is not counted). Period k runs from the
 *   day after anchor A(k-1) through anchor A(k), where A(j) = D + 7j calendar days, or the
 *   7j-th working day after D when the unit is working days.
 * - Notice k reports the delay of period k and falls due at the end of it: D + 7k calendar
 *   days rolled forward to a working day (T4), or addWorkingDays(D, 7k). Rolling moves that
 *   notice only; the next period still counts from the unrolled anchor, so rolling never
 *   accumulates.
 * - periodStart is the first day of period k (the day after A(k-1); period 1 starts at D + 1).
 * - Notice k is owed when the office was still undecided as period k began: decidedOn is
 *   absent or decidedOn ≥ periodStart. So a decision made on D (or earlier) owes none, and a
 *   decision made inside period k still owes notice k (the delay happened; OPDC gets its copy)
 *   but none after it.
 * - The schedule lists the owed notices whose due date is ≤ today (R10.3: "generates each
 *   notice when it falls due"); none exist before the due date has passed.
 */
export function delayNoticeSchedule(
  dueDate: string,
  today: string,
  calendar: WorkCalendar,
  unit: SevenDayUnit = "calendar_days",
  decidedOn?: string,
): DelayNotice[] {
  const todayN = toDayNumber(today);
  const decidedN = decidedOn === undefined ? Number.POSITIVE_INFINITY : toDayNumber(decidedOn);
  const notices: DelayNotice[] = [];
  for (let k = 1; ; k++) {
    const previousAnchor = unit === "working_days" ? calendar.addWorkingDays(dueDate, NOTICE_PERIOD_DAYS * (k - 1)) : addDays(dueDate, NOTICE_PERIOD_DAYS * (k - 1));
    const periodStart = addDays(previousAnchor, 1);
    const noticeDue = after(dueDate, NOTICE_PERIOD_DAYS * k, calendar, unit);
    if (toDayNumber(noticeDue) > todayN || toDayNumber(periodStart) > decidedN) return notices;
    notices.push({ k, periodStart, dueDate: noticeDue });
  }
}
