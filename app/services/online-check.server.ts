// The completeness check of an online request (R8.1–R8.3, E1): the agency's staff go through
// the same checklist as at the counter. Complete → accepted, the clock starts that day (R8.5).
// Incomplete → the one deficiency record (R8.3), sent electronically; the applicant
// acknowledges it and uploads the missing items on the tracking page (R8.2).
import { toBangkokDate } from "~/domain/calendar";
import { computeDue } from "~/domain/deadlines";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import { transition, type RequestState, type Role } from "~/domain/requests/lifecycle";
import { appendEvents, findRequestForCheck } from "~/models/request.server";
import type { StaffUser } from "~/models/user.server";
import { isComplete, type CompletenessCheckInput } from "~/schemas/intake";
import { prisma } from "~/utils/db.server";
import { getWorkCalendar } from "./calendar.server";
import { checklistError, chooseCureDeadline, deficiencyItems, loadManualVersion } from "./intake.server";
import { recordNotice, renderNotice } from "./notices.server";

export type CheckOutcome = { ok: true } | { ok: false; status: number; errors: Record<string, string>; values?: Record<string, string> };

export async function checkOnlineRequest(user: StaffUser, requestId: string, input: CompletenessCheckInput, at: Date): Promise<CheckOutcome> {
  const r = await findRequestForCheck(requestId);
  if (!r || r.channel !== "online") return { ok: false, status: 404, errors: { form: "errors.notAllowedInState" } };
  const complete = isComplete(input.documents);
  const today = toBangkokDate(at);
  const allowed = transition(r.status as RequestState, complete ? "accept_complete" : "record_deficiency", {
    role: user.role as Role,
    today,
    deficiencyRecords: r._count.deficiencyRecords,
    approvedExceptions: r.events.length,
  });
  // An online request is checked once, from "submitted"; later records go through R8.3's exception.
  if (!allowed.ok || r.status !== "submitted") return { ok: false, status: allowed.ok ? 409 : allowed.reason === "errors.roleNotAllowed" ? 403 : 409, errors: { form: allowed.ok ? "errors.notAllowedInState" : allowed.reason } };
  const manual = await loadManualVersion(r.manualVersionId);
  const checklist = checklistError(manual.documents, input.documents);
  if (checklist) return { ok: false, status: 400, errors: checklist };

  const calendar = await getWorkCalendar();
  let cure: string | null = null;
  if (!complete) {
    const chosen = await chooseCureDeadline(today, input.cureDeadline);
    if (!chosen.ok) return { ok: false, status: 400, errors: { cureDeadline: "validation:cureDeadlineTooEarly" }, values: { minimum: chosen.minimum } };
    cure = chosen.cure;
  }
  const due = complete ? computeDue({ instant: at }, { value: manual.totalValue, unit: manual.totalUnit as TimeUnit }, calendar).dueDate : null;
  const addressee = { ...r, permit: { th: manual.nameTh, en: manual.nameEn } };
  const notice = cure ? await renderNotice(addressee, { kind: "deficiency", dueOn: today, trackingNumber: r.trackingNumber, date: cure }) : null;

  await prisma.$transaction(async (tx) => {
    // Only from "submitted": a second check racing this one changes nothing.
    const { count } = await tx.request.updateMany({
      where: { id: r.id, status: "submitted" },
      data: complete ? { status: "accepted", completeOn: today, dueDate: due } : { status: "incomplete" },
    });
    if (count === 0) return;
    await tx.requestDocument.createMany({ data: input.documents.map((d) => ({ requestId: r.id, manualDocumentId: d.id, status: d.status, note: d.note })) });
    const actor = { requestId: r.id, at, actorId: user.id, actorRole: user.role, fromStatus: "submitted" };
    if (complete) {
      await appendEvents(tx, [{ ...actor, type: "accepted", toStatus: "accepted", note: `due ${due}` }]);
      return;
    }
    await tx.deficiencyRecord.create({
      data: {
        requestId: r.id,
        sequence: 1,
        issuedOn: today,
        cureDeadline: cure!,
        signedOnPaper: false,
        createdById: user.id,
        items: { create: deficiencyItems(input.documents) },
      },
    });
    await appendEvents(tx, [{ ...actor, type: "deficiency_recorded", toStatus: "incomplete", note: `cure by ${cure}; sent electronically` }]);
    await recordNotice(tx, r.id, notice!, at);
  });
  return { ok: true };
}
