// The import steps (issue 7): read the uploaded file within a small limit, preview what it
// changes, then apply what the preview showed, or preview again if the year changed meanwhile.
import type { HolidayRow } from "~/domain/holidays/rows";
import type { StaffUser } from "~/models/user.server";
import { ImportConfirmSchema, ImportUploadSchema, MAX_IMPORT_BYTES } from "~/schemas/holidays";
import { applyImport, previewImport, type ChangeSummary, type ImportPreview } from "./holiday-admin.server";
import { readMultipart } from "./uploads.server";
import { cleanText } from "~/utils/untrusted-text";

export type ImportStep =
  | { step: "upload"; errors: Record<string, string>; year: string }
  | { step: "preview"; preview: ImportPreview; fileName: string; stale?: boolean }
  | { step: "done"; summary: ChangeSummary };

const LIMITS = { maxFileBytes: MAX_IMPORT_BYTES, maxRequestBytes: 2 * MAX_IMPORT_BYTES };

export async function runImportStep(user: StaffUser, request: Request): Promise<ImportStep> {
  const body = await readMultipart(request, LIMITS);
  if (!body.ok) return { step: "upload", errors: { file: "holidays:import.errors.tooLarge" }, year: "" };
  const fields = body.fields;
  if (fields.intent === "confirm") {
    const parsed = ImportConfirmSchema.safeParse(fields);
    if (!parsed.success) return { step: "upload", errors: { file: "holidays:import.errors.tampered" }, year: fields.year ?? "" };
    const { year, fingerprint, rows } = parsed.data;
    const result = await applyImport(user, year, rows as HolidayRow[], fingerprint);
    if (result.ok) return { step: "done", summary: result.summary };
    if ("stale" in result) {
      // Someone changed the year after the preview: show what the same rows change now.
      const preview = await previewImport(year, "rows.csv", toCsv(rows as HolidayRow[]));
      return { step: "preview", preview, fileName: fields.fileName ?? "", stale: true };
    }
    return { step: "upload", errors: result.errors, year: String(year) };
  }
  const upload = ImportUploadSchema.safeParse(fields);
  const file = body.files.find((f) => f.field === "file");
  const errors: Record<string, string> = {};
  if (!upload.success) for (const issue of upload.error.issues) errors[issue.path.join(".")] ??= issue.message;
  if (!file || file.size === 0) errors.file = "holidays:import.errors.noFile";
  else if (file.size > MAX_IMPORT_BYTES) errors.file = "holidays:import.errors.tooLarge";
  let text = "";
  if (file && !errors.file) {
    try {
      // Cleaned like any typed text (decision 0014), so the preview's rows are the ones the
      // confirm step reads back from its hidden field.
      text = cleanText(new TextDecoder("utf-8", { fatal: true }).decode(file.bytes));
    } catch {
      errors.file = "holidays:import.errors.unreadable";
    }
  }
  if (!upload.success || Object.keys(errors).length) return { step: "upload", errors, year: fields.year ?? "" };
  return { step: "preview", preview: await previewImport(upload.data.year, file!.name, text), fileName: file!.name };
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
function toCsv(rows: readonly HolidayRow[]): string {
  return ["date,name_th,name_en,kind", ...rows.map((r) => [r.date, quote(r.nameTh), quote(r.nameEn), r.kind].join(","))].join("\n");
}
