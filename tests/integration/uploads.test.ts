// Document uploads (issue #5) against the real database and a real directory: bad files are
// refused with their message and leave nothing behind; good ones come back byte for byte;
// the multipart reader holds both limits; staff see a file only within their scope.
import { readdirSync, rmSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed/data/staff";
import { attachDraftFilesToRequest, findStoredFile, listFilesOfDraft, listFilesOfRequest } from "~/models/stored-file.server";
import * as fileRoute from "~/routes/staff_.files.$id";
import { getStaffUser } from "~/services/auth.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { createLocalStorage, newStorageKey, storage } from "~/services/storage.server";
import { deleteUpload, fileResponse, purgeDraftFiles, readMultipart, saveUpload } from "~/services/uploads.server";
import { now } from "~/utils/clock.server";
import { prisma } from "~/utils/db.server";
import { minimalJpeg, minimalPdf, minimalPng } from "../fixtures/documents";
import { cookieFor, outcome, staffRequest } from "./staff-session";

// Before any import reads the configuration: uploads go to a fresh temporary directory,
// never into the repository.
const UPLOAD_DIR = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "anuyat-uploads-"));
  process.env.UPLOAD_DIR = dir;
  // Small limits keep the "too large" cases small.
  process.env.UPLOAD_MAX_FILE_MB = "0.01"; // 10,485 bytes
  process.env.UPLOAD_MAX_REQUEST_MB = "0.05"; // 52,428 bytes
  return dir;
});
const MAX_FILE = Math.floor(0.01 * 1024 * 1024);

const OTHER_OFFICER = "officer@dbd.test";
const encode = (s: string) => new TextEncoder().encode(s);

let requestId = "";
let otherRequestId = "";
let documentId = "";
let permitId = "";
let manualVersionId = "";

async function intake(slug: string, key: string) {
  const counter = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
  const permit = await loadIntakeManual(slug);
  const result = await submitCounterIntake(counter, permit, {
    idempotencyKey: key,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "Upload Test",
    applicantPhone: "0812345678",
    applicantEmail: "",
    applicantAddress: "1 Test Road",
    preferredLanguage: "en",
    noticesByEmail: false,
    cureDeadline: "",
    signedOnPaper: true,
    documents: permit.manual.documents.map((d) => ({ id: d.id, status: "received" as const, note: "" })),
  });
  if (!result.ok) throw new Error("fixture failed");
  return prisma.request.findUniqueOrThrow({
    where: { trackingNumber: result.trackingNumber },
    select: { id: true, permitId: true, manualVersionId: true, manualVersion: { select: { documents: { select: { id: true }, take: 1 } } } },
  });
}

async function newDraft() {
  const id = newStorageKey();
  const at = now();
  return prisma.applicationDraft.create({
    data: { keyHash: `test-${id}`, codeHash: "x", permitId, manualVersionId, expiresAt: new Date(at.getTime() + 86_400_000), createdAt: at, updatedAt: at },
    select: { id: true },
  });
}

const listUploadDir = () => readdirSync(UPLOAD_DIR).sort();

beforeAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  // Pathum Wan (PTW-DIST) permit filed at BKK01: in scope of officer@ptw.demo and counter@bkk01.demo.
  const mine = await intake("food-premises-licence", `upload-test-${Date.now()}-ptw-000001`);
  requestId = mine.id;
  documentId = mine.manualVersion.documents[0].id;
  permitId = mine.permitId;
  manualVersionId = mine.manualVersionId;
  otherRequestId = (await intake("commercial-registration", `upload-test-${Date.now()}-dbd-000001`)).id;
  // An officer of another agency (DBD), signed in like the demo staff.
  const dbd = await prisma.agency.findUniqueOrThrow({ where: { code: "DBD" }, select: { id: true } });
  const passwordHash = await hash(DEMO_PASSWORD);
  await prisma.user.upsert({
    where: { email: OTHER_OFFICER },
    create: { email: OTHER_OFFICER, name: "Other Officer (test)", role: "officer", agencyId: dbd.id, passwordHash },
    update: { agencyId: dbd.id, passwordHash, active: true, failedLogins: 0, lockedUntil: null },
  });
});

afterAll(() => rmSync(UPLOAD_DIR, { recursive: true, force: true }));

