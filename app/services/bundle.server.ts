// Filing a bundle (issue 10): several permits of a guide in one visit, in one transaction.
// One applicant record and one checklist for the documents (a document several permits need
// is checked once and counts for each); one bundle tracking number and one per permit, all
// from the series of the counter (or ONLINE) in that order, so the series stays unique and
// without gaps (decision 0004). Each request is routed to its permit's agency, keeps its own
// clock (R8.5, R10.1) and, when something is missing, its own deficiency record (R8.2, R8.3).
import { officeHoursOf, toBangkokDate } from "~/domain/calendar";
import { answersToSearch, lineId } from "~/domain/guides";
import { createBundle, findBundleNumberByIdempotencyKey } from "~/models/bundle.server";
import { appendEvents, applicantColumns, fileOnce, issueTrackingNumber } from "~/models/request.server";
import { deleteStagedRows, listStagedForFiling, type StagedForFiling } from "~/models/staged-upload.server";
import type { StaffUser } from "~/models/user.server";
import type { ApplicantInput, CheckStatus, IntakeInput } from "~/schemas/intake";
import { isComplete } from "~/schemas/intake";
import { ONLINE_SERIES } from "./apply.server";
import { fileField, formKeyHash, missingDocuments, type OnlineBundleErrors } from "./bundle-uploads.server";
import { getWorkCalendar } from "./calendar.server";
import type { BundlePlan } from "./guides.server";
import { checklistError, chooseCureDeadline, fileCounterRequest, type CounterFiling } from "./intake.server";
import { noticeRow, renderNotice } from "./notices.server";
import { newStorageKey, storage } from "./storage.server";
import { removeBytes } from "./uploads.server";

export type BundleOutcome = { ok: true; trackingNumber: string } | { ok: false; errors: Record<string, string>; values?: Record<string, string> };

// R8.1 per permit: every document of its manual gets the status of the one line that answers it.
export function permitChecklists(plan: Pick<BundlePlan, "permits" | "documents">, lines: readonly { id: string; status: CheckStatus; note: string }[]) {
  const byLine = new Map(lines.map((l) => [l.id, l]));
  const byDocument = new Map<string, { status: CheckStatus; note: string }>();
  for (const d of plan.documents) for (const u of d.usedBy) byDocument.set(u.documentId, byLine.get(lineId(d))!);
  return plan.permits.map((p) => ({ permit: p, documents: p.documents.map((d) => ({ id: d.id, ...byDocument.get(d.id)! })) }));
}

const guideOf = (plan: BundlePlan) => ({ slug: plan.guide.slug, titleTh: plan.guide.titleTh, titleEn: plan.guide.titleEn });
const answersOf = (plan: BundlePlan) => {
  const files = plan.permits.map((p) => `file=${encodeURIComponent(p.slug)}`).join("&");
  return [answersToSearch(plan.guide.definition.questions, plan.outcome.answers.answers), files].filter(Boolean).join("&");
};
const manualOf = (p: BundlePlan["permits"][number]) => ({ id: p.permitId, agencyId: p.agencyId, manual: { id: p.versionId, nameTh: p.name.th, nameEn: p.name.en, totalValue: p.total.value, totalUnit: p.total.unit } });

export async function submitCounterBundle(user: StaffUser, plan: BundlePlan, input: IntakeInput, at: Date): Promise<BundleOutcome> {
  if (!user.serviceCenterId || !user.serviceCenter) throw new Response("Counter staff must belong to a service center", { status: 403 });
  const center = user.serviceCenter;
  // Only permits this center takes (the manual's channels name it).
  if (plan.permits.some((p) => !p.serviceCenterIds.includes(user.serviceCenterId!))) return { ok: false, errors: { form: "guides:intake.notAtThisCenter" } };
  const lines = plan.documents.map((d) => ({ id: lineId(d), conditionTh: d.condition?.th ?? "", conditionEn: d.condition?.en ?? "" }));
  const checklistErrors = checklistError(lines, input.documents);
  if (checklistErrors) return { ok: false, errors: checklistErrors };

  const today = toBangkokDate(at);
  const checklists = permitChecklists(plan, input.documents);
  let cure: string | null = null;
  if (!checklists.every((c) => isComplete(c.documents))) {
    const chosen = await chooseCureDeadline(today, input.cureDeadline);
    if (!chosen.ok) return { ok: false, errors: { cureDeadline: "validation:cureDeadlineTooEarly" }, values: { minimum: chosen.minimum } };
    cure = chosen.cure;
  }
  const buddhistYear = Number(today.slice(0, 4)) + 543;
  const calendar = await getWorkCalendar();
  const ctx: Omit<CounterFiling, "bundleId"> = { user, centerCode: center.code, at, today, calendar, hours: officeHoursOf(center), cure, signatures: input, applicant: input, idempotencyKey: null };
  const trackingNumber = await fileOnce(
    input.idempotencyKey,
    async (tx) => {
      const number = await issueTrackingNumber(tx, center.code, buddhistYear);
      const bundle = await createBundle(tx, { trackingNumber: number, guide: guideOf(plan), answers: answersOf(plan), channel: "counter", serviceCenterId: user.serviceCenterId, applicant: input, at, today, idempotencyKey: input.idempotencyKey, createdById: user.id });
      for (const c of checklists) await fileCounterRequest(tx, { ...ctx, bundleId: bundle.id }, { series: center.code, buddhistYear }, manualOf(c.permit), c.documents);
      return number;
    },
    findBundleNumberByIdempotencyKey,
  );
  return { ok: true, trackingNumber };
}

