// Whether an uploaded file may be stored, and under which type and name. Pure: the caller
// passes the bytes and the limit; nothing here touches the disk or the database.
import { sanitizeFileName } from "./file-name";
import { sniffMediaType, type UploadMediaType } from "./sniff";

export const MAX_RAW_NAME_LENGTH = 255;

export type UploadCandidate = { name: string; size: number; bytes: Uint8Array };
export type UploadLimits = { maxFileBytes: number };
export type UploadError = "validation:upload.empty" | "validation:upload.tooLarge" | "validation:upload.type" | "validation:upload.name";
export type UploadCheck = { ok: true; mediaType: UploadMediaType; fileName: string } | { ok: false; error: UploadError };

export function checkUpload(file: UploadCandidate, limits: UploadLimits): UploadCheck {
  if (!isAcceptableName(file.name)) return { ok: false, error: "validation:upload.name" };
  const size = Math.max(file.size, file.bytes.length);
  if (size === 0) return { ok: false, error: "validation:upload.empty" };
  // `size` beyond the bytes we hold means the multipart reader stopped keeping them at its
  // limit (it still reports how big the file was): too large, whatever limit is passed here.
  if (size > limits.maxFileBytes || file.size > file.bytes.length) return { ok: false, error: "validation:upload.tooLarge" };
  const mediaType = sniffMediaType(file.bytes);
  if (!mediaType) return { ok: false, error: "validation:upload.type" };
  return { ok: true, mediaType, fileName: sanitizeFileName(file.name, mediaType) };
}

// Browsers send a bare file name. A path in it ("../", "C:\…") or an absurd length means a
// crafted request; we refuse it outright rather than guess what was meant.
function isAcceptableName(name: string): boolean {
  if ([...name].length > MAX_RAW_NAME_LENGTH) return false;
  if (/[/\\]/.test(name)) return false;
  const trimmed = name.trim();
  return trimmed !== "." && trimmed !== "..";
}
