// Document uploads for online applications (issue #5): reading multipart bodies within
// limits, storing checked files (bytes in FileStorage, metadata in StoredFile) and sending
// them back to staff in a form a browser cannot turn against them.
import { createHash } from "node:crypto";
// The parser Remix itself uses, called directly: Remix would cut the directory off a file
// name before we see it, and a name with "../" must be refused, not quietly renamed.
import { streamMultipart } from "@web3-storage/multipart-parser";
import { checkUpload, type UploadCandidate, type UploadError } from "~/domain/uploads/check";
import { EXTENSION_OF, isUploadMediaType } from "~/domain/uploads/sniff";
import { createStoredFile, deleteStoredFileRow, listStorageKeysOfDrafts } from "~/models/stored-file.server";
import { env } from "~/utils/env.server";
import { newStorageKey, storage } from "./storage.server";
import { cleanText } from "~/utils/untrusted-text";
import { log } from "~/utils/log.server";

const MB = 1024 * 1024;

export type UploadLimits = { maxFileBytes: number; maxRequestBytes: number };
export type UploadedFile = { field: string; name: string; size: number; bytes: Uint8Array };
// `values` fill the message's placeholders, e.g. t(error, values) → "… over 10 MB".
export type MultipartResult =
  | { ok: true; fields: Record<string, string>; files: UploadedFile[] }
  | { ok: false; error: string; values?: Record<string, number> };

export function uploadLimits(): UploadLimits {
  return { maxFileBytes: Math.floor(env().UPLOAD_MAX_FILE_MB * MB), maxRequestBytes: Math.floor(env().UPLOAD_MAX_REQUEST_MB * MB) };
}

// For messages: 10 for 10 MB, 0.5 for half a megabyte; three significant digits at most.
function megabytes(bytes: number): number {
  return Number((bytes / MB).toPrecision(3));
}

class RequestTooLarge extends Error {}

// Counts every byte of the body as it streams in and fails the stream past the limit, so a
// huge or endless body is cut off without being read, whatever the parser does with it.
function limitBody(request: Request, maxBytes: number, onOver: () => void): Request {
  let total = 0;
  const counted = request.body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          onOver();
          controller.error(new RequestTooLarge());
        } else controller.enqueue(chunk);
      },
    }),
  );
  const init = { method: request.method, headers: request.headers, body: counted, duplex: "half" };
  return new Request(request.url, init as RequestInit);
}

