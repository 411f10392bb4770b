// R7.4 against the real database: earlier versions of a manual stay readable, any two can be
// compared, drafts stay private, and PDF forms attached to a draft are served to the public
// only once their version is published. A second version is made here directly with Prisma
// (a copy of the seeded version 1 with one change), so this file needs nothing but the seed.
import { readdirSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loader as publicHistoryLoader } from "~/routes/permits.$slug_.versions._index";
import { loader as publicVersionLoader } from "~/routes/permits.$slug_.versions.$n";
import { loader as downloadLoader } from "~/routes/permits.$slug_.forms.$formId";
import { loader as apiManualLoader } from "~/routes/api.v1.permits.$slug";
import { loader as staffDiffLoader } from "~/routes/staff.admin.manuals.$slug_.diff";
import { action as attachAction, loader as attachLoader } from "~/routes/staff.admin.manuals.$slug_.draft_.forms.$formId.file";
import { loader as staffVersionLoader } from "~/routes/staff.admin.manuals.$slug_.versions.$n";
import { ManualSchema } from "~/schemas/open-data";
import { storage } from "~/services/storage.server";
import { prisma } from "~/utils/db.server";
import { minimalPdf } from "../fixtures/documents";
import { cookieFor, outcome, staffRequest } from "./staff-session";

// Before any import reads the configuration: attachments go to a fresh temporary directory.
const UPLOAD_DIR = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "anuyat-manual-forms-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
});

const SLUG = "food-premises-licence"; // agency PTW-DIST: editor@ptw.demo's own
const OTHER_SLUG = "commercial-registration"; // agency DBD
const ADMIN = "admin@anuyat.demo";
const EDITOR = "editor@ptw.demo";
const NEW_STEP_TH = "ตรวจสถานที่ซ้ำ (ฉบับทดสอบ)";

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
const call = (fn: Loader, request: Request, params: Record<string, string>) => fn({ request, params, context: {} });
const run = (fn: Loader, path: string, params: Record<string, string>, cookie: string | null = null) =>
  outcome(() => call(fn, staffRequest(path, cookie), params));
async function body<T>(fn: Loader, path: string, params: Record<string, string>, cookie: string | null = null): Promise<T> {
  const value = await call(fn, staffRequest(path, cookie), params);
  return (value instanceof Response ? await value.json() : value) as T;
}

let permitId = "";
let v1Id = "";
const created: string[] = [];
let publishedFormId = "";
let draftFormId = "";
let v1FormId = "";

// A new version copied from `fromId` with every child row, then changed by `change`.
async function copyVersion(fromId: string, version: number, status: "draft" | "published") {
  const v = await prisma.manualVersion.findUniqueOrThrow({
    where: { id: fromId },
    include: { laws: true, channels: true, steps: true, documents: true, fees: true, complaintChannels: true, forms: true },
  });
  const { id: _id, permitId: pid, laws, channels, steps, documents, fees, complaintChannels, forms, createdAt: _c, ...fields } = v;
  const rows = <T extends { id: string; versionId: string }>(list: T[]) => list.map(({ id: _i, versionId: _v, ...rest }) => rest);
  const copy = await prisma.manualVersion.create({
    data: {
      ...fields,
      permitId: pid,
      version,
      status,
      publishedAt: status === "published" ? new Date("2026-04-01T09:00:00+07:00") : null,
      laws: { createMany: { data: rows(laws) } },
      channels: { createMany: { data: rows(channels) } },
      steps: { createMany: { data: rows(steps) } },
      documents: { createMany: { data: rows(documents) } },
      fees: { createMany: { data: rows(fees) } },
      complaintChannels: { createMany: { data: rows(complaintChannels) } },
      forms: { createMany: { data: rows(forms) } },
    },
    select: { id: true },
  });
  created.push(copy.id);
  return copy.id;
}

async function firstForm(versionId: string) {
  return (await prisma.manualForm.findFirstOrThrow({ where: { versionId }, orderBy: { position: "asc" }, select: { id: true } })).id;
}