describe("saveUpload refuses bad files and stores nothing", () => {
  const pdf = minimalPdf();
  it.each([
    ["a text file renamed .pdf", { name: "letter.pdf", bytes: encode("Dear Sir, please find attached …\n") }, "validation:upload.type"],
    ["an empty file", { name: "empty.pdf", bytes: new Uint8Array() }, "validation:upload.empty"],
    ["a file over the limit", { name: "big.pdf", bytes: Uint8Array.from([...pdf, ...new Uint8Array(MAX_FILE + 1 - pdf.length)]) }, "validation:upload.tooLarge"],
    ["a name with ../", { name: "../../../etc/cron.d/evil.pdf", bytes: pdf }, "validation:upload.name"],
    ["a 300-character name", { name: `${"ก".repeat(296)}.pdf`, bytes: pdf }, "validation:upload.name"],
  ])("%s → %s", async (_, input, error) => {
    const rowsBefore = await prisma.storedFile.count();
    const filesBefore = listUploadDir();
    const result = await saveUpload({ ...input, size: input.bytes.length }, { requestId }, documentId, "staff", now());
    expect(result).toMatchObject({ ok: false, error });
    expect(await prisma.storedFile.count()).toBe(rowsBefore);
    expect(listUploadDir()).toEqual(filesBefore);
  });

  it("the too-large message carries the limit in MB", async () => {
    const result = await saveUpload({ name: "x.pdf", size: MAX_FILE + 1, bytes: new Uint8Array() }, { requestId }, documentId, "staff", now());
    expect(result).toEqual({ ok: false, error: "validation:upload.tooLarge", values: { max: 0.01 } });
  });
});

