// Turns request rows into list rows for a language, masking personal data (O4).
import type { WorkCalendar } from "~/domain/calendar";
import { deadlineStatus } from "~/domain/deadlines";
import { maskApplicantId } from "~/domain/identity/mask-applicant";
import type { Language } from "~/i18n/config";
import type { CounterListRow } from "~/models/counter.server";
import type { RequestRow } from "~/components/staff/request-table";

const RUNNING = ["accepted", "in_review"];

// `today` and the calendar add the status chip of a running request: on time, due in N
// working days, or overdue by N working days (from its stored due date, R10.1).
export function toListRows(rows: CounterListRow[], lng: Language, today?: string, calendar?: WorkCalendar): RequestRow[] {
  return rows.map((r) => ({
    chip: today && calendar && r.dueDate && RUNNING.includes(r.status) ? deadlineStatus(r.dueDate, today, calendar) : null,
    trackingNumber: r.trackingNumber,
    status: r.status,
    applicantName: r.applicantName,
    maskedId: maskApplicantId(r.applicantType, r.applicantId),
    permit: lng === "th" ? r.manualVersion.nameTh : r.manualVersion.nameEn,
    receivedOn: r.receivedOn,
    dueDate: r.dueDate,
    cureDeadline: r.deficiencyRecords[0] && !r.deficiencyRecords[0].curedOn ? r.deficiencyRecords[0].cureDeadline : null,
  }));
}
