// The files of a guide's online bundle form (issue 10, decision 0021). Every acceptable file a
// post carries is kept at once, owned by the form's key, whatever else is wrong with the post:
// a form that comes back with an error (a missing answer, another file refused, JavaScript
// off) lists what it already has, and the applicant chooses only what is still missing.
// Filing (bundle.server) copies them into each request's file.
import { createHash } from "node:crypto";
import { lineId, type MergedDocument } from "~/domain/guides";
import { checkUpload } from "~/domain/uploads/check";
import { createStagedUpload, deleteStagedRows, deleteStagedUpload, listStagedBefore, listStagedUploads } from "~/models/staged-upload.server";
import { FormKeySchema } from "~/schemas/bundle";
import { env } from "~/utils/env.server";
import { removeBytes, storeThenRecord, uploadLimits, type UploadedFile } from "./uploads.server";

export type OnlineBundleErrors = Record<string, { key: string; values?: Record<string, number> }>;
export type StagedFile = { id: string; name: string; size: number };

/** Field name of a merged document's file input on the online bundle form. */
export const fileField = (d: MergedDocument) => `file.${lineId(d)}`;

/** The owner of a form's files: the SHA-256 of its key (the key itself is never stored). */
export const formKeyHash = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** The form's key as posted, or null when it is not one this site makes. */
export function formKeyOf(values: Record<string, unknown>): string | null {
  const parsed = FormKeySchema.safeParse(values.idempotencyKey);
  return parsed.success ? parsed.data : null;
}

/** The files kept for a form, by the field of the document they answer. */
export async function stagedFilesOf(documents: readonly MergedDocument[], key: string): Promise<Record<string, StagedFile[]>> {
  const fieldOf = new Map(documents.map((d) => [lineId(d), fileField(d)]));
  const out: Record<string, StagedFile[]> = {};
  for (const f of await listStagedUploads(formKeyHash(key))) {
    const field = fieldOf.get(f.lineId);
    if (field) (out[field] ??= []).push({ id: f.id, name: f.fileName, size: f.size });
  }
  return out;
}

/** "Upload this document" under each document the manuals always require that has no file kept. */
export function missingDocuments(documents: readonly MergedDocument[], keptFields: ReadonlySet<string>): OnlineBundleErrors {
  const errors: OnlineBundleErrors = {};
  for (const d of documents) if (!d.condition && !keptFields.has(fileField(d))) errors[fileField(d)] = { key: "apply:documents.required" };
  return errors;
}

/**
 * Keeps every acceptable file of the post; returns the refusals by field. The same bytes for
 * the same document are kept once (a form sent again with its files still chosen), and all the
 * form's files together stay within UPLOAD_MAX_REQUEST_MB, as one request's would.
 */
export async function stageBundleFiles(documents: readonly MergedDocument[], key: string, files: readonly UploadedFile[], at: Date): Promise<OnlineBundleErrors> {
  const errors: OnlineBundleErrors = {};
  const owner = formKeyHash(key);
  const kept = await listStagedUploads(owner);
  const seen = new Set(kept.map((f) => `${f.lineId} ${f.sha256}`));
  let total = kept.reduce((sum, f) => sum + f.size, 0);
  const { maxFileBytes, maxRequestBytes } = uploadLimits();
  for (const d of documents) {
    const field = fileField(d);
    for (const file of files.filter((f) => f.field === field)) {
      const checked = checkUpload(file, { maxFileBytes });
      if (!checked.ok) {
        errors[field] = { key: checked.error, values: { max: env().UPLOAD_MAX_FILE_MB } };
        continue;
      }
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      if (seen.has(`${lineId(d)} ${sha256}`)) continue;
      if (total + file.bytes.byteLength > maxRequestBytes) {
        errors[field] = { key: "validation:upload.requestTooLarge", values: { max: env().UPLOAD_MAX_REQUEST_MB } };
        continue;
      }
      const row = { formKeyHash: owner, lineId: lineId(d), fileName: checked.fileName, mediaType: checked.mediaType, size: file.bytes.byteLength, sha256, createdAt: at };
      const created = await storeThenRecord(file.bytes, async (storageKey) => {
        if (await createStagedUpload({ ...row, storageKey })) return true;
        // Another post of the same form kept these bytes a moment ago.
        await removeBytes([storageKey]);
        return false;
      });
      seen.add(`${lineId(d)} ${sha256}`);
      if (created) total += file.bytes.byteLength;
    }
  }
  return errors;
}

/** "Remove" beside a kept file: only a file of this form, whatever id is posted. */
export async function removeStagedFile(key: string, id: string): Promise<void> {
  const storageKey = await deleteStagedUpload(formKeyHash(key), id);
  if (storageKey) await removeBytes([storageKey]);
}

/** Run by the sweep: files of forms never sent go after STAGED_UPLOAD_TTL_HOURS (rows first). */
export async function purgeStagedUploads(at: Date): Promise<number> {
  const old = await listStagedBefore(new Date(at.getTime() - env().STAGED_UPLOAD_TTL_HOURS * 3_600_000));
  const count = await deleteStagedRows(old.map((f) => f.id));
  await removeBytes(old.map((f) => f.storageKey));
  return count;
}
