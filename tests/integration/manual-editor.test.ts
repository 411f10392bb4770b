// The manual editor against a real SQLite database (issue 7): scope (an editor of another
// agency gets 403), create → draft v1 → publish, edit → publish v2 while a request is open
// under v1 (R7.4), and an invalid publication that stores nothing. It works on a permit of its
// own and removes it at the end, so the other files see the seed as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualSearchText } from "~/domain/manual/search-text";
import { loadEditorVersion } from "~/models/manual-draft.server";
import { getPublishedManual, listPublishedPermits } from "~/models/permit.server";
import { publishIssues } from "~/schemas/manual-editor";
import { loader as listLoader } from "~/routes/staff.admin.manuals._index";
import { action as newAction } from "~/routes/staff.admin.manuals.new";
import { action as permitAction, loader as permitLoader } from "~/routes/staff.admin.manuals.$slug._index";
import { action as draftAction, loader as draftLoader } from "~/routes/staff.admin.manuals.$slug.draft._index";
import type { IntakeInput } from "~/schemas/intake";
import { getStaffUser } from "~/services/auth.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { forgetStatistics } from "~/services/statistics.server";
import { prisma } from "~/utils/db.server";
import { cookieFor, outcome, staffRequest } from "./staff-session";

const SLUG = "c1-editor-test-signboard";
const OTHER_AGENCY_SLUG = "commercial-registration"; // DBD, not the PTW editor's agency
let admin: string;
let editor: string;
let ptwId: string;
let bkk01Id: string;

// Nested form values → dotted names, the way the editor form posts them.
function flatten(value: unknown, prefix = "", out = new URLSearchParams()): URLSearchParams {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}${i}.`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}${k}.`, out);
  else if (value !== undefined && value !== null && value !== false) out.append(prefix.slice(0, -1), value === true ? "on" : String(value));
  return out;
}

const post = (path: string, cookie: string, body: URLSearchParams) => staffRequest(path, cookie, { method: "POST", body });
const args = (request: Request, slug = SLUG) => ({ request, params: { slug }, context: {} });
type Returned = { data: Record<string, any>; init: { status?: number } | null };

function complete(overrides: Record<string, unknown> = {}) {
  return {
    nameTh: "การขออนุญาตติดตั้งป้ายทดสอบ",
    nameEn: "Test signboard permit",
    serviceType: "single_agency",
    impactLevel: "general",
    serviceArea: "local",
    timeLawTh: "พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
    timeLawEn: "Licensing Facilitation Act B.E. 2558",
    statutoryValue: 0,
    statutoryUnit: "working_days",
    statsAvg: 3,
    statsMax: 5,
    statsMin: 1,
    referenceName: "การขออนุญาตติดตั้งป้าย (ทดสอบ)",
    criteriaTh: "ผู้ขอต้องเป็นเจ้าของอาคาร",
    criteriaEn: "The applicant owns the building.",
    totalValue: 5,
    totalUnit: "working_days",
    noFee: true,
    laws: [{ titleTh: "พระราชบัญญัติควบคุมป้ายทดสอบ", titleEn: "Test Signboard Control Act" }],
    channels: [{ kind: "service_center", serviceCenterId: bkk01Id, placeTh: "ศูนย์ทดสอบ", placeEn: "Test centre", hoursTh: "จันทร์–ศุกร์", hoursEn: "Mon–Fri" }],
    steps: [
      { kind: "review", titleTh: "พิจารณาคำขอ", titleEn: "Review the request", durationValue: 3, durationUnit: "working_days", responsibleTh: "ฝ่ายโยธา", responsibleEn: "Works unit" },
      { kind: "issue", titleTh: "ออกใบอนุญาต", titleEn: "Issue the permit", durationValue: 2, durationUnit: "working_days", responsibleTh: "ฝ่ายโยธา", responsibleEn: "Works unit" },
    ],
    documents: [{ group: "identity", nameTh: "บัตรประจำตัวประชาชน", nameEn: "National ID card", issuerTh: "กรมการปกครอง", issuerEn: "DOPA", originals: 1, copies: 1, unit: "copy" }],
    complaintChannels: [{ nameTh: "สายด่วน", nameEn: "Hotline", detailTh: "1111", detailEn: "1111" }],
    forms: [{ id: "", code: "ป.1", nameTh: "แบบคำขอติดตั้งป้าย", nameEn: "Signboard application form", url: "" }],
    ...overrides,
  };
}

