// Applying online and following the request (issue #5: E1, R8.1–R8.5, O2) against the real
// database and a real upload directory: draft → uploads → submit → staff check (incomplete) →
// the applicant acknowledges and cures on the tracking page → accepted with the clock started
// that day. Also save and return, withdrawal, and the purge of expired drafts.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseTrackingNumber } from "~/domain/requests/tracking-number";
import { runSweep } from "~/jobs/sweep.server";
import type { StaffUser } from "~/models/user.server";
import type { ApplicantStep } from "~/schemas/apply";
import {
  draftFiles,
  issueResumeCode,
  requireDraft,
  saveApplicant,
  saveDeclaration,
  startApplication,
  submitDraft,
  unlockDraft,
  uploadToDraft,
} from "~/services/apply.server";
import { getStaffUser } from "~/services/auth.server";
import { checkOnlineRequest } from "~/services/online-check.server";
import { acknowledgeOnline, applicantFile, cureOnline, getTrackingView, getVerifiedNumber, verifyTracking, withdrawOnline } from "~/services/tracking.server";
import { prisma } from "~/utils/db.server";
import { minimalPdf, minimalPng } from "../fixtures/documents";
import { cookieFor, staffRequest } from "./staff-session";

const UPLOAD_DIR = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "anuyat-apply-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
});

// Thursday 9 April 2026, 10:00 in Bangkok; commercial registration takes 60 office minutes.
const THURSDAY = new Date("2026-04-09T10:00:00+07:00");
const THURSDAY_LATER = new Date("2026-04-09T14:00:00+07:00");
const FRIDAY = new Date("2026-04-10T09:00:00+07:00");
const SLUG = "commercial-registration";
const APPLICANT: ApplicantStep = {
  applicantType: "person",
  applicantId: "1101700203450",
  applicantName: "Online Applicant",
  applicantPhone: "081-234-9876",
  applicantEmail: "",
  applicantAddress: "5 Online Road, Bangkok",
  preferredLanguage: "en",
  noticesByEmail: false,
};

let officer: StaffUser;
const cookieOf = (setCookie: string) => setCookie.split(";")[0];
const req = (path: string, cookie = "") => new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
const pdf = (field: string, name = "scan.pdf") => ({ field, name, size: minimalPdf().length, bytes: minimalPdf() });

async function newDraft(at = THURSDAY) {
  const { key, setCookie } = await startApplication(req(`/permits/${SLUG}/apply`), SLUG, "en", at);
  const cookie = cookieOf(setCookie);
  return { key, cookie, draft: await requireDraft(req(`/apply/${key}/applicant`, cookie), key, at) };
}

// A draft with every unconditional document uploaded and the declaration made.
async function readyDraft(at = THURSDAY) {
  const { key, cookie, draft } = await newDraft(at);
  await saveApplicant(draft, APPLICANT, at);
  const required = draft.manual.documents.filter((d) => !d.conditionTh && !d.conditionEn);
  expect(await uploadToDraft(draft, required.map((d) => pdf(`file.${d.id}`)), at)).toEqual({});
  await saveDeclaration(draft, { truthful: true, consent: true }, at);
  return { key, cookie, draft: await requireDraft(req(`/apply/${key}/check`, cookie), key, at) };
}

async function submitted(at = THURSDAY) {
  const { draft } = await readyDraft(at);
  const result = await submitDraft(draft, at);
  if (!result.ok) throw new Error(result.error);
  return result.trackingNumber;
}

beforeAll(async () => {
  officer = (await getStaffUser(staffRequest("/staff", await cookieFor("officer@dbd.demo"))))!;
});
afterAll(() => rmSync(UPLOAD_DIR, { recursive: true, force: true }));

