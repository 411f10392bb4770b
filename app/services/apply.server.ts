// Applying online (issue #5, E1): a draft per application, page by page, with save and return;
// on submission the request is filed exactly as at a counter, but waits for staff to check
// its completeness (R8.1) before the clock starts.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { redirect, type Cookie } from "@remix-run/node";
import { toBangkokDate } from "~/domain/calendar";
import { codeFromBytes, normalizeCode } from "~/domain/apply/codes";
import type { Language } from "~/i18n/config";
import { createDraft, deleteDrafts, expiredDraftIds, findDraftByKeyHash, updateDraft, type DraftRow } from "~/models/draft.server";
import { allowsOnline, findPermitSlug } from "~/models/permit.server";
import { appendEvents, applicantColumns, assignTrackingNumber, fileOnce, provisionalTrackingNumber } from "~/models/request.server";
import { attachDraftFilesToRequest, listFilesOfDraft } from "~/models/stored-file.server";
import { DraftDataSchema, type ApplicantStep, type DeclarationStep, type DraftData } from "~/schemas/apply";
import { env } from "~/utils/env.server";
import { sendMail } from "~/utils/mailer.server";
import { hit } from "~/utils/rate-limit.server";
import { signedCookie } from "~/utils/session.server";
import { loadIntakeManual, loadManualVersion } from "./intake.server";
import { noticeRow, renderNotice } from "./notices.server";
import { deleteUpload, purgeDraftFiles, saveUpload, uploadLimits, type UploadedFile } from "./uploads.server";

// Online requests are numbered in their own series, e.g. ONLINE-2569-000042-K.
export const ONLINE_SERIES = "ONLINE";

const hash = (s: string) => createHash("sha256").update(s).digest("base64url");

// The browser that started or unlocked a draft keeps its id in a signed cookie, so the pages
// open without the code; another browser needs the link and the code.
let cookie: Cookie | undefined;
function draftCookie() {
  return (cookie ??= signedCookie("anuyat_apply", { path: "/apply", maxAge: env().DRAFT_TTL_DAYS * 86_400 }));
}

async function unlockedIds(request: Request): Promise<string[]> {
  const value = await draftCookie().parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 10) : [];
}

async function unlockCookie(request: Request, draftId: string): Promise<string> {
  const ids = [draftId, ...(await unlockedIds(request)).filter((id) => id !== draftId)].slice(0, 10);
  return draftCookie().serialize(ids);
}

// A draft is kept DRAFT_TTL_DAYS from its start, and again from each "save and return".
const draftExpiry = (at: Date) => new Date(at.getTime() + env().DRAFT_TTL_DAYS * 86_400_000);

export type Draft = DraftRow & { key: string; answers: DraftData; manual: Awaited<ReturnType<typeof loadManualVersion>> };

export async function startApplication(request: Request, slug: string, lng: Language, at: Date) {
  const permit = await loadIntakeManual(slug);
  if (!(await allowsOnline(permit.manual.id))) throw new Response("Not found", { status: 404 });
  const key = randomBytes(24).toString("base64url");
  const draft = await createDraft({
    keyHash: hash(key),
    // A code nobody knows until the applicant asks to save and return.
    codeHash: hash(randomBytes(16).toString("hex")),
    permitId: permit.id,
    manualVersionId: permit.manual.id,
    language: lng,
    expiresAt: draftExpiry(at),
    at,
  });
  return { key, setCookie: await unlockCookie(request, draft.id) };
}

async function findDraft(key: string, at: Date) {
  const row = /^[A-Za-z0-9_-]{20,64}$/.test(key) ? await findDraftByKeyHash(hash(key)) : null;
  if (!row || row.expiresAt <= at) throw new Response("Not found", { status: 404 });
  return row;
}