describe("saveUpload stores PDF, JPEG and PNG and gives them back unchanged", () => {
  it.each([
    ["สำเนาบัตร ประชาชน.pdf", minimalPdf(), "application/pdf", "สำเนาบัตร ประชาชน.pdf"],
    ["photo.JPEG", minimalJpeg(), "image/jpeg", "photo.jpg"],
    ["plan.pdf", minimalPng(), "image/png", "plan.png"],
  ])("%s", async (name, bytes, mediaType, fileName) => {
    const result = await saveUpload({ name, size: bytes.length, bytes }, { requestId }, documentId, "applicant", now());
    expect(result).toMatchObject({ ok: true, file: { fileName, mediaType, size: bytes.length } });
    if (!result.ok) return;
    const row = (await findStoredFile(result.file.id))!;
    expect(row).toMatchObject({ requestId, draftId: null, mediaType, fileName, request: { agencyId: expect.any(String) } });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(listUploadDir()).toContain(row.storageKey);
    expect(await storage().get(row.storageKey)).toEqual(bytes);
    // and again through a second storage object over the same directory
    expect(await createLocalStorage(UPLOAD_DIR).get(row.storageKey)).toEqual(bytes);
    expect((await listFilesOfRequest(requestId)).map((f) => f.id)).toContain(result.file.id);
  });

  it("leaves no temporary files behind", () => {
    expect(listUploadDir().filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("deleteUpload removes the row and the bytes", async () => {
    const result = await saveUpload({ name: "gone.png", size: 1, bytes: minimalPng() }, { requestId }, documentId, "staff", now());
    if (!result.ok) throw new Error("save failed");
    const { storageKey } = (await findStoredFile(result.file.id))!;
    expect(await deleteUpload(result.file.id)).toBe(true);
    expect(await findStoredFile(result.file.id)).toBeNull();
    expect(listUploadDir()).not.toContain(storageKey);
    expect(await deleteUpload(result.file.id)).toBe(false);
  });

  it("if the row cannot be written, the bytes are removed again", async () => {
    const filesBefore = listUploadDir();
    // No such request: the foreign key refuses the row after the bytes were written.
    await expect(saveUpload({ name: "a.pdf", size: 1, bytes: minimalPdf() }, { requestId: "no-such-request" }, documentId, "staff", now())).rejects.toThrow();
    expect(listUploadDir()).toEqual(filesBefore);
  });
});

describe("draft files", () => {
  it("move to the request on submission and survive the draft's purge", async () => {
    const draft = await newDraft();
    const saved = await saveUpload({ name: "draft.pdf", size: 1, bytes: minimalPdf() }, { draftId: draft.id }, documentId, "applicant", now());
    if (!saved.ok) throw new Error("save failed");
    expect((await listFilesOfDraft(draft.id)).map((f) => f.id)).toEqual([saved.file.id]);
    expect(await prisma.$transaction((tx) => attachDraftFilesToRequest(tx, draft.id, otherRequestId))).toBe(1);
    expect(await listFilesOfDraft(draft.id)).toEqual([]);
    expect(await purgeDraftFiles([draft.id])).toBe(0);
    await prisma.applicationDraft.delete({ where: { id: draft.id } });
    const row = (await findStoredFile(saved.file.id))!;
    expect(row).toMatchObject({ requestId: otherRequestId, draftId: null });
    expect(await storage().get(row.storageKey)).not.toBeNull();
  });

  it("purgeDraftFiles removes the bytes and the rows go with the draft", async () => {
    const draft = await newDraft();
    const saved = await saveUpload({ name: "old.png", size: 1, bytes: minimalPng() }, { draftId: draft.id }, documentId, "applicant", now());
    if (!saved.ok) throw new Error("save failed");
    const { storageKey } = (await findStoredFile(saved.file.id))!;
    expect(await purgeDraftFiles([draft.id])).toBe(1);
    expect(listUploadDir()).not.toContain(storageKey);
    await prisma.applicationDraft.delete({ where: { id: draft.id } });
    expect(await findStoredFile(saved.file.id)).toBeNull();
  });
});

describe("storage keys cannot leave the directory", () => {
  it.each(["../x", "..", "a/b", "/etc/passwd", "", "ABCDEF00-0000-4000-8000-000000000000", `${newStorageKey()}.tmp`])("%j is refused", async (key) => {
    await expect(storage().put(key, encode("x"))).rejects.toThrow("invalid storage key");
    await expect(storage().get(key)).rejects.toThrow("invalid storage key");
    await expect(storage().delete(key)).rejects.toThrow("invalid storage key");
  });

  it("refuses a directory under public/", () => {
    expect(() => createLocalStorage("public/uploads")).toThrow(/public/);
  });
});

describe("readMultipart", () => {
  const limits = { maxFileBytes: 1000, maxRequestBytes: 5000 };
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/apply", { method: "POST", body, headers });
  const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

  it("returns fields and files, ignoring an input left empty", async () => {
    const form = new FormData();
    form.append("intent", "upload");
    form.append("note", "เอกสารเพิ่มเติม");
    form.append("doc", blob(minimalPdf()), "คำขอ.pdf");
    form.append("other", new Blob([]), "");
    const result = await readMultipart(post(form), limits);
    expect(result).toMatchObject({ ok: true, fields: { intent: "upload", note: "เอกสารเพิ่มเติม" } });
    if (!result.ok) return;
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatchObject({ field: "doc", name: "คำขอ.pdf", size: minimalPdf().length });
    expect(result.files[0].bytes).toEqual(minimalPdf());
  });

  it("keeps an empty file that has a name, so it is refused as empty", async () => {
    const form = new FormData();
    form.append("doc", new Blob([]), "empty.pdf");
    const result = await readMultipart(post(form), limits);
    expect(result).toMatchObject({ ok: true, files: [{ name: "empty.pdf", size: 0 }] });
  });

  it("stops keeping a file past the file limit but reports its size, and saveUpload refuses it", async () => {
    const form = new FormData();
    form.append("big", blob(new Uint8Array(3000).fill(0x25)), "big.pdf");
    form.append("small", blob(minimalPng()), "small.png");
    form.append("after", "still read");
    const result = await readMultipart(post(form), limits);
    expect(result).toMatchObject({ ok: true, fields: { after: "still read" } });
    if (!result.ok) return;
    const [big, small] = result.files;
    expect(big).toMatchObject({ field: "big", size: 3000 });
    expect(big.bytes.length).toBe(0);
    expect(small.bytes).toEqual(minimalPng());
    const rowsBefore = await prisma.storedFile.count();
    expect(await saveUpload(big, { requestId }, documentId, "applicant", now())).toMatchObject({ ok: false, error: "validation:upload.tooLarge" });
    expect(await prisma.storedFile.count()).toBe(rowsBefore);
  });

  it("refuses a body over the request limit while streaming", async () => {
    const form = new FormData();
    for (let i = 0; i < 8; i++) form.append(`f${i}`, blob(new Uint8Array(900).fill(0x41)), `f${i}.pdf`);
    expect(await readMultipart(post(form), { maxFileBytes: 1000, maxRequestBytes: 0.005 * 1024 * 1024 })).toEqual({
      ok: false,
      error: "validation:upload.requestTooLarge",
      values: { max: 0.005 },
    });
  });

  it("refuses at once a body that declares a length over the limit", async () => {
    const form = new FormData();
    form.append("x", "y");
    const request = post(form, { "Content-Length": "999999" });
    expect(await readMultipart(request, limits)).toMatchObject({ ok: false, error: "validation:upload.requestTooLarge" });
  });

  it("with the configured limits", async () => {
    const form = new FormData();
    form.append("doc", blob(minimalJpeg()), "a.jpg");
    expect(await readMultipart(post(form))).toMatchObject({ ok: true, files: [{ name: "a.jpg" }] });
  });

  it("passes a file name with a directory part through as sent, so it is refused, not renamed", async () => {
    const pdf = new TextDecoder("latin1").decode(minimalPdf());
    const body = `--b0\r\nContent-Disposition: form-data; name="file.x"; filename="../../etc/evil.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--b0--\r\n`;
    const result = await readMultipart(post(body, { "Content-Type": "multipart/form-data; boundary=b0" }), limits);
    expect(result).toMatchObject({ ok: true, files: [{ field: "file.x", name: "../../etc/evil.pdf" }] });
    if (!result.ok) return;
    const before = listUploadDir();
    expect(await saveUpload(result.files[0], { requestId }, documentId, "applicant", now())).toMatchObject({ ok: false, error: "validation:upload.name" });
    expect(listUploadDir()).toEqual(before);
  });

  it("takes the fields of a url-encoded form", async () => {
    expect(await readMultipart(post(new URLSearchParams({ a: "1", b: "สอง" })), limits)).toEqual({ ok: true, fields: { a: "1", b: "สอง" }, files: [] });
  });

  it("answers a broken multipart body with a message, not a crash", async () => {
    const request = post("--xyz\r\nnonsense\r\n", { "Content-Type": "multipart/form-data; boundary=xyz" });
    expect(await readMultipart(request, limits)).toEqual({ ok: false, error: "validation:upload.malformed" });
  });
});

describe("fileResponse", () => {
  it("sends the stored type inline with an encoded name and defensive headers", async () => {
    const bytes = minimalPdf();
    const response = fileResponse({ fileName: "คำขอ (1).pdf", mediaType: "application/pdf" }, bytes);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(
      "inline; filename*=UTF-8''%E0%B8%84%E0%B8%B3%E0%B8%82%E0%B8%AD%20%281%29.pdf",
    );
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});

describe("GET /staff/files/:id", () => {
  let fileId = "";
  let draftFileId = "";
  const png = minimalPng();
  const call = async (email: string | null, id: string) =>
    fileRoute.loader({ request: staffRequest(`/staff/files/${id}`, email ? await cookieFor(email) : null), params: { id }, context: {} });

  beforeAll(async () => {
    const saved = await saveUpload({ name: "site-plan.png", size: png.length, bytes: png }, { requestId }, documentId, "applicant", now());
    if (!saved.ok) throw new Error("save failed");
    fileId = saved.file.id;
    const draft = await newDraft();
    const inDraft = await saveUpload({ name: "draft.png", size: png.length, bytes: png }, { draftId: draft.id }, documentId, "applicant", now());
    if (!inDraft.ok) throw new Error("save failed");
    draftFileId = inDraft.file.id;
  });

  it.each(["officer@ptw.demo", "counter@bkk01.demo", "supervisor@bkk01.demo"])("%s, in scope, gets the file", async (email) => {
    const response = (await call(email, fileId)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Content-Disposition")).toBe("inline; filename*=UTF-8''site-plan.png");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it.each([
    ["admin (no access to personal data)", "admin@anuyat.demo", 403],
    ["an officer of another agency", OTHER_OFFICER, 404],
  ])("%s is denied", async (_, email, status) => {
    expect(await outcome(() => call(email, fileId))).toEqual({ status, location: null });
  });

  it("anonymous visitors are sent to sign in", async () => {
    expect((await outcome(() => call(null, fileId))).status).toBe(302);
  });

  it.each([
    ["a file still in a draft", () => draftFileId],
    ["an unknown id", () => "no-such-file"],
  ])("%s is not found", async (_, id) => {
    expect((await outcome(() => call("officer@ptw.demo", id()))).status).toBe(404);
  });
});