describe("applying online (E1)", () => {
  it("files a request in the ONLINE series, waiting for the completeness check, with its files and a receipt", async () => {
    const { draft } = await readyDraft();
    const result = await submitDraft(draft, THURSDAY);
    expect(result.ok).toBe(true);
    const number = result.ok ? result.trackingNumber : "";
    expect(parseTrackingNumber(number)).toMatchObject({ center: "ONLINE", buddhistYear: 2569 });
    const r = await prisma.request.findUniqueOrThrow({
      where: { trackingNumber: number },
      select: { channel: true, status: true, completeOn: true, dueDate: true, serviceCenterId: true, files: { select: { draftId: true } }, notices: { select: { kind: true } }, events: { select: { type: true, actorRole: true } } },
    });
    // R8.5: the clock has not started; staff must check completeness first.
    expect(r).toMatchObject({ channel: "online", status: "submitted", completeOn: null, dueDate: null, serviceCenterId: null });
    expect(r.files.length).toBeGreaterThan(0);
    expect(r.files.every((f) => f.draftId === null)).toBe(true);
    expect(r.notices.map((n) => n.kind)).toEqual(["receipt"]);
    expect(r.events).toEqual([{ type: "submitted", actorRole: "applicant" }]);
    // The draft keeps no personal data once sent.
    expect((await prisma.applicationDraft.findUniqueOrThrow({ where: { id: draft.id }, select: { data: true } })).data).toBe("{}");
  });

  it("sending twice (a double click, a reload) files one request", async () => {
    const { draft } = await readyDraft();
    const [a, b] = await Promise.all([submitDraft(draft, THURSDAY), submitDraft(draft, THURSDAY)]);
    expect(a).toEqual(b);
    expect(await prisma.request.count({ where: { idempotencyKey: `online-${draft.id}` } })).toBe(1);
  });

  it("refuses to send without the required documents or the declaration", async () => {
    const { key, cookie, draft } = await newDraft();
    await saveApplicant(draft, APPLICANT, THURSDAY);
    const fresh = await requireDraft(req(`/apply/${key}/check`, cookie), key, THURSDAY);
    expect(await submitDraft(fresh, THURSDAY)).toEqual({ ok: false, error: "apply:errors.documentsMissing", step: "documents" });
    const required = fresh.manual.documents.filter((d) => !d.conditionTh && !d.conditionEn);
    await uploadToDraft(fresh, required.map((d) => pdf(`file.${d.id}`)), THURSDAY);
    const again = await requireDraft(req(`/apply/${key}/check`, cookie), key, THURSDAY);
    expect(await submitDraft(again, THURSDAY)).toEqual({ ok: false, error: "apply:errors.declarationMissing", step: "declaration" });
  });

  it("a file that is not what its name says is refused and nothing is kept", async () => {
    const { draft } = await newDraft();
    const before = readdirSync(UPLOAD_DIR).length;
    const doc = draft.manual.documents[0];
    const errors = await uploadToDraft(draft, [{ field: `file.${doc.id}`, name: "letter.pdf", size: 12, bytes: new TextEncoder().encode("not a pdf!!\n") }], THURSDAY);
    expect(errors[`file.${doc.id}`]).toMatchObject({ key: "validation:upload.type" });
    expect(await draftFiles(draft)).toEqual([]);
    expect(readdirSync(UPLOAD_DIR).length).toBe(before);
  });
});

describe("save and return", () => {
  it("another browser needs the link and the code; wrong codes are limited", async () => {
    const { key, draft } = await newDraft();
    await expect(requireDraft(req(`/apply/${key}/applicant`), key, THURSDAY)).rejects.toMatchObject({ status: 302 });
    const issued = await issueResumeCode(draft, "en", THURSDAY, (code, link) => ({ subject: "s", body: `${code} ${link}` }));
    expect(issued.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(issued.link).toContain(`/apply/${key}/resume`);
    expect(issued.emailed).toBe(false);
    expect(await unlockDraft(req(`/apply/${key}/resume`), key, "ZZZZ-ZZZZ", THURSDAY)).toEqual({ ok: false, error: "apply:errors.wrongCode" });
    const unlocked = await unlockDraft(req(`/apply/${key}/resume`), key, issued.code.toLowerCase().replace("-", " "), THURSDAY);
    expect(unlocked.ok).toBe(true);
    const cookie = unlocked.ok ? cookieOf(unlocked.setCookie) : "";
    expect((await requireDraft(req(`/apply/${key}/applicant`, cookie), key, THURSDAY)).id).toBe(draft.id);
    // Five tries per 15 minutes per draft: the sixth is refused even with the right code.
    for (let i = 0; i < 4; i++) await unlockDraft(req(`/apply/${key}/resume`), key, "ZZZZ-ZZZZ", THURSDAY);
    expect(await unlockDraft(req(`/apply/${key}/resume`), key, issued.code, THURSDAY)).toEqual({ ok: false, error: "apply:errors.tooManyCodes" });
  });

  it("the sweep purges expired drafts with their files, and leaves live ones", async () => {
    const old = await newDraft(new Date("2026-01-02T10:00:00+07:00"));
    await uploadToDraft(old.draft, [pdf(`file.${old.draft.manual.documents[0].id}`)], THURSDAY);
    const [file] = await draftFiles(old.draft);
    const key = (await prisma.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } })).storageKey;
    expect(existsSync(join(UPLOAD_DIR, key))).toBe(true);
    const live = await newDraft(THURSDAY);
    // DRAFT_TTL_DAYS = 30: the January draft expired on 1 February.
    const report = await runSweep(THURSDAY);
    expect(report.draftsPurged).toBeGreaterThanOrEqual(1);
    expect(await prisma.applicationDraft.findUnique({ where: { id: old.draft.id } })).toBeNull();
    expect(await prisma.storedFile.findUnique({ where: { id: file.id } })).toBeNull();
    expect(existsSync(join(UPLOAD_DIR, key))).toBe(false);
    expect(await prisma.applicationDraft.findUnique({ where: { id: live.draft.id } })).not.toBeNull();
    expect((await runSweep(THURSDAY)).draftsPurged).toBe(0);
  });
});

