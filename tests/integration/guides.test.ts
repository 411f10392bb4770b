// Life-event guides and bundles (issue 10) against the real database (SQLite or PostgreSQL):
// a guide's result from its link, a bundle filed at the counter (one transaction, one series
// of numbers, each request routed to its agency with its own clock and its own deficiency
// record: R8.2, R8.3, R8.5, R10.1), online with shared documents, the scopes, tracking, and
// the administrators' editor (cycle refused, audit-logged).
import { beforeAll, describe, expect, it } from "vitest";
import { parseTrackingNumber } from "~/domain/requests/tracking-number";
import type { StaffUser } from "~/models/user.server";
import * as guideEdit from "~/routes/staff.admin.guides.$id";
import * as guidePage from "~/routes/guides.$slug";
import type { IntakeInput } from "~/schemas/intake";
import { getStaffUser } from "~/services/auth.server";
import { lineId } from "~/domain/guides";
import { submitCounterBundle } from "~/services/bundle.server";
import { requireBundleInScope } from "~/services/bundle-view.server";
import { bundlePlan, requirePublishedGuide } from "~/services/guides.server";
import { authorisedNumber, trackingCookieFor, verifyTracking } from "~/services/tracking.server";
import { now } from "~/utils/clock.server";
import { prisma } from "~/utils/db.server";
import { minimalPdf } from "../fixtures/documents";
import { cookieFor, outcome, staffRequest } from "./staff-session";

const THURSDAY_9_APRIL = "2026-04-09T10:00:00+07:00";
const RESTAURANT = "open-a-restaurant";
// 80 m², rented, a natural person, selling liquor: registration, food notification, liquor.
const SMALL_WITH_LIQUOR = "area=80&premises=rent&juristic=no&liquor=yes";
let counter: StaffUser;
let run = 0;

const user = async (email: string) => (await getStaffUser(staffRequest("/staff", await cookieFor(email))))!;
const applicant = () => ({
  idempotencyKey: `guides-test-${Date.now()}-${run++}-abcdef`,
  applicantType: "person" as const,
  applicantId: "1101700203450",
  applicantName: "สมชาย ร้านอาหาร",
  applicantPhone: "0812349876",
  applicantEmail: "",
  applicantAddress: "1 ถนนทดสอบ กรุงเทพฯ",
  preferredLanguage: "th" as const,
  noticesByEmail: false,
  cureDeadline: "",
  signedOnPaper: true,
});
const plan = async (search: string) => (await bundlePlan(await requirePublishedGuide(RESTAURANT), new URLSearchParams(search), "2026-04-09"))!;

beforeAll(async () => {
  process.env.APP_NOW = THURSDAY_9_APRIL;
  counter = await user("counter@bkk01.demo");
});

describe("a guide's result from its link", () => {
  it("the right permits in order, each document once, the fees as a range, the last decision", async () => {
    const data = (await guidePage.loader({ request: new Request(`http://localhost/guides/${RESTAURANT}?${SMALL_WITH_LIQUOR}&lng=en`), params: { slug: RESTAURANT }, context: {} })) as Awaited<ReturnType<typeof guidePage.loader>>;
    const r = data.result!;
    expect(r.permits.map((p) => p.slug)).toEqual(["commercial-registration", "food-premises-notification", "liquor-retail-licence"]);
    expect(r.permits[2].after).toHaveLength(2);
    // 50 (fixed) + 100–1,000 + 330–7,700.
    expect(r.fees).toMatchObject({ min: 480, max: 8750, exact: false });
    const idCard = r.documents.filter((d) => d.name === "National ID card");
    expect(idCard).toHaveLength(1);
    expect(idCard[0]).toMatchObject({ originals: 1, copies: 3 });
    expect(idCard[0].usedBy).toHaveLength(3);
    // Registration 60 min → 9 Apr; notification 7 working days → 23 Apr (Songkran 13–15 skipped);
    // liquor 1 working day after the later of the two → 24 Apr.
    expect(r.permits.map((p) => p.expectedOn)).toEqual(["2026-04-09", "2026-04-23", "2026-04-24"]);
    expect(r.lastDecisionOn).toBe("2026-04-24");
    // The canonical link: the same answers in the guide's order, whatever order was sent.
    expect(data.link).toBe(`/guides/${RESTAURANT}?${SMALL_WITH_LIQUOR}`);
  });

  it("an incomplete questionnaire gives errors per question and no result", async () => {
    const data = (await guidePage.loader({ request: new Request(`http://localhost/guides/${RESTAURANT}?area=abc&liquor=yes`), params: { slug: RESTAURANT }, context: {} })) as Awaited<ReturnType<typeof guidePage.loader>>;
    expect(data.result).toBeNull();
    expect(Object.fromEntries(data.questions.map((q) => [q.key, q.error]))).toEqual({ area: "validation:number", premises: "validation:choose", juristic: "validation:choose", liquor: null });
  });
});

