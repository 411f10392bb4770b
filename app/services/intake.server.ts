// Counter intake (R8.1–R8.3, R8.5): one transaction creates the request bound to the manual
// version in force (R7.4), its checklist, and either starts the clock (complete) or issues the
// one deficiency record (incomplete). A resubmitted form (same idempotency key) creates nothing.
import { officeHoursOf, toBangkokDate, type OfficeHours, type WorkCalendar } from "~/domain/calendar";
import { computeDue, cureDeadline } from "~/domain/deadlines";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import { appendEvents, applicantColumns, assignTrackingNumber, checklistDocuments, fileOnce, provisionalTrackingNumber, type Tx } from "~/models/request.server";
import type { StaffUser } from "~/models/user.server";
import { isComplete, type ApplicantInput, type CheckStatus, type IntakeInput } from "~/schemas/intake";
import { now } from "~/utils/clock.server";
import { prisma } from "~/utils/db.server";
import { memo } from "~/utils/memo.server";
import { env } from "~/utils/env.server";
import { getWorkCalendar } from "./calendar.server";
import { renderNotice } from "./notices.server";

export type IntakeOutcome = { ok: true; trackingNumber: string } | { ok: false; errors: Record<string, string>; values?: Record<string, string> };

// A published manual version never changes (R7.4), so its checklist is cached by version id.
const versionCache = memo<Awaited<ReturnType<typeof loadVersion>>>(60_000);

function loadVersion(versionId: string) {
  return prisma.manualVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { id: true, status: true, nameTh: true, nameEn: true, totalValue: true, totalUnit: true, documents: checklistDocuments },
  });
}

// A manual version by id (a draft stays bound to the version it was started under).
export function loadManualVersion(versionId: string) {
  return versionCache.get(versionId, () => loadVersion(versionId));
}
export type ManualVersionChecklist = Awaited<ReturnType<typeof loadManualVersion>>;

export async function loadIntakeManual(slug: string) {
  const permit = await prisma.permit.findUnique({ where: { slug }, select: { id: true, slug: true, agencyId: true, currentVersionId: true } });
  if (!permit?.currentVersionId) throw new Response("Not found", { status: 404 });
  const manual = await versionCache.get(permit.currentVersionId, () => loadVersion(permit.currentVersionId!));
  if (manual.status !== "published") throw new Response("Not found", { status: 404 });
  return { ...permit, manual };
}
export type IntakeManual = Awaited<ReturnType<typeof loadIntakeManual>>;

// R8.1: the checklist is the manual version's document list, item by item — nothing more,
// nothing less; "not applicable" only for a conditional document. Null when it matches.
export function checklistError(
  manualDocuments: readonly { id: string; conditionTh: string; conditionEn: string }[],
  documents: readonly { id: string; status: string }[],
): Record<string, string> | null {
  const manualDocs = new Map(manualDocuments.map((d) => [d.id, d]));
  const ids = documents.map((d) => d.id);
  if (ids.length !== manualDocs.size || new Set(ids).size !== ids.length || ids.some((id) => !manualDocs.has(id))) {
    return { documents: "validation:checklistIncomplete" };
  }
  for (const [i, d] of documents.entries()) {
    const doc = manualDocs.get(d.id)!;
    if (d.status === "not_applicable" && !doc.conditionTh && !doc.conditionEn) return { [`documents.${i}.status`]: "validation:choose" };
  }
  return null;
}

export async function defaultCureDeadline(today: string): Promise<string> {
  return cureDeadline(today, { value: env().CURE_PERIOD_WORKING_DAYS, unit: "working_days" }, await getWorkCalendar());
}

// R8.2: the officer may give the applicant longer than the default cure period, never less.
export async function chooseCureDeadline(today: string, asked: string): Promise<{ ok: true; cure: string } | { ok: false; minimum: string }> {
  const minimum = await defaultCureDeadline(today);
  if (asked && asked < minimum) return { ok: false, minimum };
  return { ok: true, cure: asked || minimum };
}

// The items of a deficiency record: every checklist item found missing or defective.
export function deficiencyItems(documents: readonly { id: string; status: string; note: string }[]) {
  return documents.filter((d) => d.status === "missing" || d.status === "defective").map((d) => ({ manualDocumentId: d.id, problem: d.status, note: d.note }));
}

export async function submitCounterIntake(user: StaffUser, permit: IntakeManual, input: IntakeInput): Promise<IntakeOutcome> {
  if (!user.serviceCenterId || !user.serviceCenter) throw new Response("Counter staff must belong to a service center", { status: 403 });

  const checklistErrors = checklistError(permit.manual.documents, input.documents);
  if (checklistErrors) return { ok: false, errors: checklistErrors };

  const at = now();
  const today = toBangkokDate(at);
  const calendar = await getWorkCalendar();
  const complete = isComplete(input.documents);
  const center = user.serviceCenter;
  const hours = officeHoursOf(center);

  let cure: string | null = null;
  if (!complete) {
    const chosen = await chooseCureDeadline(today, input.cureDeadline);
    if (!chosen.ok) return { ok: false, errors: { cureDeadline: "validation:cureDeadlineTooEarly" }, values: { minimum: chosen.minimum } };
    cure = chosen.cure;
  }
  const buddhistYear = Number(today.slice(0, 4)) + 543;
  const ctx: CounterFiling = { user, centerCode: center.code, at, today, calendar, hours, cure, signatures: input, applicant: input, idempotencyKey: input.idempotencyKey, bundleId: null };
  const trackingNumber = await fileOnce(input.idempotencyKey, async (tx) => {
    const filed = await fileCounterRequest(tx, ctx, { series: center.code, buddhistYear }, permit, input.documents);
    return filed.trackingNumber;
  });
  return { ok: true, trackingNumber };
}