describe("completeness check of an online request and cure on the tracking page", () => {
  it("incomplete → one record, acknowledged and cured online → accepted, clock from the cure day (R8.2, R8.3, R8.5)", async () => {
    const number = await submitted();
    const r = await prisma.request.findUniqueOrThrow({ where: { trackingNumber: number }, select: { id: true, manualVersion: { select: { documents: { select: { id: true }, orderBy: { position: "asc" } } } } } });
    const docs = r.manualVersion.documents;
    const check = { documents: docs.map((d, i) => ({ id: d.id, status: i === 0 ? ("defective" as const) : ("received" as const), note: i === 0 ? "unreadable scan" : "" })), cureDeadline: "" };
    expect(await checkOnlineRequest(officer, r.id, check, THURSDAY_LATER)).toEqual({ ok: true });
    // R8.3: no second check, no second record.
    expect(await checkOnlineRequest(officer, r.id, check, THURSDAY_LATER)).toMatchObject({ ok: false, status: 409 });
    expect(await prisma.deficiencyRecord.count({ where: { requestId: r.id } })).toBe(1);

    // The applicant verifies with the last 4 digits of the phone number; a wrong one learns nothing.
    expect(await verifyTracking(number, "0000")).toBeNull();
    expect(await verifyTracking("ONLINE-2569-999999-X", "9876")).toBeNull();
    const verified = await verifyTracking(number.toLowerCase(), "9876");
    expect(verified?.number).toBe(number);
    expect(await getVerifiedNumber(req("/track", cookieOf(verified!.setCookie)))).toBe(number);

    let view = (await getTrackingView(number, "en"))!;
    expect(view).toMatchObject({ status: "incomplete", dueDate: null, can: { acknowledge: true, cure: true, withdraw: true } });
    expect(view.record?.items).toMatchObject([{ problem: "defective", note: "unreadable scan" }]);
    expect(view.notices.map((n) => n.kind)).toEqual(["receipt", "deficiency"]);
    expect(JSON.stringify(view)).not.toMatch(/Duangjai|officer@/);

    expect(await acknowledgeOnline(number, THURSDAY)).toEqual({ ok: true });
    expect(await acknowledgeOnline(number, THURSDAY)).toEqual({ ok: true });
    expect(await prisma.requestEvent.count({ where: { requestId: r.id, type: "deficiency_acknowledged" } })).toBe(1);

    // A bad file does not cure anything.
    const item = view.record!.items[0];
    const bad = await cureOnline(number, [{ field: `item.${item.id}`, name: "x.png", size: 3, bytes: new Uint8Array([1, 2, 3]) }], FRIDAY);
    expect(bad).toMatchObject({ ok: false, errors: { [`item.${item.id}`]: { key: "validation:upload.type" } } });
    const png = minimalPng();
    expect(await cureOnline(number, [{ field: `item.${item.id}`, name: "better.png", size: png.length, bytes: png }], FRIDAY)).toEqual({ ok: true });
    view = (await getTrackingView(number, "en"))!;
    // Cured on Friday 10 April at 09:00; 60 office minutes → due the same day.
    expect(view).toMatchObject({ status: "accepted", completeOn: "2026-04-10", dueDate: "2026-04-10" });
    expect(view.record?.curedOn).toBe("2026-04-10");
    expect(view.files.map((f) => f.name)).toContain("better.png");

    // The applicant's browser can open its own files; another number's cookie cannot.
    const fileId = view.files[0].id;
    expect((await applicantFile(number, fileId))?.status).toBe(200);
    expect(await applicantFile("ONLINE-2569-000001-X", fileId)).toBeNull();
  });

  it("the officer may give a longer cure period than the default, never a shorter one (R8.2)", async () => {
    const number = await submitted();
    const r = await prisma.request.findUniqueOrThrow({ where: { trackingNumber: number }, select: { id: true, manualVersion: { select: { documents: { select: { id: true } } } } } });
    const documents = r.manualVersion.documents.map((d, i) => ({ id: d.id, status: i === 0 ? ("missing" as const) : ("received" as const), note: "" }));
    expect(await checkOnlineRequest(officer, r.id, { documents, cureDeadline: "2026-04-10" }, THURSDAY)).toMatchObject({ ok: false, status: 400, errors: { cureDeadline: "validation:cureDeadlineTooEarly" } });
    expect(await prisma.deficiencyRecord.count({ where: { requestId: r.id } })).toBe(0);
    expect(await checkOnlineRequest(officer, r.id, { documents, cureDeadline: "2026-05-29" }, THURSDAY)).toEqual({ ok: true });
    expect(await prisma.deficiencyRecord.findFirstOrThrow({ where: { requestId: r.id }, select: { cureDeadline: true } })).toEqual({ cureDeadline: "2026-05-29" });
  });

  it("complete → accepted and the clock starts the day of the check", async () => {
    const number = await submitted();
    const r = await prisma.request.findUniqueOrThrow({ where: { trackingNumber: number }, select: { id: true, manualVersion: { select: { documents: { select: { id: true } } } } } });
    const check = { documents: r.manualVersion.documents.map((d) => ({ id: d.id, status: "received" as const, note: "" })), cureDeadline: "" };
    expect(await checkOnlineRequest(officer, r.id, check, FRIDAY)).toEqual({ ok: true });
    expect(await prisma.request.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, completeOn: true, dueDate: true } })).toEqual({ status: "accepted", completeOn: "2026-04-10", dueDate: "2026-04-10" });
  });

  it("the applicant withdraws from the tracking page; it is logged and cannot be repeated", async () => {
    const number = await submitted();
    expect(await withdrawOnline(number)).toEqual({ ok: true });
    const r = await prisma.request.findUniqueOrThrow({ where: { trackingNumber: number }, select: { status: true, events: { select: { type: true, actorRole: true }, orderBy: { seq: "asc" } } } });
    expect(r.status).toBe("withdrawn");
    expect(r.events.at(-1)).toEqual({ type: "withdrawn", actorRole: "applicant" });
    expect(await withdrawOnline(number)).toMatchObject({ ok: false });
  });
});

describe("public forms are limited per client", () => {
  it("the 21st tracking look-up in 15 minutes from one address is refused, whatever the digits", async () => {
    const { action } = await import("~/routes/track");
    const post = (digits: string) =>
      action({
        request: new Request("http://localhost/track", { method: "POST", headers: { "X-Forwarded-For": "203.0.113.77" }, body: new URLSearchParams({ intent: "find", number: "ONLINE-2569-000001-X", verifier: digits }) }),
        params: {},
        context: {},
      }).catch((thrown: unknown) => thrown as Response);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push(((await post(String(1000 + i))) as { init?: { status?: number } }).init?.status ?? 0);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("a bot that fills the hidden field starts no application", async () => {
    const { action } = await import("~/routes/permits.$slug_.apply");
    const before = await prisma.applicationDraft.count();
    const result = await action({
      request: new Request(`http://localhost/permits/${SLUG}/apply`, { method: "POST", body: new URLSearchParams({ website: "http://spam.example" }) }),
      params: { slug: SLUG },
      context: {},
    });
    expect((result as { init?: { status?: number } }).init?.status).toBe(400);
    expect(await prisma.applicationDraft.count()).toBe(before);
  });
});