// ── Online (E1) ───────────────────────────────────────────────────────────────────────────

/**
 * E1: each request waits in "submitted" until its agency checks completeness; its clock starts
 * only then (R8.5). The documents are the files kept for the form (bundle-uploads.server): a
 * document several permits need was given once and is copied into each request's file (each
 * agency keeps its own copy, like the paper copies). The form's key is its idempotency key.
 */
export async function submitOnlineBundle(plan: BundlePlan, applicant: ApplicantInput, formKey: string, at: Date): Promise<{ ok: true; trackingNumber: string } | { ok: false; errors: OnlineBundleErrors }> {
  const idempotencyKey = `online-bundle-${formKey}`;
  // Sent again after it was filed (a reload, a second click): the filing is the answer, though
  // its files are no longer kept for the form.
  const filedBefore = await findBundleNumberByIdempotencyKey(idempotencyKey);
  if (filedBefore) return { ok: true, trackingNumber: filedBefore.trackingNumber };
  const errors: OnlineBundleErrors = plan.permits.some((p) => !p.online) ? { form: { key: "guides:apply.notOnline" } } : {};
  // The bytes first: a file the sweep purged a moment ago (a form left open a day) is not kept.
  const staged: (StagedForFiling & { bytes: Uint8Array })[] = [];
  for (const file of await listStagedForFiling(formKeyHash(formKey))) {
    const bytes = await storage().get(file.storageKey);
    if (bytes) staged.push({ ...file, bytes });
  }
  // Documents the manuals always require need a file; conditional ones only when they apply.
  const kept = new Set(plan.documents.filter((d) => staged.some((f) => f.lineId === lineId(d))).map(fileField));
  Object.assign(errors, missingDocuments(plan.documents, kept));
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // Bytes first (one copy for each request that needs the document), rows in the transaction:
  // a row never points at bytes that were not written; if the transaction fails they go again.
  const rows: { permitSlug: string; manualDocumentId: string; storageKey: string; file: { name: string; mediaType: string; size: number; sha256: string } }[] = [];
  for (const d of plan.documents) {
    for (const file of staged.filter((f) => f.lineId === lineId(d))) {
      for (const u of d.usedBy) {
        const storageKey = newStorageKey();
        await storage().put(storageKey, file.bytes);
        rows.push({ permitSlug: u.slug, manualDocumentId: u.documentId, storageKey, file: { name: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256 } });
      }
    }
  }
  const today = toBangkokDate(at);
  const buddhistYear = Number(today.slice(0, 4)) + 543;
  let issued = "";
  try {
    const trackingNumber = await fileOnce(
      idempotencyKey,
      async (tx) => {
        const number = await issueTrackingNumber(tx, ONLINE_SERIES, buddhistYear);
        issued = number;
        const bundle = await createBundle(tx, { trackingNumber: number, guide: guideOf(plan), answers: answersOf(plan), channel: "online", serviceCenterId: null, applicant, at, today, idempotencyKey, createdById: null });
        for (const p of plan.permits) {
          const requestNumber = await issueTrackingNumber(tx, ONLINE_SERIES, buddhistYear);
          const request = await tx.request.create({
            data: {
              trackingNumber: requestNumber,
              permitId: p.permitId,
              manualVersionId: p.versionId,
              agencyId: p.agencyId,
              channel: "online",
              ...applicantColumns(applicant),
              status: "submitted",
              receivedAt: at,
              receivedOn: today,
              bundleId: bundle.id,
            },
            select: { id: true },
          });
          await tx.storedFile.createMany({
            data: rows
              .filter((r) => r.permitSlug === p.slug)
              .map((r) => ({ storageKey: r.storageKey, fileName: r.file.name, mediaType: r.file.mediaType, size: r.file.size, sha256: r.file.sha256, manualDocumentId: r.manualDocumentId, requestId: request.id, uploadedBy: "applicant", createdAt: at })),
          });
          await appendEvents(tx, [{ requestId: request.id, at, actorId: null, actorRole: "applicant", type: "submitted", fromStatus: null, toStatus: "submitted", note: `online bundle ${number}` }]);
          const receipt = await renderNotice({ ...applicant, permit: { th: p.name.th, en: p.name.en } }, { kind: "receipt", dueOn: today, trackingNumber: requestNumber });
          await tx.notice.create({ data: noticeRow(request.id, receipt, at) });
        }
        // The files filed now live in the requests: their kept rows go with the filing.
        await deleteStagedRows(staged.map((f) => f.id), tx);
        return number;
      },
      findBundleNumberByIdempotencyKey,
    );
    // A form sent twice at once: the first filing is the answer and this one's copies are not
    // needed. The filing that won removes the kept bytes its rows no longer point at.
    await removeBytes(trackingNumber === issued ? staged.map((f) => f.storageKey) : rows.map((r) => r.storageKey));
    return { ok: true, trackingNumber };
  } catch (error) {
    await removeBytes(rows.map((r) => r.storageKey));
    throw error;
  }
}
