// One explanation for any time limit (O2): which days counted, which were skipped and why.
import type { TimeLimit } from "../manual/vocabulary";
import {
  addDays,
  addOfficeMinutes,
  bangkokInstant,
  explainCalendarDays,
  explainWorkingDays,
  toBangkokDate,
  whyClosed,
  type DueDateExplanation,
  type OfficeHours,
  type SkippedDay,
  type WorkCalendar,
} from "../calendar";
import { computeDue, type PeriodStart } from "./deadlines";

export type DueExplanation = DueDateExplanation & { limit: TimeLimit; dueAt?: Date };

export function explainDueDate(start: PeriodStart, limit: TimeLimit, calendar: WorkCalendar, hours: OfficeHours = calendar.hours): DueExplanation {
  const startDate = typeof start === "string" ? start : toBangkokDate(start.instant);
  if (limit.unit === "working_days") return { ...explainWorkingDays(startDate, limit.value, calendar), limit };
  if (limit.unit === "calendar_days") return { ...explainCalendarDays(startDate, limit.value, calendar), limit };
  // T5: the office clock runs on the working days from the day it started to the due date.
  const due = computeDue(start, limit, calendar, hours);
  const startInstant = typeof start === "string" ? bangkokInstant(start, hours.opensAt) : start.instant;
  const clockStarted = addOfficeMinutes(startInstant, 0, calendar, hours).date;
  const counted: string[] = [];
  const skipped: SkippedDay[] = [];
  for (let d = startDate; d <= due.dueDate; d = addDays(d, 1)) {
    const why = whyClosed(d, calendar);
    if (why) skipped.push(why);
    else if (d >= clockStarted) counted.push(d);
  }
  return { start: startDate, dueDate: due.dueDate, counted, skipped, limit, dueAt: due.dueAt };
}
