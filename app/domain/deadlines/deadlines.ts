// Due dates of a request (R8.5, R10.1) and of its deficiency record (R8.2, R8.4), from the
// period rules T2–T5. Pure: "today" and every instant are passed in.
import type { TimeLimit } from "../manual/vocabulary";
import {
  addOfficeMinutes,
  bangkokInstant,
  isIsoDate,
  toBangkokDate,
  type OfficeHours,
  type WorkCalendar,
} from "../calendar";

/**
 * When a period starts: a Bangkok date, or an exact instant (a counter event). Only the date
 * matters for day limits (T2 counts from the next day); hour limits need the time (T5).
 */
export type PeriodStart = string | { instant: Date };
export type Due = { dueDate: string; dueAt?: Date };

type Anchor = { date: string; instant: Date };

function anchorOf(start: PeriodStart, hours: OfficeHours): Anchor {
  if (typeof start === "string") {
    // A date-only completion is taken to have happened at opening time: the strictest reading
    // for the office, so the applicant never loses office hours to an unknown time of day.
    return { date: start, instant: bangkokInstant(start, hours.opensAt) };
  }
  return { date: toBangkokDate(start.instant), instant: start.instant };
}

function officeMinutes(limit: TimeLimit): number {
  if (!Number.isFinite(limit.value) || limit.value < 0) throw new RangeError(`Not a time limit: ${JSON.stringify(limit)}`);
  return limit.unit === "hours" ? limit.value * 60 : limit.value;
}

function dueAfter(anchor: Anchor, limit: TimeLimit, calendar: WorkCalendar, hours: OfficeHours): Due {
  switch (limit.unit) {
    case "working_days":
      return { dueDate: calendar.addWorkingDays(anchor.date, limit.value) }; // T2, T3
    case "calendar_days":
      return { dueDate: calendar.addCalendarDays(anchor.date, limit.value) }; // T2, T4
    case "hours":
    case "minutes": {
      const due = addOfficeMinutes(anchor.instant, officeMinutes(limit), calendar, hours); // T5
      return { dueDate: due.date, dueAt: due.instant };
    }
    default:
      throw new RangeError(`Unknown time unit (R7.6): ${String((limit as TimeLimit).unit)}`);
  }
}

/** The due date, and for hour limits the instant, of a period that starts at `start`. */
export function computeDue(start: PeriodStart, limit: TimeLimit, calendar: WorkCalendar, hours: OfficeHours = calendar.hours): Due {
  return dueAfter(anchorOf(start, hours), limit, calendar, hours);
}

/**
 * R10.1: the decision is due `limit` (the manual's total time) after the request became
 * complete (R8.5: acceptance, or the day the last missing item was supplied). For hour limits
 * the due date is the Bangkok date on which the limit runs out.
 */
export function decisionDueDate(completedOn: PeriodStart, limit: TimeLimit, calendar: WorkCalendar, hours?: OfficeHours): string {
  return computeDue(completedOn, limit, calendar, hours).dueDate;
}

/**
 * R7.1: each step's due date, the steps run one after another: a step starts when the previous
 * one falls due. After a day limit, the next step starts from that due date (T2: its first day
 * is not counted) and, for an hour limit, at closing time of that date: the previous step may
 * use its whole last day, so its office hours are not counted twice.
 */
export function stepDueDates(
  completedOn: PeriodStart,
  steps: readonly { duration: TimeLimit }[],
  calendar: WorkCalendar,
  hours: OfficeHours = calendar.hours,
): string[] {
  let anchor = anchorOf(completedOn, hours);
  return steps.map((step) => {
    const due = dueAfter(anchor, step.duration, calendar, hours);
    anchor = { date: due.dueDate, instant: due.dueAt ?? bangkokInstant(due.dueDate, hours.closesAt) };
    return due.dueDate;
  });
}

/** R8.2: the cure deadline written on the deficiency record; the caller passes the limit. */
export function cureDeadline(issuedOn: PeriodStart, limit: TimeLimit, calendar: WorkCalendar, hours?: OfficeHours): string {
  return computeDue(issuedOn, limit, calendar, hours).dueDate;
}

/** R8.4: the applicant has the whole cure deadline day; the request is abandoned from the day after. */
export function isDeficiencyExpired(cureDeadlineDate: string, today: string): boolean {
  if (!isIsoDate(cureDeadlineDate) || !isIsoDate(today)) throw new RangeError("Dates must be YYYY-MM-DD");
  return today > cureDeadlineDate;
}
