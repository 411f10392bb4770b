// Counter intake against a real SQLite database, moving through time with APP_NOW
// (R8.1–R8.5, O1). The deadlines are worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTrackingNumber, parseTrackingNumber } from "~/domain/requests/tracking-number";
import { runSweep } from "~/jobs/sweep.server";
import type { StaffUser } from "~/models/user.server";
import type { IntakeInput } from "~/schemas/intake";
import { getStaffUser } from "~/services/auth.server";
import { approveException, cureItems, recordAnotherDeficiency } from "~/services/deficiency.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { now } from "~/utils/clock.server";
import { prisma } from "~/utils/db.server";
import { cookieFor, staffRequest } from "./staff-session";

const THURSDAY_9_APRIL = "2026-04-09T10:00:00+07:00";
let counter: StaffUser;
let supervisor: StaffUser;
let key = 0;

async function user(email: string) {
  return (await getStaffUser(staffRequest("/staff", await cookieFor(email))))!;
}

function applicant(overrides: Partial<IntakeInput> = {}): Omit<IntakeInput, "documents"> {
  return {
    idempotencyKey: `test-key-${Date.now()}-${key++}-abcdef`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "สมหญิง ทดสอบ",
    applicantPhone: "0812345678",
    applicantEmail: "",
    applicantAddress: "99 ถนนทดสอบ กรุงเทพฯ",
    preferredLanguage: "th",
    noticesByEmail: false,
    cureDeadline: "",
    signedOnPaper: true,
    ...overrides,
  };
}

async function intake(slug: string, statuses: ("received" | "missing")[] | "all-received", overrides: Partial<IntakeInput> = {}) {
  const permit = await loadIntakeManual(slug);
  const documents = permit.manual.documents.map((d, i) => ({
    id: d.id,
    status: statuses === "all-received" ? ("received" as const) : (statuses[i] ?? "received"),
    note: "",
  }));
  return submitCounterIntake(counter, permit, { ...applicant(overrides), documents, ...overrides } as IntakeInput);
}

async function requestByNumber(trackingNumber: string) {
  return prisma.request.findUniqueOrThrow({
    where: { trackingNumber },
    select: {
      id: true,
      status: true,
      completeOn: true,
      dueDate: true,
      manualVersionId: true,
      events: { select: { type: true, fromStatus: true, toStatus: true, actorRole: true }, orderBy: { seq: "asc" } },
      deficiencyRecords: { select: { cureDeadline: true, curedOn: true, items: { select: { id: true } } } },
      notices: { select: { kind: true } },
    },
  });
}

beforeAll(async () => {
  process.env.APP_NOW = THURSDAY_9_APRIL;
  counter = await user("counter@bkk01.demo");
  supervisor = await user("supervisor@bkk01.demo");
});
afterAll(() => {
  process.env.APP_NOW = THURSDAY_9_APRIL;
});