beforeAll(async () => {
  const permit = await prisma.permit.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, currentVersionId: true } });
  permitId = permit.id;
  v1Id = permit.currentVersionId!;
  v1FormId = await firstForm(v1Id);
  // Version 2: a step inserted after the first, published and in force.
  const v2Id = await copyVersion(v1Id, 2, "published");
  await prisma.manualStep.updateMany({ where: { versionId: v2Id, position: { gt: 1 } }, data: { position: { increment: 1 } } });
  await prisma.manualStep.create({
    data: {
      versionId: v2Id,
      position: 2,
      kind: "inspection",
      titleTh: NEW_STEP_TH,
      titleEn: "Second site visit (test version)",
      durationValue: 2,
      durationUnit: "working_days",
      responsibleTh: "ฝ่ายสิ่งแวดล้อม",
      responsibleEn: "Environment section",
    },
  });
  // Its first form carries a PDF stored like an upload (what publishing a draft leaves behind).
  publishedFormId = await firstForm(v2Id);
  const key = "3f1c2a9e-8d4b-4c6a-9e2f-1a2b3c4d5e6f";
  const pdf = minimalPdf();
  await storage().put(key, pdf);
  await prisma.manualForm.update({
    where: { id: publishedFormId },
    data: { fileKey: key, fileName: "แบบคำขอ สอ.1.pdf", fileSize: pdf.byteLength, fileSha256: "test" },
  });
  await prisma.permit.update({ where: { id: permitId }, data: { currentVersionId: v2Id } });
  // Version 3: a draft copied from version 2 (sharing the stored PDF, as a new draft does).
  const v3Id = await copyVersion(v2Id, 3, "draft");
  draftFormId = await firstForm(v3Id);
});

afterAll(async () => {
  // Leave the seeded manual as other files expect it: version 1 in force, nothing else.
  await prisma.permit.update({ where: { id: permitId }, data: { currentVersionId: v1Id } });
  await prisma.manualVersion.deleteMany({ where: { id: { in: created } } });
  // The audit entries stay: the log is one hash chain, and deleting from its middle would show
  // as tampering to every later verification in this run (decision 0013).
  rmSync(UPLOAD_DIR, { recursive: true, force: true });
});

type VersionView = { manual: { version: number; steps: { title: string }[] }; standing: { kind: string; by?: number } };

describe("every version stays readable (R7.4)", () => {
  it("the public reads version 1, marked as replaced by version 2, and version 2 as in force", async () => {
    const v1 = await body<VersionView>(publicVersionLoader as Loader, `/permits/${SLUG}/versions/1`, { slug: SLUG, n: "1" });
    expect(v1.manual.version).toBe(1);
    expect(v1.standing).toMatchObject({ kind: "superseded", by: 2 });
    expect(v1.manual.steps.map((s) => s.title)).not.toContain("Second site visit (test version)");
    const v2 = await body<VersionView>(publicVersionLoader as Loader, `/permits/${SLUG}/versions/2`, { slug: SLUG, n: "2" });
    expect(v2.standing.kind).toBe("in_force");
    expect(v2.manual.steps[1].title).toBe("Second site visit (test version)");
  });

  it("a draft is not public (404), nor is a version that does not exist", async () => {
    expect((await run(publicVersionLoader as Loader, `/permits/${SLUG}/versions/3`, { slug: SLUG, n: "3" })).status).toBe(404);
    expect((await run(publicVersionLoader as Loader, `/permits/${SLUG}/versions/9`, { slug: SLUG, n: "9" })).status).toBe(404);
    expect((await run(publicVersionLoader as Loader, `/permits/${SLUG}/versions/x`, { slug: SLUG, n: "x" })).status).toBe(404);
  });

  it("staff in scope read the draft too; an editor of another agency gets 403", async () => {
    const draft = await body<VersionView>(staffVersionLoader as Loader, `/staff/admin/manuals/${SLUG}/versions/3`, { slug: SLUG, n: "3" }, await cookieFor(EDITOR));
    expect(draft.standing.kind).toBe("draft");
    const other = await run(staffVersionLoader as Loader, `/staff/admin/manuals/${OTHER_SLUG}/versions/1`, { slug: OTHER_SLUG, n: "1" }, await cookieFor(EDITOR));
    expect(other.status).toBe(403);
    const admin = await run(staffVersionLoader as Loader, `/staff/admin/manuals/${OTHER_SLUG}/versions/1`, { slug: OTHER_SLUG, n: "1" }, await cookieFor(ADMIN));
    expect(admin.status).toBe(200);
    // A counter officer has no manual.edit at all.
    const counter = await run(staffVersionLoader as Loader, `/staff/admin/manuals/${SLUG}/versions/1`, { slug: SLUG, n: "1" }, await cookieFor("counter@bkk01.demo"));
    expect(counter.status).toBe(403);
  });
});

type DiffView = { from: number; to: number; versions: { version: number }[]; diff: { identical: boolean; lists: { list: string; changes: { kind: string; to?: number; label: { th: string } }[] }[] } };