describe("a bundle filed at the counter", () => {
  it("one transaction: one bundle number then one per permit from the same series, each routed to its agency with its own clock and record (R8.3, R8.5)", async () => {
    const p = await plan(SMALL_WITH_LIQUOR);
    // The liquor licence's map of the shop is missing: only that request is incomplete.
    const documents = p.documents.map((d) => ({ id: lineId(d), status: d.name.en === "Map of the shop location" ? ("missing" as const) : d.condition ? ("not_applicable" as const) : ("received" as const), note: d.condition ? "not the case" : "" }));
    const filed = await submitCounterBundle(counter, p, { ...applicant(), documents } as IntakeInput, now());
    if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
    const bundle = await prisma.bundle.findUniqueOrThrow({
      where: { trackingNumber: filed.trackingNumber },
      select: { applicantName: true, requests: { select: { trackingNumber: true, status: true, dueDate: true, completeOn: true, permit: { select: { slug: true, agency: { select: { code: true } } } }, deficiencyRecords: { select: { sequence: true, items: { select: { manualDocumentId: true } } } } }, orderBy: { trackingNumber: "asc" } } },
    });
    expect(bundle.applicantName).toBe("สมชาย ร้านอาหาร");
    const byPermit = Object.fromEntries(bundle.requests.map((r) => [r.permit.slug, r]));
    expect(Object.keys(byPermit).sort()).toEqual(["commercial-registration", "food-premises-notification", "liquor-retail-licence"]);
    expect(bundle.requests.map((r) => r.permit.agency.code)).toEqual(["DBD", "NBI-MUNI", "EXCISE"]);
    // Accepted requests run their own clocks from today (R8.5, R10.1): 60 minutes → today;
    // 7 working days → 23 April.
    expect(byPermit["commercial-registration"]).toMatchObject({ status: "accepted", completeOn: "2026-04-09", dueDate: "2026-04-09", deficiencyRecords: [] });
    expect(byPermit["food-premises-notification"]).toMatchObject({ status: "accepted", dueDate: "2026-04-23", deficiencyRecords: [] });
    // R8.3 per request: the incomplete one has exactly one record, listing only its own item.
    const liquor = byPermit["liquor-retail-licence"];
    expect(liquor).toMatchObject({ status: "incomplete", dueDate: null });
    expect(liquor.deficiencyRecords).toHaveLength(1);
    expect(liquor.deficiencyRecords[0].items).toHaveLength(1);
    // Numbers: the bundle's, then each permit's, consecutive in the center's series (decision
    // 0004; a sequence whose check character would be "*" is skipped).
    const seq = [filed.trackingNumber, ...bundle.requests.map((r) => r.trackingNumber)].map((n) => parseTrackingNumber(n)!);
    expect(new Set(seq.map((s) => `${s.center}-${s.buddhistYear}`))).toEqual(new Set(["BKK01-2569"]));
    for (let i = 1; i < seq.length; i++) expect(seq[i].sequence - seq[i - 1].sequence).toBeLessThanOrEqual(2);
  });

  it("sent twice with the same key it files once", async () => {
    const p = await plan("area=80&premises=rent&juristic=no&liquor=no");
    const input = { ...applicant(), documents: p.documents.map((d) => ({ id: lineId(d), status: "received" as const, note: "" })) } as IntakeInput;
    const before = await prisma.request.count();
    const [a, b] = [await submitCounterBundle(counter, p, input, now()), await submitCounterBundle(counter, p, input, now())];
    expect(a).toEqual(b);
    expect((await prisma.request.count()) - before).toBe(2);
  });

  it("a checklist that is not the bundle's documents, each once, is refused (R8.1)", async () => {
    const p = await plan(SMALL_WITH_LIQUOR);
    const lines = p.documents.map((d) => ({ id: lineId(d), status: "received" as const, note: "" }));
    const short = await submitCounterBundle(counter, p, { ...applicant(), documents: lines.slice(1) } as IntakeInput, now());
    const doubled = await submitCounterBundle(counter, p, { ...applicant(), documents: [...lines, lines[0]] } as IntakeInput, now());
    expect(short).toEqual({ ok: false, errors: { documents: "validation:checklistIncomplete" } });
    expect(doubled.ok).toBe(false);
  });

  it("each agency's officer sees only its own request; the counter sees all; another center nothing", async () => {
    const p = await plan(SMALL_WITH_LIQUOR);
    const filed = await submitCounterBundle(counter, p, { ...applicant(), documents: p.documents.map((d) => ({ id: lineId(d), status: "received" as const, note: "" })) } as IntakeInput, now());
    if (!filed.ok) throw new Error("not filed");
    const seen = async (email: string) => (await requireBundleInScope(await user(email), filed.trackingNumber, "en")).view.requests.map((r) => r.agency);
    expect(await seen("counter@bkk01.demo")).toHaveLength(3);
    expect(await seen("officer@excise.demo")).toEqual(["Excise Department"]);
    expect(await seen("officer@dbd.demo")).toEqual(["Department of Business Development"]);
    await expect(requireBundleInScope(await user("counter@nbi01.demo"), filed.trackingNumber, "en")).rejects.toMatchObject({ status: 404 });
    await expect(requireBundleInScope(await user("officer@ptw.demo"), filed.trackingNumber, "en")).rejects.toMatchObject({ status: 404 });
  });

  it("the applicant verifies the bundle once and may open each of its requests, nothing else (O2)", async () => {
    const p = await plan("area=80&premises=rent&juristic=no&liquor=no");
    const filed = await submitCounterBundle(counter, p, { ...applicant(), documents: p.documents.map((d) => ({ id: lineId(d), status: "received" as const, note: "" })) } as IntakeInput, now());
    if (!filed.ok) throw new Error("not filed");
    expect(await verifyTracking(filed.trackingNumber, "0000")).toBeNull();
    expect((await verifyTracking(filed.trackingNumber, "9876"))?.number).toBe(filed.trackingNumber);
    const cookie = (await trackingCookieFor(filed.trackingNumber)).split(";")[0];
    const members = await prisma.request.findMany({ where: { bundle: { trackingNumber: filed.trackingNumber } }, select: { trackingNumber: true } });
    const asApplicant = new Request("http://localhost/track", { headers: { Cookie: cookie } });
    for (const m of members) expect(await authorisedNumber(asApplicant, m.trackingNumber)).toBe(m.trackingNumber);
    // Another applicant's bundle, and its requests, stay closed to this browser.
    const second = await submitCounterBundle(counter, p, { ...applicant(), documents: p.documents.map((d) => ({ id: lineId(d), status: "received" as const, note: "" })) } as IntakeInput, now());
    if (!second.ok) throw new Error("not filed");
    const others = await prisma.request.findMany({ where: { bundle: { trackingNumber: second.trackingNumber } }, select: { trackingNumber: true } });
    for (const n of [second.trackingNumber, ...others.map((o) => o.trackingNumber)]) expect(await authorisedNumber(asApplicant, n)).toBeNull();
  });
});