export type CounterFiling = {
  user: StaffUser;
  centerCode: string;
  at: Date;
  today: string;
  calendar: WorkCalendar;
  hours: OfficeHours;
  /** The cure deadline chosen for the deficiency record, when anything is missing. */
  cure: string | null;
  signatures: { officerSignature?: string; applicantSignature?: string; signedOnPaper: boolean };
  applicant: ApplicantInput;
  idempotencyKey: string | null;
  bundleId: string | null;
};
export type FiledPermit = { id: string; agencyId: string; manual: { id: string; nameTh: string; nameEn: string; totalValue: number; totalUnit: string } };

// One counter request inside the caller's transaction: the checklist as checked (R8.1);
// accepted with its due date when nothing is missing (R8.5, R10.1), otherwise incomplete with
// its one deficiency record (R8.2, R8.3); its events (O1) and notices. Its number of the series
// is taken as late as possible (decision 0016): a resubmitted form fails on the idempotency key
// first, and the series stays locked only for the last statements. Used alone (one permit) and
// for each permit of a bundle (issue 10).
export async function fileCounterRequest(
  tx: Tx,
  ctx: CounterFiling,
  numbering: { series: string; buddhistYear: number },
  permit: FiledPermit,
  documents: readonly { id: string; status: CheckStatus; note: string }[],
) {
  const { user, at, today } = ctx;
  const complete = isComplete(documents);
  if (!complete && !ctx.cure) throw new Error("fileCounterRequest: an incomplete request needs a cure deadline");
  const limit = { value: permit.manual.totalValue, unit: permit.manual.totalUnit as TimeUnit };
  // R8.5 + R10.1: the clock starts at acceptance of a complete request; due date stored.
  const due = complete ? computeDue({ instant: at }, limit, ctx.calendar, ctx.hours).dueDate : null;
  const addressee = { ...ctx.applicant, permit: { th: permit.manual.nameTh, en: permit.manual.nameEn } };
  const request = await tx.request.create({
    data: {
      trackingNumber: provisionalTrackingNumber(),
      permitId: permit.id,
      manualVersionId: permit.manual.id,
      agencyId: permit.agencyId,
      channel: "counter",
      serviceCenterId: user.serviceCenterId,
      ...applicantColumns(ctx.applicant),
      status: complete ? "accepted" : "incomplete",
      receivedAt: at,
      receivedOn: today,
      completeOn: complete ? today : null,
      dueDate: due,
      idempotencyKey: ctx.idempotencyKey,
      bundleId: ctx.bundleId,
      createdById: user.id,
      documents: { createMany: { data: documents.map((d) => ({ manualDocumentId: d.id, status: d.status, note: d.note })) } },
    },
    select: { id: true },
  });
  const actor = { requestId: request.id, at, actorId: user.id, actorRole: user.role };
  // One insert for both events and one for the notices: the transaction holds the database.
  await appendEvents(tx, [
    { ...actor, type: "submitted", fromStatus: null, toStatus: "submitted" },
    complete
      ? { ...actor, type: "accepted", fromStatus: "submitted", toStatus: "accepted", note: `due ${due}` }
      : { ...actor, type: "deficiency_recorded", fromStatus: "submitted", toStatus: "incomplete", note: `cure by ${ctx.cure}` },
  ]);
  if (!complete) {
    await tx.deficiencyRecord.create({
      data: {
        requestId: request.id,
        sequence: 1,
        issuedOn: today,
        cureDeadline: ctx.cure!,
        officerSignature: ctx.signatures.officerSignature || null,
        applicantSignature: ctx.signatures.applicantSignature || null,
        signedOnPaper: ctx.signatures.signedOnPaper,
        createdById: user.id,
        items: { create: deficiencyItems(documents) },
      },
    });
  }
  const number = await assignTrackingNumber(tx, request.id, numbering.series, numbering.buddhistYear);
  const notices = [await renderNotice(addressee, { kind: "receipt", dueOn: today, trackingNumber: number })];
  if (!complete) notices.push(await renderNotice(addressee, { kind: "deficiency", dueOn: today, trackingNumber: number, date: ctx.cure! }));
  await tx.notice.createMany({ data: notices.map((n) => ({ requestId: request.id, ...n, createdAt: at, nextAttemptAt: n.state === "pending" ? at : null })) });
  return { id: request.id, trackingNumber: number, status: complete ? "accepted" : "incomplete", dueDate: due };
}