describe("a diff between any two versions (R7.4)", () => {
  it("shows the inserted step between versions 1 and 2, publicly and for staff", async () => {
    const pub = await body<DiffView>(publicHistoryLoader as Loader, `/permits/${SLUG}/versions?from=1&to=2`, { slug: SLUG });
    expect(pub.diff.lists).toEqual([
      { list: "steps", changes: [expect.objectContaining({ kind: "added", to: 2, label: expect.objectContaining({ th: NEW_STEP_TH }) })] },
      // Version 2 also attached a PDF to its first form.
      { list: "forms", changes: [expect.objectContaining({ kind: "changed", fields: [expect.objectContaining({ field: "file", before: null })] })] },
    ]);
    // The public history lists published versions only.
    expect(pub.versions.map((v) => v.version)).toEqual([2, 1]);
    const staff = await body<DiffView>(staffDiffLoader as Loader, `/staff/admin/manuals/${SLUG}/diff?from=1&to=2`, { slug: SLUG }, await cookieFor(EDITOR));
    expect(staff.diff.lists[0].changes[0]).toMatchObject({ kind: "added", to: 2 });
  });

  it("staff compare the draft too (by default the newest with the one before); the public cannot", async () => {
    const staff = await body<DiffView>(staffDiffLoader as Loader, `/staff/admin/manuals/${SLUG}/diff`, { slug: SLUG }, await cookieFor(EDITOR));
    expect([staff.from, staff.to, staff.diff.identical]).toEqual([2, 3, true]);
    expect((await run(publicHistoryLoader as Loader, `/permits/${SLUG}/versions?from=2&to=3`, { slug: SLUG })).status).toBe(404);
    expect((await run(publicHistoryLoader as Loader, `/permits/${SLUG}/versions?from=abc`, { slug: SLUG })).status).toBe(400);
  });
});