// getX/requireX: the draft of this link, opened in this browser; otherwise to the resume page.
export async function requireDraft(request: Request, key: string | undefined, at: Date, opts: { submitted?: boolean } = {}): Promise<Draft> {
  const row = await findDraft(key ?? "", at);
  if (!(await unlockedIds(request)).includes(row.id)) throw redirect(`/apply/${key}/resume`);
  if (row.trackingNumber && !opts.submitted) throw redirect(`/apply/${key}/done`);
  if (!row.trackingNumber && opts.submitted) throw redirect(`/apply/${key}/applicant`);
  const answers = DraftDataSchema.parse(safeJson(row.data));
  return { ...row, key: key!, answers, manual: await loadManualVersion(row.manualVersionId) };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return {};
  }
}

// Each page saves its own answers; the draft object is kept in step with what was stored.
export async function saveApplicant(draft: Draft, input: ApplicantStep, at: Date) {
  draft.answers = { ...draft.answers, applicant: input };
  await updateDraft(draft.id, { data: JSON.stringify(draft.answers), email: input.applicantEmail }, at);
}

export async function saveDeclaration(draft: Draft, input: DeclarationStep, at: Date) {
  draft.answers = { ...draft.answers, declaration: input };
  await updateDraft(draft.id, { data: JSON.stringify(draft.answers) }, at);
}

export async function draftFiles(draft: Pick<Draft, "id">) {
  return listFilesOfDraft(draft.id);
}

// Uploads from the documents page: fields are named `file.<manual document id>`. Each file is
// checked on its own (type from the bytes, size, name); the request as a whole is bounded too.
export type FieldError = { key: string; values?: Record<string, number> };

export async function uploadToDraft(draft: Draft, files: UploadedFile[], at: Date): Promise<Record<string, FieldError>> {
  const errors: Record<string, FieldError> = {};
  const docIds = new Set(draft.manual.documents.map((d) => d.id));
  let total = (await listFilesOfDraft(draft.id)).reduce((sum, f) => sum + f.size, 0);
  const { maxRequestBytes } = uploadLimits();
  for (const file of files) {
    const docId = file.field.startsWith("file.") ? file.field.slice(5) : "";
    if (!docIds.has(docId)) continue;
    if (total + file.size > maxRequestBytes) {
      errors[file.field] = { key: "validation:upload.requestTooLarge", values: { max: env().UPLOAD_MAX_REQUEST_MB } };
      continue;
    }
    const saved = await saveUpload(file, { draftId: draft.id }, docId, "applicant", at);
    if (saved.ok) total += saved.file.size;
    else errors[file.field] = { key: saved.error, values: saved.values };
  }
  return errors;
}

export async function removeDraftFile(draft: Draft, fileId: string) {
  const file = (await listFilesOfDraft(draft.id)).find((f) => f.id === fileId);
  if (file) await deleteUpload(file.id);
}

// Documents the manual always requires (no condition) and that have no file yet.
export function missingDocuments(draft: Draft, files: { manualDocumentId: string }[]) {
  const have = new Set(files.map((f) => f.manualDocumentId));
  return draft.manual.documents.filter((d) => !d.conditionTh && !d.conditionEn && !have.has(d.id));
}

// Save and return: a fresh code each time (only its hash is kept); sent by e-mail when the
// applicant gave an address, and always shown on the page.
export async function issueResumeCode(draft: Draft, lng: Language, at: Date, text: (code: string, link: string) => { subject: string; body: string }) {
  const code = codeFromBytes(randomBytes(8));
  const expiresAt = draftExpiry(at);
  await updateDraft(draft.id, { codeHash: hash(code), expiresAt }, at);
  const link = `${env().PUBLIC_URL}/apply/${draft.key}/resume`;
  let emailed = false;
  if (draft.email) {
    const { subject, body } = text(code, link);
    emailed = await sendMail({ to: draft.email, subject, text: body, language: lng }).then(
      () => true,
      () => false,
    );
  }
  return { code, link, emailed, expiresOn: toBangkokDate(expiresAt) };
}