async function versionRows(versionId: string) {
  return prisma.manualVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      version: true,
      status: true,
      nameTh: true,
      totalValue: true,
      totalUnit: true,
      publishedAt: true,
      steps: { select: { id: true, position: true, titleTh: true, titleEn: true, durationValue: true, durationUnit: true }, orderBy: { position: "asc" } },
      documents: { select: { id: true, nameEn: true, originals: true, copies: true }, orderBy: { position: "asc" } },
      forms: { select: { id: true, code: true, nameEn: true }, orderBy: { position: "asc" } },
    },
  });
}

beforeAll(async () => {
  admin = await cookieFor("admin@anuyat.demo");
  editor = await cookieFor("editor@ptw.demo");
  ptwId = (await prisma.agency.findUniqueOrThrow({ where: { code: "PTW-DIST" }, select: { id: true } })).id;
  bkk01Id = (await prisma.serviceCenter.findUniqueOrThrow({ where: { code: "BKK01" }, select: { id: true } })).id;
});

afterAll(async () => {
  const permit = await prisma.permit.findUnique({ where: { slug: SLUG }, select: { id: true } });
  if (!permit) return;
  await prisma.request.deleteMany({ where: { permitId: permit.id } });
  await prisma.permit.update({ where: { id: permit.id }, data: { currentVersionId: null } });
  await prisma.manualVersion.deleteMany({ where: { permitId: permit.id } });
  await prisma.permit.delete({ where: { id: permit.id } });
  forgetStatistics();
});

describe("manual editor: the seeded manuals", () => {
  it("every manual in force passes the publication rules, so editing one and publishing it again works (R7.1, R7.6)", async () => {
    const permits = await prisma.permit.findMany({ where: { currentVersionId: { not: null } }, select: { slug: true, currentVersionId: true } });
    expect(permits.length).toBeGreaterThan(10);
    for (const p of permits) {
      const version = await loadEditorVersion(p.currentVersionId!);
      expect({ slug: p.slug, issues: publishIssues(version!.state) }).toEqual({ slug: p.slug, issues: [] });
    }
  });
});

describe("manual editor: scope", () => {
  it("an editor of another agency gets 403 on the permit, its draft and its edit action", async () => {
    expect(await outcome(() => permitLoader(args(staffRequest(`/staff/admin/manuals/${OTHER_AGENCY_SLUG}`, editor), OTHER_AGENCY_SLUG)))).toEqual({ status: 403, location: null });
    expect(await outcome(() => permitAction(args(post(`/staff/admin/manuals/${OTHER_AGENCY_SLUG}?index`, editor, new URLSearchParams({ intent: "edit" })), OTHER_AGENCY_SLUG)))).toMatchObject({ status: 403 });
    expect(await outcome(() => draftAction(args(post(`/staff/admin/manuals/${OTHER_AGENCY_SLUG}/draft?index`, editor, flatten({ intent: "save", ...complete() })), OTHER_AGENCY_SLUG)))).toMatchObject({
      status: 403,
    });
    expect(await prisma.manualVersion.count({ where: { permit: { slug: OTHER_AGENCY_SLUG }, status: "draft" } })).toBe(0);
  });

  it("lists only the editor's own agency; counter staff are refused", async () => {
    const list = await listLoader({ request: staffRequest("/staff/admin/manuals", editor), params: {}, context: {} });
    expect(list.manuals.length).toBeGreaterThan(0);
    expect(list.manuals.every((m) => m.agency.code === "PTW-DIST")).toBe(true);
    const counter = await cookieFor("counter@bkk01.demo");
    expect(await outcome(() => listLoader({ request: staffRequest("/staff/admin/manuals", counter), params: {}, context: {} }))).toMatchObject({ status: 403 });
  });

  it("an editor cannot create a permit for another agency", async () => {
    const dbd = (await prisma.agency.findUniqueOrThrow({ where: { code: "DBD" }, select: { id: true } })).id;
    const body = new URLSearchParams({ slug: "c1-editor-test-foreign", kind: "licence", category: "commerce", agencyId: dbd, nameTh: "ต่างหน่วย", nameEn: "Foreign" });
    const result = (await newAction({ request: post("/staff/admin/manuals/new", editor, body), params: {}, context: {} })) as unknown as Returned;
    expect(result.init?.status).toBe(400);
    expect(result.data.errors).toEqual({ agencyId: "validation:choose" });
    expect(await prisma.permit.count({ where: { slug: "c1-editor-test-foreign" } })).toBe(0);
  });
});

