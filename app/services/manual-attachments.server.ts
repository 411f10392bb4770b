// PDF forms and filled-in samples attached to a manual (issue 7, R7.5 field 18), stored like
// uploads: bytes in FileStorage under a key of ours, name and digest on the ManualForm row.
// Only a draft's forms take a file; a published version never changes (R7.4). A new draft
// copies its form rows with their keys, so stored bytes are shared between versions and are
// deleted only when no other form row points at them.
import { createHash } from "node:crypto";
import { can, isStaffRole, manualInScope } from "~/domain/auth/permissions";
import { checkUpload } from "~/domain/uploads/check";
import { recordAudit } from "~/models/audit.server";
import { countOtherFormsWithKey, findManualForm, NO_FILE, setFormFile, type FormFile, type FormRow } from "~/models/manual-version.server";
import type { StaffUser } from "~/models/user.server";
import { env } from "~/utils/env.server";
import { prisma } from "~/utils/db.server";
import { requireManualInScope } from "./manual-versions.server";
import { newStorageKey, storage } from "./storage.server";
import { fileResponse, uploadLimits, type UploadedFile } from "./uploads.server";
import { log } from "~/utils/log.server";

export type AttachError = { key: string; values?: Record<string, number> };

// The form row, if it belongs to this permit's current draft; 404 for another permit's form,
// 409 for a published version's.
export async function requireDraftForm(user: StaffUser, slug: string | undefined, formId: string | undefined) {
  const permit = await requireManualInScope(user, slug);
  const form = formId ? await findManualForm(permit.slug, formId) : null;
  if (!form) throw new Response("Not found", { status: 404 });
  if (form.version.status !== "draft") throw new Response("Conflict", { status: 409 });
  return form;
}

const fileOf = (f: FormFile) => (f.fileKey ? { fileName: f.fileName, fileSize: f.fileSize, fileSha256: f.fileSha256 } : null);
const labelOf = (form: FormRow) => `${form.version.permit.slug} draft v${form.version.version}: ${form.nameTh || form.nameEn}`;

// Replaces the form's file in one transaction with its audit entry. The row is read again
// inside the transaction: if the draft was published meanwhile, nothing changes (409).
async function swapFile(user: StaffUser, form: FormRow, next: FormFile, action: string, at: Date): Promise<void> {
  const previous = await prisma.$transaction(async (tx) => {
    const fresh = await findManualForm(form.version.permit.slug, form.id, tx);
    if (!fresh || fresh.version.status !== "draft") throw new Response("Conflict", { status: 409 });
    await setFormFile(tx, form.id, next);
    await recordAudit(tx, {
      actor: { id: user.id, role: user.role },
      at,
      entity: "manual",
      // The version, as the editor's own entries for a draft do.
      entityId: form.version.id,
      action,
      label: labelOf(fresh),
      before: fileOf(fresh),
      after: fileOf(next),
    });
    return fresh.fileKey;
  });
  // Bytes no published version or other draft uses any more go; shared ones stay.
  if (previous && previous !== next.fileKey && (await countOtherFormsWithKey(previous, form.id)) === 0) {
    await storage()
      .delete(previous)
      .catch((error) => log().error({ fileKey: previous, err: error }, "could not remove replaced attachment bytes"));
  }
}

export async function attachFormFile(user: StaffUser, form: FormRow, file: UploadedFile | undefined, at: Date): Promise<AttachError | null> {
  if (!file) return { key: "editor:attachments.errors.required" };
  const checked = checkUpload(file, { maxFileBytes: uploadLimits().maxFileBytes });
  if (!checked.ok) return { key: checked.error === "validation:upload.type" ? "editor:attachments.errors.notPdf" : checked.error, values: { max: env().UPLOAD_MAX_FILE_MB } };
  // Judged by the bytes: a text file renamed ".pdf" is text, and an image is not a form.
  if (checked.mediaType !== "application/pdf") return { key: "editor:attachments.errors.notPdf" };
  const stored: FormFile = {
    fileKey: newStorageKey(),
    fileName: checked.fileName,
    fileSize: file.bytes.byteLength,
    fileSha256: createHash("sha256").update(file.bytes).digest("hex"),
  };
  // Bytes first, row second: a row never points at bytes that were not written.
  await storage().put(stored.fileKey, file.bytes);
  try {
    await swapFile(user, form, stored, "attach_form", at);
  } catch (error) {
    await storage()
      .delete(stored.fileKey)
      .catch((cleanup) => log().error({ fileKey: stored.fileKey, err: cleanup }, "could not remove bytes of a failed attachment"));
    throw error;
  }
  return null;
}

export async function removeFormFile(user: StaffUser, form: FormRow, at: Date): Promise<void> {
  if (!form.fileKey) return;
  await swapFile(user, form, NO_FILE, "detach_form", at);
}

// The PDF of a form, for anyone when its version is published; a draft's only for the
// editors of that manual (the draft preview links here too). Anything else is 404.
export async function formDownload(viewer: StaffUser | null, slug: string | undefined, formId: string | undefined): Promise<Response> {
  const form = slug && formId ? await findManualForm(slug, formId) : null;
  const published = form?.version.status === "published";
  const editor =
    !!viewer &&
    isStaffRole(viewer.role) &&
    can(viewer.role, "manual.edit") &&
    !!form &&
    manualInScope({ role: viewer.role, serviceCenterId: viewer.serviceCenterId, agencyId: viewer.agencyId }, form.version.permit);
  if (!form?.fileKey || (!published && !editor)) throw new Response("Not found", { status: 404 });
  const bytes = await storage().get(form.fileKey);
  if (!bytes) throw new Response("Not found", { status: 404 });
  const response = fileResponse({ fileName: form.fileName, mediaType: "application/pdf" }, bytes);
  // A download, not an inline view: a form is meant to be saved, filled in and printed.
  response.headers.set("Content-Disposition", response.headers.get("Content-Disposition")!.replace(/^inline/, "attachment"));
  // A published version's bytes never change (R7.4), so the public may cache them.
  if (published) response.headers.set("Cache-Control", "public, max-age=86400");
  return response;
}
