// Every computed date can explain itself (O2: the applicant sees why a due date falls where it
// does). These walk day by day, which is fine for display; the due dates themselves come from
// the O(1) calendar, and the tests check that both agree.
import { addDays, weekday } from "./bangkok-date";
import type { WorkCalendar } from "./work-calendar";

export type SkippedDay = {
  date: string;
  reason: "weekend" | "holiday";
  /** Present for a holiday, and for a holiday that fell on a weekend (no effect of its own). */
  holiday?: { nameTh: string; nameEn: string };
};

export type DueDateExplanation = {
  start: string;
  dueDate: string;
  /** Days that counted toward the limit, in order (T2: never the start day). */
  counted: string[];
  /** Days inside the period that did not count, and why (T3). */
  skipped: SkippedDay[];
  /** T4: a calendar-day period that ended on a non-working day moved to the next working day. */
  rolledForward?: { from: string; to: string; skipped: SkippedDay[] };
};

/** Why a non-working day is closed; undefined for a working day. */
export function whyClosed(date: string, calendar: WorkCalendar): SkippedDay | undefined {
  if (calendar.isWorkingDay(date)) return undefined;
  const h = calendar.holidayOn(date);
  const holiday = h && { nameTh: h.nameTh, nameEn: h.nameEn };
  const wd = weekday(date);
  const reason = wd === 0 || wd === 6 ? "weekend" : "holiday";
  return holiday ? { date, reason, holiday } : { date, reason };
}

/** Closed days d with from ≤ d < to. */
function closedBetween(from: string, to: string, calendar: WorkCalendar): SkippedDay[] {
  const out: SkippedDay[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) {
    const why = whyClosed(d, calendar);
    if (why) out.push(why);
  }
  return out;
}

/** T2 + T3: which days counted toward n working days after start, which were skipped and why. */
export function explainWorkingDays(start: string, n: number, calendar: WorkCalendar): DueDateExplanation {
  const dueDate = calendar.addWorkingDays(start, n);
  const counted: string[] = [];
  const skipped: SkippedDay[] = [];
  for (let d = addDays(start, 1); counted.length < n; d = addDays(d, 1)) {
    const why = whyClosed(d, calendar);
    if (why) skipped.push(why);
    else counted.push(d);
  }
  return { start, dueDate, counted, skipped };
}

/** T2 + T4: every calendar day counts; only the end moves when it is not a working day. */
export function explainCalendarDays(start: string, n: number, calendar: WorkCalendar): DueDateExplanation {
  const dueDate = calendar.addCalendarDays(start, n);
  const end = addDays(start, n);
  const counted: string[] = [];
  for (let i = 1; i <= n; i++) counted.push(addDays(start, i));
  if (dueDate === end) return { start, dueDate, counted, skipped: [] };
  return { start, dueDate, counted, skipped: [], rolledForward: { from: end, to: dueDate, skipped: closedBetween(end, dueDate, calendar) } };
}