describe("administrators maintain guides (audit-logged)", () => {
  const form = (extra: Record<string, string>) =>
    new URLSearchParams({
      slug: `test-guide-${run++}`,
      titleTh: "ทดสอบ",
      titleEn: "Test",
      published: "on",
      "questions.0.key": "liquor",
      "questions.0.type": "yes_no",
      "questions.0.labelTh": "ขายสุรา",
      "questions.0.labelEn": "Sell liquor",
      "permits.0.slug": "commercial-registration",
      "permits.1.slug": "liquor-retail-licence",
      "permits.1.conditions.0.question": "liquor",
      "permits.1.conditions.0.op": "eq",
      "permits.1.conditions.0.value": "yes",
      "permits.1.requires.commercial-registration": "on",
      ...extra,
    });
  const post = async (body: URLSearchParams) =>
    guideEdit.action({ request: staffRequest("/staff/admin/guides/new", await cookieFor("admin@anuyat.demo"), { method: "POST", body }), params: { id: "new" }, context: {} }).catch((e) => e);

  it("a prerequisite cycle is refused and nothing is stored", async () => {
    const before = await prisma.guide.count();
    const answer = (await post(form({ "permits.0.requires.liquor-retail-licence": "on" }))) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(answer.init.status).toBe(400);
    expect(Object.values(answer.data.errors)).toContain("admin:guides.errors.cycle");
    expect(await prisma.guide.count()).toBe(before);
  });

  it("a valid guide is saved, public at once, with its audit entry", async () => {
    const body = form({});
    const slug = body.get("slug")!;
    expect(await outcome(() => post(body).then((r) => { if (r instanceof Response) throw r; return r; }))).toMatchObject({ status: 302 });
    const guide = await requirePublishedGuide(slug);
    expect(guide.definition.permits).toEqual([
      { slug: "commercial-registration", conditions: [], requires: [] },
      { slug: "liquor-retail-licence", conditions: [{ question: "liquor", op: "eq", value: "yes" }], requires: ["commercial-registration"] },
    ]);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entity: "guide", label: slug }, select: { action: true, after: true } });
    expect(entry.action).toBe("create");
    expect(JSON.parse(entry.after).definition.permits).toHaveLength(2);
  });

  it("a permit without a manual in force, or a taken slug, is refused on the server", async () => {
    const unknown = (await post(form({ "permits.2.slug": "no-such-permit" }))) as { data: { errors: Record<string, string> } };
    expect(unknown.data.errors["permits.2.slug"]).toBe("admin:guides.errors.noSuchPermit");
    const taken = (await post(form({ slug: RESTAURANT }))) as { data: { errors: Record<string, string> } };
    expect(taken.data.errors.slug).toBe("admin:guides.errors.slugTaken");
  });
});