export type UnlockResult = { ok: true; setCookie: string } | { ok: false; error: string };

export async function unlockDraft(request: Request, key: string, typed: string, at: Date): Promise<UnlockResult> {
  const row = await findDraft(key, at);
  // Wrong codes are limited per draft, so the code cannot be guessed.
  if (!(await hit(`resume:${row.id}`, 5, 15 * 60_000))) return { ok: false, error: "apply:errors.tooManyCodes" };
  const code = normalizeCode(typed);
  const given = Buffer.from(hash(code ?? "-"));
  const expected = Buffer.from(row.codeHash);
  if (!code || given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, error: "apply:errors.wrongCode" };
  return { ok: true, setCookie: await unlockCookie(request, row.id) };
}

export type SubmitResult = { ok: true; trackingNumber: string } | { ok: false; error: string; step: "applicant" | "documents" | "declaration" };

// E1: filed like a counter request, bound to the manual version in force now (R7.4). It waits
// in "submitted" until staff check completeness; the clock starts only then (R8.5).
export async function submitDraft(draft: Draft, at: Date): Promise<SubmitResult> {
  const { applicant, declaration } = draft.answers;
  if (!applicant) return { ok: false, error: "apply:errors.applicantMissing", step: "applicant" };
  const permit = await loadIntakeManual((await findPermitSlug(draft.permitId)) ?? "");
  if (permit.manual.id !== draft.manualVersionId) {
    // The manual changed while the draft waited: its document list may differ, so the
    // applicant looks at the documents again against the version now in force.
    await updateDraft(draft.id, { manualVersionId: permit.manual.id }, at);
    return { ok: false, error: "apply:errors.manualChanged", step: "documents" };
  }
  const files = await listFilesOfDraft(draft.id);
  if (missingDocuments(draft, files).length > 0) return { ok: false, error: "apply:errors.documentsMissing", step: "documents" };
  if (!declaration?.truthful || !declaration.consent) return { ok: false, error: "apply:errors.declarationMissing", step: "declaration" };

  const today = toBangkokDate(at);
  const buddhistYear = Number(today.slice(0, 4)) + 543;
  const idempotencyKey = `online-${draft.id}`;
  const trackingNumber = await fileOnce(idempotencyKey, async (tx) => {
      // A second send fails here, on the unique idempotency key, before it takes a number.
      const request = await tx.request.create({
        data: {
          trackingNumber: provisionalTrackingNumber(),
          permitId: permit.id,
          manualVersionId: permit.manual.id,
          agencyId: permit.agencyId,
          channel: "online",
          ...applicantColumns(applicant),
          status: "submitted",
          receivedAt: at,
          receivedOn: today,
          idempotencyKey,
        },
        select: { id: true },
      });
      await attachDraftFilesToRequest(tx, draft.id, request.id);
      await appendEvents(tx, [{ requestId: request.id, at, actorId: null, actorRole: "applicant", type: "submitted", fromStatus: null, toStatus: "submitted", note: "online" }]);
      const number = await assignTrackingNumber(tx, request.id, ONLINE_SERIES, buddhistYear);
      const receipt = await renderNotice({ ...applicant, permit: { th: permit.manual.nameTh, en: permit.manual.nameEn } }, { kind: "receipt", dueOn: today, trackingNumber: number });
      await tx.notice.create({ data: noticeRow(request.id, receipt, at) });
      // The draft keeps only the tracking number: the answers now live in the request.
      await tx.applicationDraft.update({ where: { id: draft.id }, data: { trackingNumber: number, data: "{}", updatedAt: at } });
      return number;
    });
  return { ok: true, trackingNumber };
}

// Run by the sweep: drafts past their expiry go, with their files (DRAFT_TTL_DAYS).
export async function purgeExpiredDrafts(at: Date): Promise<number> {
  const ids = await expiredDraftIds(at);
  await purgeDraftFiles(ids);
  await deleteDrafts(ids);
  return ids.length;
}
