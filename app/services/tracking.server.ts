// Public tracking (O2): the tracking number plus a verifier (the last 4 digits of the phone
// number or of the ID). A wrong verifier and an unknown number get the same answer, so the
// page never tells whether a number exists; attempts are rate-limited per client.
import { parseTrackingNumber } from "~/domain/requests/tracking-number";
import type { Language } from "~/i18n/config";
import { prisma } from "~/utils/db.server";

export async function findForTracking(number: string, verifier: string, lng: Language) {
  const parsed = parseTrackingNumber(number);
  const digits = verifier.replace(/\D/g, "");
  if (!parsed || digits.length !== 4) return null;
  const r = await prisma.request.findUnique({
    where: { trackingNumber: parsed.normalized },
    select: {
      trackingNumber: true,
      status: true,
      applicantPhone: true,
      applicantId: true,
      receivedOn: true,
      completeOn: true,
      dueDate: true,
      agency: { select: { nameTh: true, nameEn: true } },
      manualVersion: { select: { nameTh: true, nameEn: true, documents: { select: { id: true, nameTh: true, nameEn: true } } } },
      deficiencyRecords: { select: { issuedOn: true, cureDeadline: true, curedOn: true, items: { select: { manualDocumentId: true, problem: true, suppliedOn: true } } }, orderBy: { sequence: "desc" }, take: 1 },
      events: { select: { at: true, type: true }, orderBy: { at: "asc" } },
      notices: { select: { kind: true, subject: true, dueOn: true, state: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const matches = r && (r.applicantPhone.replace(/\D/g, "").endsWith(digits) || r.applicantId.replace(/\D/g, "").endsWith(digits));
  if (!r || !matches) return null;
  const pick = (th: string, en: string) => (lng === "th" ? th : en) || th;
  const docName = new Map(r.manualVersion.documents.map((d) => [d.id, pick(d.nameTh, d.nameEn)]));
  const record = r.deficiencyRecords[0];
  // Never a staff member's name (O2): the unit, the state, the dates.
  return {
    trackingNumber: r.trackingNumber,
    status: r.status,
    permit: pick(r.manualVersion.nameTh, r.manualVersion.nameEn),
    unit: pick(r.agency.nameTh, r.agency.nameEn),
    receivedOn: r.receivedOn,
    completeOn: r.completeOn,
    dueDate: r.dueDate,
    record: record
      ? { issuedOn: record.issuedOn, cureDeadline: record.cureDeadline, curedOn: record.curedOn, items: record.items.map((i) => ({ name: docName.get(i.manualDocumentId) ?? "", problem: i.problem, suppliedOn: i.suppliedOn })) }
      : null,
    events: r.events.map((e) => ({ at: e.at.toISOString(), type: e.type })),
    notices: r.notices,
  };
}