describe("manual editor: create, publish, edit, publish again (R7.4)", () => {
  let v1Id: string;
  let trackingNumber: string;

  it("creates the permit and draft version 1, which is not public", async () => {
    const body = new URLSearchParams({ slug: SLUG, kind: "licence", category: "construction", agencyId: ptwId, nameTh: "ป้ายทดสอบ", nameEn: "Test signboard" });
    body.append("serviceCenterIds", bkk01Id);
    expect(await outcome(() => newAction({ request: post("/staff/admin/manuals/new", editor, body), params: {}, context: {} }))).toEqual({ status: 302, location: `/staff/admin/manuals/${SLUG}/draft` });
    const again = (await newAction({ request: post("/staff/admin/manuals/new", editor, body), params: {}, context: {} })) as unknown as Returned;
    expect(again.data.errors).toEqual({ slug: "editor:errors.slugTaken" });

    const draft = await draftLoader(args(staffRequest(`/staff/admin/manuals/${SLUG}/draft`, editor)));
    expect(draft.version).toBe(1);
    expect(draft.state).toMatchObject({ nameTh: "ป้ายทดสอบ", nameEn: "Test signboard" });
    expect(draft.state.complaintChannels.map((c) => c.detailEn).join(" ")).toMatch(/1111[\s\S]*1206/);
    expect(await getPublishedManual(SLUG)).toBeNull();
    const audit = await prisma.auditEntry.findMany({ where: { label: { startsWith: SLUG } }, select: { entity: true, action: true, label: true }, orderBy: { seq: "asc" } });
    expect(audit).toEqual([
      { entity: "permit", action: "create", label: SLUG },
      { entity: "manual", action: "draft.create", label: `${SLUG} v1` },
    ]);
  });

  it("an invalid publication stores nothing and names every problem", async () => {
    const before = await prisma.manualVersion.findFirstOrThrow({ where: { permit: { slug: SLUG } }, select: { id: true, nameTh: true, updatedAt: true } });
    const invalid = complete({ nameTh: "ชื่อที่ไม่ควรถูกบันทึก", noFee: false, steps: [{ ...complete().steps[0], durationUnit: "" }] });
    const result = (await draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "publish", ...invalid }))))) as unknown as Returned;
    expect(result.init?.status).toBe(400);
    expect(result.data.errors).toEqual({ "steps.0.durationUnit": "editor:errors.unitRequired", fees: "editor:errors.noFeeOrFees" });
    // The form comes back as typed.
    expect(result.data.state.nameTh).toBe("ชื่อที่ไม่ควรถูกบันทึก");
    const after = await prisma.manualVersion.findUniqueOrThrow({ where: { id: before.id }, select: { status: true, nameTh: true, updatedAt: true } });
    expect(after).toEqual({ status: "draft", nameTh: before.nameTh, updatedAt: before.updatedAt });
    expect(await prisma.permit.findUniqueOrThrow({ where: { slug: SLUG }, select: { currentVersionId: true } })).toEqual({ currentVersionId: null });
    expect(await prisma.auditEntry.count({ where: { label: { startsWith: SLUG }, action: "publish" } })).toBe(0);
  });

  it("saves an incomplete draft, then publishes version 1 for the public and the catalogue", async () => {
    const saved = await outcome(() => draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "save", ...complete({ totalUnit: "" }) })))));
    expect(saved).toEqual({ status: 302, location: `/staff/admin/manuals/${SLUG}/draft?saved=1` });
    const published = await outcome(() => draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "publish", ...complete() })))));
    expect(published).toEqual({ status: 302, location: `/staff/admin/manuals/${SLUG}?published=1` });

    const manual = await getPublishedManual(SLUG);
    expect(manual).toMatchObject({ version: 1, name: { en: "Test signboard permit" }, totalTime: { value: 5, unit: "working_days" }, noFee: true, fees: [] });
    expect(manual!.steps.map((s) => s.title.en)).toEqual(["Review the request", "Issue the permit"]);
    expect(manual!.channels[0].serviceCenter).toBe("BKK01");
    expect((await listPublishedPermits(["signboard", "ป้ายทดสอบ"])).map((p) => p.slug)).toEqual([SLUG]);
    const row = await prisma.permit.findUniqueOrThrow({ where: { slug: SLUG }, select: { currentVersionId: true, currentVersion: { select: { status: true, publishedById: true, searchText: true } } } });
    v1Id = row.currentVersionId!;
    const editorId = (await getStaffUser(staffRequest("/staff", editor)))!.id;
    expect(row.currentVersion).toEqual({
      status: "published",
      publishedById: editorId,
      searchText: manualSearchText({
        name: { th: "การขออนุญาตติดตั้งป้ายทดสอบ", en: "Test signboard permit" },
        agency: { th: manual!.agency.name.th, en: manual!.agency.name.en },
        laws: [{ th: "พระราชบัญญัติควบคุมป้ายทดสอบ", en: "Test Signboard Control Act" }],
        documents: [{ th: "บัตรประจำตัวประชาชน", en: "National ID card" }],
      }),
    });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { label: `${SLUG} v1`, action: "publish" }, select: { entity: true, actorId: true, before: true, after: true } });
    expect(audit.entity).toBe("manual");
    expect(audit.actorId).toBe(editorId);
    expect(JSON.parse(audit.before)).toEqual({ version: null });
    expect(JSON.parse(audit.after)).toMatchObject({ version: 1 });
    expect(await prisma.auditEntry.count({ where: { label: `${SLUG} v1`, action: "draft.save" } })).toBe(1);
  });

  it("a request filed now is bound to version 1 (intake reads the version in force)", async () => {
    const counterUser = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
    const permit = await loadIntakeManual(SLUG);
    expect(permit.manual.id).toBe(v1Id);
    const result = await submitCounterIntake(counterUser, permit, {
      idempotencyKey: `c1-editor-test-${Date.now()}-abcdef`,
      applicantType: "person",
      applicantId: "1101700203450",
      applicantName: "ทดสอบ ป้าย",
      applicantPhone: "0812345678",
      applicantEmail: "",
      applicantAddress: "1 ถนนทดสอบ",
      preferredLanguage: "th",
      noticesByEmail: false,
      cureDeadline: "",
      signedOnPaper: true,
      documents: permit.manual.documents.map((d) => ({ id: d.id, status: "received", note: "" })),
    } as IntakeInput);
    expect(result.ok).toBe(true);
    trackingNumber = (result as { trackingNumber: string }).trackingNumber;
  });

  it("edit opens one draft copied from version 1, and publishing it as version 2 leaves version 1 and the request alone", async () => {
    const v1Before = await versionRows(v1Id);
    expect(await outcome(() => permitAction(args(post(`/staff/admin/manuals/${SLUG}?index`, editor, new URLSearchParams({ intent: "edit" })))))).toEqual({
      status: 302,
      location: `/staff/admin/manuals/${SLUG}/draft`,
    });
    // "edit" again opens the same draft: at most one per permit.
    await permitAction(args(post(`/staff/admin/manuals/${SLUG}?index`, admin, new URLSearchParams({ intent: "edit" })))).catch((r: Response) => expect(r.status).toBe(302));
    expect(await prisma.manualVersion.count({ where: { permit: { slug: SLUG }, status: "draft" } })).toBe(1);

    const draft = await draftLoader(args(staffRequest(`/staff/admin/manuals/${SLUG}/draft`, editor)));
    expect(draft.version).toBe(2);
    // Every child row copied (the form too, with a new row id).
    expect(draft.state.steps.map((s) => s.titleEn)).toEqual(v1Before.steps.map((s) => s.titleEn));
    expect(draft.state.documents.map((d) => d.nameEn)).toEqual(v1Before.documents.map((d) => d.nameEn));
    expect(draft.state.forms).toHaveLength(1);
    expect(draft.state.forms[0].id).not.toBe(v1Before.forms[0].id);

    const edited = {
      ...draft.state,
      totalValue: 7,
      steps: [{ ...draft.state.steps[0], titleEn: "Review the request and inspect the sign", durationValue: 5 }, draft.state.steps[1]],
    };
    expect(await outcome(() => draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, admin, flatten({ intent: "publish", ...edited })))))).toEqual({
      status: 302,
      location: `/staff/admin/manuals/${SLUG}?published=2`,
    });

    const manual = await getPublishedManual(SLUG);
    expect(manual).toMatchObject({ version: 2, totalTime: { value: 7, unit: "working_days" } });
    expect(manual!.steps[0].title.en).toBe("Review the request and inspect the sign");
    // R7.4: version 1 is unchanged, row for row, and the request still references it.
    expect(await versionRows(v1Id)).toEqual(v1Before);
    const request = await prisma.request.findUniqueOrThrow({ where: { trackingNumber }, select: { manualVersionId: true, dueDate: true } });
    expect(request.manualVersionId).toBe(v1Id);
    expect((await loadIntakeManual(SLUG)).manual.id).not.toBe(v1Id);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { label: `${SLUG} v2`, action: "publish" }, select: { before: true, after: true } });
    expect(JSON.parse(audit.before)).toEqual({ version: 1 });
    expect(JSON.parse(audit.after)).toEqual({ version: 2, changes: ["totalTime", "steps"] });
  });

  it("a published version cannot be saved over: without a draft the editor page is 404", async () => {
    expect(await outcome(() => draftLoader(args(staffRequest(`/staff/admin/manuals/${SLUG}/draft`, editor))))).toMatchObject({ status: 404 });
    expect(await outcome(() => draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "save", ...complete({ nameTh: "ทับ" }) })))))).toMatchObject({ status: 404 });
    expect((await getPublishedManual(SLUG))!.name.th).toBe("การขออนุญาตติดตั้งป้ายทดสอบ");
  });

  it("list operations return the posted form with the change applied and store nothing", async () => {
    await permitAction(args(post(`/staff/admin/manuals/${SLUG}?index`, editor, new URLSearchParams({ intent: "edit" })))).catch(() => undefined);
    const draft = await draftLoader(args(staffRequest(`/staff/admin/manuals/${SLUG}/draft`, editor)));
    const typed = { ...draft.state, nameEn: "Typed but not saved" };
    const moved = (await draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "steps.down:0", ...typed }))))) as unknown as Returned;
    expect(moved.data.state.nameEn).toBe("Typed but not saved");
    expect(moved.data.state.steps.map((s: { titleTh: string }) => s.titleTh)).toEqual(["ออกใบอนุญาต", "พิจารณาคำขอ"]);
    const added = (await draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "fees.add", ...typed }))))) as unknown as Returned;
    expect(added.data.state.fees).toHaveLength(1);
    expect((await draftLoader(args(staffRequest(`/staff/admin/manuals/${SLUG}/draft`, editor)))).state.nameEn).toBe(draft.state.nameEn);
    expect(await outcome(() => draftAction(args(post(`/staff/admin/manuals/${SLUG}/draft?index`, editor, flatten({ intent: "steps.explode:1", ...typed })))))).toMatchObject({ status: 400 });
  });
});
