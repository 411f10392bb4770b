// The staff view of one request: scope check (O4: only staff whose role needs it see
// personal data in full) and a one-language view model.
import { can, inScope, isStaffRole } from "~/domain/auth/permissions";
import { DUE_DATE_MOVED, parseMoveNote } from "~/domain/holidays/move-note";
import { maskApplicantId, maskPhoneNumber as maskPhone } from "~/domain/identity/mask-applicant";
import type { Language } from "~/i18n/config";
import { getRequestForStaff } from "~/models/request.server";
import type { StaffUser } from "~/models/user.server";

export async function requireRequestInScope(user: StaffUser, trackingNumber: string | undefined) {
  const request = trackingNumber ? await getRequestForStaff(trackingNumber) : null;
  if (!request) throw new Response("Not found", { status: 404 });
  if (!isStaffRole(user.role) || !inScope({ role: user.role, serviceCenterId: user.serviceCenterId, agencyId: user.agencyId }, request)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return request;
}

// `personal` says whether personal data may be shown in full: on screen only to roles that
// need it; never on printed receipts and records, which leave the office.
export function toRequestView(r: Awaited<ReturnType<typeof requireRequestInScope>>, lng: Language, { personal }: { personal: boolean }) {
  const pick = (th: string, en: string) => (lng === "th" ? th : en) || th;
  const docName = new Map(r.manualVersion.documents.map((d) => [d.id, pick(d.nameTh, d.nameEn)]));
  return {
    id: r.id,
    trackingNumber: r.trackingNumber,
    status: r.status,
    channel: r.channel,
    permit: { slug: r.permit.slug, name: pick(r.manualVersion.nameTh, r.manualVersion.nameEn), version: r.manualVersion.version },
    total: { value: r.manualVersion.totalValue, unit: r.manualVersion.totalUnit as "working_days" },
    agency: pick(r.agency.nameTh, r.agency.nameEn),
    center: r.serviceCenter ? { code: r.serviceCenter.code, name: pick(r.serviceCenter.nameTh, r.serviceCenter.nameEn), phone: r.serviceCenter.phone } : null,
    applicant: {
      type: r.applicantType,
      name: r.applicantName,
      id: personal ? r.applicantId : maskApplicantId(r.applicantType, r.applicantId),
      phone: personal ? r.applicantPhone : maskPhone(r.applicantPhone),
      email: personal ? r.applicantEmail : r.applicantEmail ? "•••" : "",
      address: personal ? r.applicantAddress : "•••",
      language: r.preferredLanguage,
      noticesByEmail: r.noticesByEmail,
      masked: !personal,
    },
    receivedOn: r.receivedOn,
    completeOn: r.completeOn,
    dueDate: r.dueDate,
    abandonedOn: r.abandonedOn,
    withdrawnOn: r.withdrawnOn,
    checklist: r.manualVersion.documents.map((d) => {
      const checked = r.documents.find((x) => x.manualDocumentId === d.id);
      // An online request not yet checked has no checklist rows: "not checked", not "missing".
      const status = checked?.status ?? (r.status === "submitted" ? "unchecked" : "missing");
      const files = r.files.filter((f) => f.manualDocumentId === d.id && f.uploadedBy === "applicant").map((f) => ({ id: f.id, name: f.fileName, size: f.size }));
      return { id: d.id, group: d.group, name: pick(d.nameTh, d.nameEn), originals: d.originals, copies: d.copies, condition: pick(d.conditionTh, d.conditionEn), status, note: checked?.note ?? "", files };
    }),
    deficiencyRecords: r.deficiencyRecords.map((rec) => ({
      ...rec,
      items: rec.items.map((i) => ({ ...i, name: docName.get(i.manualDocumentId) ?? "?" })),
    })),
    // T7: a due date moved by a holiday change carries its reason as data, shown translated.
    events: r.events.map((e) => ({ ...e, at: e.at.toISOString(), moved: e.type === DUE_DATE_MOVED ? parseMoveNote(e.note) : null })),
    decision: r.decision ? { decision: r.decision, decidedOn: r.decidedOn!, reasons: r.decisionReasons, appealInfo: r.appealInfo, resultNoticeDueOn: r.resultNoticeDueOn, resultNotifiedOn: r.resultNotifiedOn } : null,
    steps: r.steps.map((s) => ({ position: s.position, title: pick(s.titleTh, s.titleEn), unit: pick(s.unitTh, s.unitEn), dueDate: s.dueDate, completedOn: s.completedOn })),
    // Internal notes and the office's own attachments: staff only, never on the tracking page.
    notes: r.notes.map((n) => ({ at: n.at.toISOString(), body: n.body })),
    attachments: r.files.filter((f) => f.uploadedBy === "staff").map((f) => ({ id: f.id, name: f.fileName, size: f.size })),
    notices: r.notices,
    complaintChannels: r.manualVersion.complaintChannels.map((c) => ({ name: pick(c.nameTh, c.nameEn), detail: pick(c.detailTh, c.detailEn) })),
  };
}
export type RequestView = ReturnType<typeof toRequestView>;

export const mayViewPersonalData = (user: StaffUser) => can(user.role, "request.viewPersonalData");