describe("counter intake", () => {
  it("a complete request is accepted, bound to the manual in force, and its clock starts today (R8.5, R7.4)", async () => {
    const outcome = await intake("commercial-registration", "all-received");
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(parseTrackingNumber(outcome.trackingNumber)).toMatchObject({ center: "BKK01", buddhistYear: 2569 });
    const r = await requestByNumber(outcome.trackingNumber);
    expect(r.status).toBe("accepted");
    expect(r.completeOn).toBe("2026-04-09");
    // 60 office minutes from 10:00 on a working Thursday run out at 11:00 the same day.
    expect(r.dueDate).toBe("2026-04-09");
    const permit = await prisma.permit.findUniqueOrThrow({ where: { slug: "commercial-registration" }, select: { currentVersionId: true } });
    expect(r.manualVersionId).toBe(permit.currentVersionId);
    expect(r.events.map((e) => e.type)).toEqual(["submitted", "accepted"]);
    expect(r.notices.map((n) => n.kind)).toEqual(["receipt"]);
  });

  it("an incomplete request gets one deficiency record with a cure deadline of 7 working days (R8.2)", async () => {
    const outcome = await intake("food-premises-licence", ["missing"]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const r = await requestByNumber(outcome.trackingNumber);
    expect(r.status).toBe("incomplete");
    expect(r.completeOn).toBeNull();
    expect(r.dueDate).toBeNull();
    // From Thu 9 Apr: Fri 10 (1); 11–12 weekend; 13–15 Songkran; 16 (2), 17 (3), 20 (4), 21 (5), 22 (6), 23 (7).
    expect(r.deficiencyRecords).toHaveLength(1);
    expect(r.deficiencyRecords[0].cureDeadline).toBe("2026-04-23");
    expect(r.deficiencyRecords[0].items).toHaveLength(1);
    expect(r.notices.map((n) => n.kind).sort()).toEqual(["deficiency", "receipt"]);
  });

  it("refuses a cure deadline shorter than the default, but accepts a longer one", async () => {
    const short = await intake("food-premises-licence", ["missing"], { cureDeadline: "2026-04-16" });
    expect(short).toMatchObject({ ok: false, errors: { cureDeadline: "validation:cureDeadlineTooEarly" } });
    const long = await intake("food-premises-licence", ["missing"], { cureDeadline: "2026-05-15" });
    if (!long.ok) throw new Error("expected ok");
    expect((await requestByNumber(long.trackingNumber)).deficiencyRecords[0].cureDeadline).toBe("2026-05-15");
  });

  it("cure: when the last item is supplied the request is complete that day and the clock starts then (R8.5)", async () => {
    const outcome = await intake("food-premises-licence", ["missing", "missing"]);
    if (!outcome.ok) throw new Error("expected ok");
    let r = await requestByNumber(outcome.trackingNumber);
    const [first, second] = r.deficiencyRecords[0].items;

    process.env.APP_NOW = "2026-04-17T14:00:00+07:00";
    expect(await cureItems(counter, r.id, [first.id])).toEqual({ ok: true });
    r = await requestByNumber(outcome.trackingNumber);
    expect(r.status).toBe("incomplete"); // one item still missing: no clock

    process.env.APP_NOW = "2026-04-20T09:00:00+07:00";
    expect(await cureItems(counter, r.id, [second.id])).toEqual({ ok: true });
    r = await requestByNumber(outcome.trackingNumber);
    expect(r.status).toBe("accepted");
    expect(r.completeOn).toBe("2026-04-20");
    expect(r.deficiencyRecords[0].curedOn).toBe("2026-04-20");
    expect(r.dueDate! > "2026-04-20").toBe(true);
    expect(r.events.map((e) => e.type)).toEqual(["submitted", "deficiency_recorded", "items_supplied", "items_supplied", "accepted"]);
    process.env.APP_NOW = THURSDAY_9_APRIL;
  });

  it("one chance only: a second deficiency record is refused unless a supervisor approved an exception (R8.3)", async () => {
    const outcome = await intake("food-premises-licence", ["missing"]);
    if (!outcome.ok) throw new Error("expected ok");
    const r = await requestByNumber(outcome.trackingNumber);
    const docId = (await loadIntakeManual("food-premises-licence")).manual.documents[1].id;
    expect(await recordAnotherDeficiency(counter, r.id, { documentIds: [docId], note: "also this" })).toEqual({
      ok: false,
      error: "errors.secondDeficiency",
      status: 409,
    });
    expect(await approveException(supervisor, r.id, "short")).toMatchObject({ ok: false });
    expect(await approveException(supervisor, r.id, "Ministerial regulation 2569 clause 4: new form required")).toEqual({ ok: true });
    expect(await recordAnotherDeficiency(counter, r.id, { documentIds: [docId], note: "also this" })).toEqual({ ok: true });
    const after = await requestByNumber(outcome.trackingNumber);
    expect(after.deficiencyRecords).toHaveLength(2);
    // The exception is used up: a third record is refused again.
    expect(await recordAnotherDeficiency(counter, r.id, { documentIds: [docId], note: "again" })).toMatchObject({ ok: false, error: "errors.secondDeficiency" });
    expect(after.events.map((e) => e.type)).toContain("exception_approved");
  });

  it("abandonment: the sweep abandons an uncured request only after its cure deadline, once (R8.4)", async () => {
    const outcome = await intake("food-premises-licence", ["missing"]);
    if (!outcome.ok) throw new Error("expected ok");
    // Cure deadline 2026-04-23: on that day the applicant still has time.
    let report = await runSweep(new Date("2026-04-23T16:00:00+07:00"));
    expect(report.abandoned).not.toContain(outcome.trackingNumber);
    report = await runSweep(new Date("2026-04-24T08:00:00+07:00"));
    expect(report.abandoned).toContain(outcome.trackingNumber);
    const r = await requestByNumber(outcome.trackingNumber);
    expect(r.status).toBe("abandoned");
    expect(r.notices.map((n) => n.kind)).toContain("abandonment");
    expect(r.events.at(-1)).toMatchObject({ type: "abandoned", actorRole: "system", fromStatus: "incomplete", toStatus: "abandoned" });
    const again = await runSweep(new Date("2026-04-24T08:00:00+07:00"));
    expect(again.abandoned).toEqual([]);
    expect((await requestByNumber(outcome.trackingNumber)).events.filter((e) => e.type === "abandoned")).toHaveLength(1);
  });

  it("a resubmitted form creates one request, not two", async () => {
    const fixed = applicant().idempotencyKey;
    const a = await intake("commercial-registration", "all-received", { idempotencyKey: fixed });
    const b = await intake("commercial-registration", "all-received", { idempotencyKey: fixed });
    expect(a).toEqual(b);
    expect(await prisma.request.count({ where: { idempotencyKey: fixed } })).toBe(1);
  });

  it("a double click (two submissions at once) creates one request and leaves no gap in the numbers", async () => {
    const fixed = applicant().idempotencyKey;
    const [a, b] = await Promise.all([1, 2].map(() => intake("commercial-registration", "all-received", { idempotencyKey: fixed })));
    expect(a).toEqual(b);
    expect(await prisma.request.count({ where: { idempotencyKey: fixed } })).toBe(1);
    const next = await intake("commercial-registration", "all-received");
    const parts = (o: typeof a) => (o.ok ? parseTrackingNumber(o.trackingNumber)! : null);
    // The next number follows at once, but for sequences whose check character would be '*'.
    const skipped = Array.from({ length: parts(next)!.sequence - parts(a)!.sequence - 1 }, (_, i) => formatTrackingNumber({ ...parts(a)!, sequence: parts(a)!.sequence + 1 + i }));
    expect(skipped.every((n) => n === null)).toBe(true);
    expect(parts(next)!.sequence).toBeGreaterThan(parts(a)!.sequence);
  });

  it("many counters at once get distinct, valid tracking numbers", async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => intake("commercial-registration", "all-received")));
    const numbers = outcomes.map((o) => (o.ok ? o.trackingNumber : "failed"));
    expect(new Set(numbers).size).toBe(20);
    for (const n of numbers) expect(parseTrackingNumber(n)).not.toBeNull();
  });

  it("rejects a checklist that does not match the manual version (R8.1)", async () => {
    const permit = await loadIntakeManual("commercial-registration");
    const outcome = await submitCounterIntake(counter, permit, {
      ...applicant(),
      documents: [{ id: "made-up", status: "received", note: "" }],
    } as IntakeInput);
    expect(outcome).toMatchObject({ ok: false, errors: { documents: "validation:checklistIncomplete" } });
  });

  it("the clock helper follows APP_NOW outside production", () => {
    process.env.APP_NOW = "2026-12-31T23:30:00+07:00";
    expect(now().toISOString()).toBe("2026-12-31T16:30:00.000Z");
    process.env.APP_NOW = THURSDAY_9_APRIL;
  });
});
