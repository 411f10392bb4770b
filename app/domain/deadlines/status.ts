// How a due date stands today, in working days (shown to staff and supervisors, R10.2, R10.3).
import { isIsoDate, type WorkCalendar } from "../calendar";

export type DeadlineState = "on_time" | "due_soon" | "overdue";
/** workingDays: left until the due date (on_time, due_soon), or elapsed since it (overdue). */
export type DeadlineStatus = { state: DeadlineState; workingDays: number };

/** Default warning window: due within two working days. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The office has the whole due date (T2/T4 fix the last day, not an hour), so a request is
 * overdue from the calendar day after it, even when no working day has passed yet (a Friday
 * due date seen on Saturday is overdue by 0 working days).
 */
export function deadlineStatus(
  dueDate: string,
  today: string,
  calendar: WorkCalendar,
  dueSoonWithin: number = DUE_SOON_WORKING_DAYS,
): DeadlineStatus {
  if (!isIsoDate(dueDate) || !isIsoDate(today)) throw new RangeError("Dates must be YYYY-MM-DD");
  if (today > dueDate) return { state: "overdue", workingDays: calendar.countWorkingDays(dueDate, today) };
  const left = calendar.countWorkingDays(today, dueDate);
  return { state: left <= dueSoonWithin ? "due_soon" : "on_time", workingDays: left };
}

/** Working days d with dueDate < d ≤ today; 0 when not overdue. */
export function overdueByWorkingDays(dueDate: string, today: string, calendar: WorkCalendar): number {
  return Math.max(0, calendar.countWorkingDays(dueDate, today));
}
