// Turns request rows into list rows for a language, masking personal data (O4).
import { maskApplicantId } from "~/domain/identity/mask-applicant";
import type { Language } from "~/i18n/config";
import type { CounterListRow } from "~/models/counter.server";
import type { RequestRow } from "~/components/staff/request-table";

export function toListRows(rows: CounterListRow[], lng: Language): RequestRow[] {
  return rows.map((r) => ({
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