function fieldsOf(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  // First value wins, as with formData.get().
  for (const [name, value] of form) if (typeof value === "string" && !(name in fields)) fields[name] = cleanText(value);
  return fields;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export async function readMultipart(request: Request, limits: UploadLimits = uploadLimits()): Promise<MultipartResult> {
  const tooLarge = { ok: false as const, error: "validation:upload.requestTooLarge", values: { max: megabytes(limits.maxRequestBytes) } };
  // An honest Content-Length over the limit is refused before reading a byte.
  const declared = Number(request.headers.get("Content-Length") ?? NaN);
  if (declared > limits.maxRequestBytes) return tooLarge;
  if (!request.body) return { ok: true, fields: {}, files: [] };

  let over = false;
  const limited = limitBody(request, limits.maxRequestBytes, () => (over = true));
  const files: UploadedFile[] = [];
  type Part = { name: string; filename?: string; data: AsyncIterable<Uint8Array> };
  const handler = async (part: Part): Promise<string | undefined> => {
    if (typeof part.filename !== "string") {
      // An ordinary field; its size counts against the request limit.
      const chunks: Uint8Array[] = [];
      for await (const chunk of part.data) chunks.push(chunk);
      return new TextDecoder().decode(concat(chunks));
    }
    let size = 0;
    let chunks: Uint8Array[] = [];
    // Past the file limit we keep nothing more but still drain the part: the parser would
    // otherwise buffer the unread rest in memory on its way to the next part. Draining is
    // bounded by the request limit.
    for await (const chunk of part.data) {
      size += chunk.byteLength;
      if (size > limits.maxFileBytes) chunks = [];
      else chunks.push(chunk);
    }
    // A file input left empty still sends a part with no name and no bytes.
    if (part.filename === "" && size === 0) return undefined;
    // The name as sent: checkUpload refuses one with a directory part (RFC 7578 §4.2).
    files.push({ field: part.name, name: part.filename, size, bytes: concat(chunks) });
    return undefined;
  };

  try {
    const contentType = request.headers.get("Content-Type") ?? "";
    // Forms without a file input may arrive url-encoded; take their fields all the same.
    const boundary = /^multipart\/form-data\s*;\s*boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
    if (!boundary) return { ok: true, fields: fieldsOf(await limited.formData()), files };
    const form = new FormData();
    for await (const part of streamMultipart(limited.body!, boundary)) {
      if (part.done) break;
      const value = await handler(part);
      if (value !== undefined) form.append(part.name, value);
    }
    return { ok: true, fields: fieldsOf(form), files };
  } catch (error) {
    if (over) return tooLarge;
    // A body the parser cannot read. Some names break it too (a "=" or ";" in a file name).
    log().warn({ reason: (error as Error)?.message }, "unreadable form body");
    return { ok: false, error: "validation:upload.malformed" };
  }
}

export type FileOwner = { draftId: string } | { requestId: string };
export type SavedFile = { id: string; fileName: string; mediaType: string; size: number };
export type SaveResult = { ok: true; file: SavedFile } | { ok: false; error: UploadError; values?: Record<string, number> };

export async function saveUpload(
  file: UploadCandidate,
  owner: FileOwner,
  manualDocumentId: string,
  uploadedBy: "applicant" | "staff",
  at: Date,
): Promise<SaveResult> {
  const { maxFileBytes } = uploadLimits();
  const checked = checkUpload(file, { maxFileBytes });
  if (!checked.ok) return { ok: false, error: checked.error, values: { max: megabytes(maxFileBytes) } };
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const saved = await storeThenRecord(file.bytes, (storageKey) =>
    createStoredFile({
      storageKey,
      fileName: checked.fileName,
      mediaType: checked.mediaType,
      size: file.bytes.byteLength,
      sha256,
      manualDocumentId,
      draftId: "draftId" in owner ? owner.draftId : null,
      requestId: "requestId" in owner ? owner.requestId : null,
      uploadedBy,
      createdAt: at,
    }),
  );
  return { ok: true, file: saved };
}

/**
 * Bytes first, row second: a row never points at bytes that were not written. If the row
 * cannot be written the bytes go again, so nothing is left half stored.
 */
export async function storeThenRecord<T>(bytes: Uint8Array, record: (storageKey: string) => Promise<T>): Promise<T> {
  const storageKey = newStorageKey();
  await storage().put(storageKey, bytes);
  try {
    return await record(storageKey);
  } catch (error) {
    await removeBytes([storageKey]);
    throw error;
  }
}

// Bytes no row points at: a failure to remove them is logged, never the user's problem.
export async function removeBytes(storageKeys: readonly string[]): Promise<void> {
  for (const storageKey of storageKeys) await storage().delete(storageKey).catch((err) => log().error({ storageKey, err }, "could not remove bytes no row points at"));
}

// Row first, then bytes: a failure in between leaves an unreferenced file, never a row
// whose bytes are gone.
export async function deleteUpload(id: string): Promise<boolean> {
  const row = await deleteStoredFileRow(id);
  if (!row) return false;
  await storage().delete(row.storageKey);
  return true;
}

// The bytes of these drafts' files; the caller then deletes the drafts and the rows go
// with them (cascade). Returns how many files were removed.
export async function purgeDraftFiles(draftIds: string[]): Promise<number> {
  const keys = await listStorageKeysOfDrafts(draftIds);
  for (const key of keys) await storage().delete(key);
  return keys.length;
}

// RFC 5987 / 8187 encoding for filename*: percent-encoded UTF-8, including ' ( ) *.
function encodeFileName(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// A stored file sent back to staff. Only PDF, JPEG and PNG are ever stored, so the browser
// may show it inline; nosniff keeps it from guessing another type, and the CSP sandbox
// stops any script in a crafted PDF or image from running with our origin.
export function fileResponse(file: { fileName: string; mediaType: string }, bytes: Uint8Array): Response {
  const known = isUploadMediaType(file.mediaType);
  let encoded: string;
  try {
    encoded = encodeFileName(file.fileName);
  } catch {
    // A name that is not well-formed Unicode (never written by saveUpload).
    encoded = `document.${known ? EXTENSION_OF[file.mediaType as keyof typeof EXTENSION_OF] : "bin"}`;
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": known ? file.mediaType : "application/octet-stream",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `${known ? "inline" : "attachment"}; filename*=UTF-8''${encoded}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