describe("PDF forms attached to a manual", () => {
  it("the public downloads a published version's PDF with safe headers and its Thai name (RFC 5987)", async () => {
    const response = (await call(downloadLoader as Loader, staffRequest(`/permits/${SLUG}/forms/${publishedFormId}`, null), { slug: SLUG, formId: publishedFormId })) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("แบบคำขอ สอ.1.pdf")}`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(minimalPdf());
    // The manual in force links the file, and the open data carries it (O3).
    const api = ManualSchema.parse(await ((await apiManualLoader({ request: staffRequest(`/api/v1/permits/${SLUG}`, null), params: { slug: SLUG }, context: {} })) as Response).json());
    expect(api.forms[0].file).toMatchObject({ url: `/permits/${SLUG}/forms/${publishedFormId}`, name: "แบบคำขอ สอ.1.pdf" });
  });

  it("a draft's form, another permit's slug or a form without a file answer 404 to the public", async () => {
    const cases = [
      { slug: SLUG, formId: draftFormId },
      { slug: OTHER_SLUG, formId: publishedFormId },
      { slug: SLUG, formId: v1FormId },
      { slug: SLUG, formId: "nope" },
    ];
    for (const params of cases) expect((await run(downloadLoader as Loader, `/permits/${params.slug}/forms/${params.formId}`, params)).status, JSON.stringify(params)).toBe(404);
    // The manual's editor previews the draft's file.
    expect((await run(downloadLoader as Loader, `/permits/${SLUG}/forms/${draftFormId}`, { slug: SLUG, formId: draftFormId }, await cookieFor(EDITOR))).status).toBe(200);
  });

  it("refuses a text file renamed .pdf, with a translated message, and changes nothing", async () => {
    const before = await prisma.manualForm.findUniqueOrThrow({ where: { id: draftFormId }, select: { fileKey: true } });
    const filesBefore = readdirSync(UPLOAD_DIR).sort();
    const form = new FormData();
    form.append("intent", "upload");
    form.append("file", new File(["Dear Sir, this is not a PDF."], "form.pdf", { type: "application/pdf" }));
    const path = `/staff/admin/manuals/${SLUG}/draft/forms/${draftFormId}/file`;
    const result = (await call(attachAction as Loader, staffRequest(path, await cookieFor(EDITOR), { method: "POST", body: form }), { slug: SLUG, formId: draftFormId })) as {
      data: { error: { key: string } };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.error.key).toBe("editor:attachments.errors.notPdf");
    expect(await prisma.manualForm.findUniqueOrThrow({ where: { id: draftFormId }, select: { fileKey: true } })).toEqual(before);
    expect(readdirSync(UPLOAD_DIR).sort()).toEqual(filesBefore);
  });

  it("attaches a PDF to the draft's form with an audit entry, keeps the bytes the published version shares, and removes it again", async () => {
    const shared = (await prisma.manualForm.findUniqueOrThrow({ where: { id: draftFormId }, select: { fileKey: true } })).fileKey;
    const form = new FormData();
    form.append("intent", "upload");
    form.append("file", new File([minimalPdf() as Uint8Array<ArrayBuffer>], "ตัวอย่าง การกรอก.PDF", { type: "application/pdf" }));
    const path = `/staff/admin/manuals/${SLUG}/draft/forms/${draftFormId}/file`;
    // No session: sent to sign in, nothing stored.
    expect((await outcome(() => call(attachAction as Loader, staffRequest(path, null, { method: "POST", body: form }), { slug: SLUG, formId: draftFormId }))).status).toBe(302);
    expect((await prisma.manualForm.findUniqueOrThrow({ where: { id: draftFormId }, select: { fileKey: true } })).fileKey).toBe(shared);
    const signedIn = await outcome(async () => call(attachAction as Loader, staffRequest(path, await cookieFor(EDITOR), { method: "POST", body: form }), { slug: SLUG, formId: draftFormId }));
    expect(signedIn).toMatchObject({ status: 302, location: `${path}?done=attached` });
    const row = await prisma.manualForm.findUniqueOrThrow({ where: { id: draftFormId }, select: { fileKey: true, fileName: true, fileSize: true, fileSha256: true } });
    expect(row).toMatchObject({ fileName: "ตัวอย่าง การกรอก.pdf", fileSize: minimalPdf().byteLength });
    expect(row.fileKey).not.toBe(shared);
    expect(row.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    // The published version still serves its own bytes: replacing the draft's file never deletes them.
    expect(await storage().get(shared)).not.toBeNull();
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: { in: created }, action: "attach_form" }, orderBy: { at: "desc" }, select: { entity: true, label: true, after: true } });
    expect(audit).toMatchObject({ entity: "manual", label: expect.stringMatching(new RegExp(`^${SLUG} draft v3: `)) });
    expect(JSON.parse(audit.after)).toMatchObject({ fileName: "ตัวอย่าง การกรอก.pdf" });

    const remove = new FormData();
    remove.append("intent", "remove");
    const removed = await outcome(async () => call(attachAction as Loader, staffRequest(path, await cookieFor(EDITOR), { method: "POST", body: remove }), { slug: SLUG, formId: draftFormId }));
    expect(removed).toMatchObject({ status: 302, location: `${path}?done=detached` });
    expect((await prisma.manualForm.findUniqueOrThrow({ where: { id: draftFormId }, select: { fileKey: true } })).fileKey).toBe("");
    const detached = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: { in: created }, action: "detach_form" }, select: { before: true, after: true } });
    expect([JSON.parse(detached.before), detached.after]).toEqual([expect.objectContaining({ fileName: "ตัวอย่าง การกรอก.pdf" }), "null"]);
    // Bytes only this draft used are gone; the shared ones stay.
    expect(await storage().get(row.fileKey)).toBeNull();
    expect(await storage().get(shared)).not.toBeNull();
  });

  it("refuses a published version's form (409), another permit's form (404) and an editor of another agency (403)", async () => {
    const path = (slug: string, formId: string) => `/staff/admin/manuals/${slug}/draft/forms/${formId}/file`;
    const editor = await cookieFor(EDITOR);
    expect((await run(attachLoader as Loader, path(SLUG, publishedFormId), { slug: SLUG, formId: publishedFormId }, editor)).status).toBe(409);
    const form = new FormData();
    form.append("file", new File([minimalPdf() as Uint8Array<ArrayBuffer>], "x.pdf"));
    const post = await outcome(() => call(attachAction as Loader, staffRequest(path(SLUG, publishedFormId), editor, { method: "POST", body: form }), { slug: SLUG, formId: publishedFormId }));
    expect(post.status).toBe(409);
    expect((await run(attachLoader as Loader, path(OTHER_SLUG, draftFormId), { slug: OTHER_SLUG, formId: draftFormId }, await cookieFor(ADMIN))).status).toBe(404);
    const otherPermit = await prisma.permit.findUniqueOrThrow({ where: { slug: OTHER_SLUG }, select: { currentVersionId: true } });
    const otherForm = await firstForm(otherPermit.currentVersionId!);
    expect((await run(attachLoader as Loader, path(OTHER_SLUG, otherForm), { slug: OTHER_SLUG, formId: otherForm }, editor)).status).toBe(403);
    expect((await run(attachLoader as Loader, path(SLUG, draftFormId), { slug: SLUG, formId: draftFormId }, editor)).status).toBe(200);
  });
});
