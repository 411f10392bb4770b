// Deciding on time (s.10) against the real database, moving through time by passing `at`:
// steps with due dates, delay notices every 7 days once late (R10.3, T6) that wait for the
// officer's reason and go with a copy to the OPDC, the decision with reasons for a refusal
// (R10.4), and the result notice due 7 days after the decision (R10.2).
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDelayNotices } from "~/jobs/sweep.server";
import type { StaffUser } from "~/models/user.server";
import { getStaffUser } from "~/services/auth.server";
import { addNote, advanceStep, decide, giveDelayReason, recordResultNotified } from "~/services/decision.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { deliverOutbox } from "~/services/outbox.server";
import { getTrackingView } from "~/services/tracking.server";
import { resetMailer } from "~/utils/mailer.server";
import { env } from "~/utils/env.server";
import { prisma } from "~/utils/db.server";
import { cookieFor, staffRequest } from "./staff-session";

const at = (iso: string) => new Date(`${iso}T10:00:00+07:00`);
let officer: StaffUser;
let counter: StaffUser;
let seq = 0;

async function user(email: string) {
  return (await getStaffUser(staffRequest("/staff", await cookieFor(email))))!;
}

// A complete food-premises licence request at BKK01 on Thursday 9 April 2026: 30 working days
// (Songkran, Coronation Day and Royal Ploughing Day skipped) → due Thursday 28 May 2026.
async function acceptedRequest(email = "") {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  const permit = await loadIntakeManual("food-premises-licence");
  const outcome = await submitCounterIntake(counter, permit, {
    idempotencyKey: `decision-test-${Date.now()}-${seq++}-0000`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "Decision Test",
    applicantPhone: "0812345678",
    applicantEmail: email,
    applicantAddress: "1 Test Road",
    preferredLanguage: "en",
    noticesByEmail: !!email,
    cureDeadline: "",
    signedOnPaper: false,
    documents: permit.manual.documents.map((d) => ({ id: d.id, status: "received" as const, note: "" })),
  });
  if (!outcome.ok) throw new Error("fixture failed");
  return prisma.request.findUniqueOrThrow({ where: { trackingNumber: outcome.trackingNumber }, select: { id: true, trackingNumber: true, dueDate: true } });
}

const delayNotices = (requestId: string) =>
  prisma.notice.findMany({ where: { requestId, kind: "delay" }, select: { period: true, dueOn: true, state: true, copyTo: true, reason: true, body: true }, orderBy: { period: "asc" } });

beforeAll(async () => {
  officer = await user("officer@ptw.demo");
  counter = await user("counter@bkk01.demo");
});

describe("officer work and the 7-day duties of s.10", () => {
  it("steps, delay notices every 7 days with a reason and an OPDC copy, then the decision and its result notice", async () => {
    const r = await acceptedRequest();
    expect(r.dueDate).toBe("2026-05-28");

    // Review starts: the manual's steps get due dates, none after the request's own.
    expect(await advanceStep(officer, r.id, at("2026-04-10"))).toEqual({ ok: true });
    const steps = await prisma.requestStep.findMany({ where: { requestId: r.id }, orderBy: { position: "asc" }, select: { dueDate: true, completedOn: true } });
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[0].completedOn).toBe("2026-04-10");
    expect(steps.every((s) => s.dueDate <= "2026-05-28")).toBe(true);
    expect(steps.map((s) => s.dueDate)).toEqual([...steps.map((s) => s.dueDate)].sort());
    expect(await addNote(officer, r.id, "Inspection booked for 20 May", at("2026-04-10"))).toEqual({ ok: true });
    // O2: the applicant sees the step in progress and the unit holding it, never a person.
    const tracked = (await getTrackingView(r.trackingNumber, "en"))!;
    expect(tracked.step?.title).toBeTruthy();
    expect(JSON.stringify(tracked)).not.toContain("Inspection booked");

    // R10.3: nothing on the due date itself; the first notice falls due 7 days later.
    await createDelayNotices(at("2026-05-28"));
    expect(await delayNotices(r.id)).toEqual([]);
    await createDelayNotices(at("2026-06-04"));
    await createDelayNotices(at("2026-06-04"));
    let notices = await delayNotices(r.id);
    expect(notices).toMatchObject([{ period: 1, dueOn: "2026-06-04", state: "awaiting_reason", copyTo: "" }]);
    // Not sent yet: the applicant does not see it.
    expect((await getTrackingView(r.trackingNumber, "en"))!.notices.map((n) => n.kind)).not.toContain("delay");

    // The officer must give a reason; then it goes, copied to the OPDC.
    expect(await giveDelayReason(officer, r.id, 1, "short", at("2026-06-04"))).toMatchObject({ ok: false, error: "validation:reasonRequired" });
    expect(await giveDelayReason(counter, r.id, 1, "The inspection report is still awaited.", at("2026-06-04"))).toMatchObject({ ok: false, status: 403 });
    expect(await giveDelayReason(officer, r.id, 1, "The inspection report is still awaited.", at("2026-06-04"))).toEqual({ ok: true });
    notices = await delayNotices(r.id);
    expect(notices[0]).toMatchObject({ state: "pending", copyTo: env().OPDC_EMAIL, reason: "The inspection report is still awaited." });
    expect(notices[0].body).toContain("The inspection report is still awaited.");
    expect(notices[0].body).toContain("OPDC");
    expect((await getTrackingView(r.trackingNumber, "en"))!.notices.map((n) => n.kind)).toContain("delay");

    // Seven days later the second one.
    await createDelayNotices(at("2026-06-11"));
    expect((await delayNotices(r.id)).map((n) => [n.period, n.dueOn])).toEqual([
      [1, "2026-06-04"],
      [2, "2026-06-11"],
    ]);

    // R10.4: a refusal needs reasons and what the applicant may do.
    expect(await decide(officer, r.id, { decision: "refused", reasons: "", appealInfo: "" }, at("2026-06-12"))).toMatchObject({ ok: false, error: "errors.refusalNeedsReasons" });
    expect(await decide(counter, r.id, { decision: "approved", reasons: "", appealInfo: "" }, at("2026-06-12"))).toMatchObject({ ok: false, status: 403 });
    expect(await decide(officer, r.id, { decision: "approved", reasons: "", appealInfo: "" }, at("2026-06-12"))).toEqual({ ok: true });
    const decided = await prisma.request.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, decidedOn: true, resultNoticeDueOn: true, resultNotifiedOn: true, notices: { where: { kind: "result" }, select: { dueOn: true, state: true, body: true } } } });
    // R10.2 + T6: 7 calendar days after Friday 12 June → Friday 19 June.
    expect(decided).toMatchObject({ status: "approved", decidedOn: "2026-06-12", resultNoticeDueOn: "2026-06-19", resultNotifiedOn: null });
    expect(decided.notices).toMatchObject([{ dueOn: "2026-06-19", state: "recorded" }]);
    // Decided: no more delay notices.
    await createDelayNotices(at("2026-06-30"));
    expect(await delayNotices(r.id)).toHaveLength(2);
    // A second decision is refused by the lifecycle.
    expect(await decide(officer, r.id, { decision: "refused", reasons: "x", appealInfo: "y" }, at("2026-06-13"))).toMatchObject({ ok: false, status: 409 });

    expect(await recordResultNotified(officer, r.id, at("2026-06-15"))).toEqual({ ok: true });
    const notified = await prisma.request.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, resultNotifiedOn: true, events: { select: { type: true }, orderBy: { seq: "asc" } } } });
    expect(notified).toMatchObject({ status: "notified", resultNotifiedOn: "2026-06-15" });
    expect(notified.events.map((e) => e.type)).toEqual(["submitted", "accepted", "review_started", "step_completed", "delay_reason_given", "decided", "result_notified"]);
  });

  it("a decision made inside a late period still owes that period's notice, and none after (R10.3)", async () => {
    const r = await acceptedRequest();
    // Due 28 May; period 1 runs 29 May–4 June, period 2 5–11 June. Decided on Monday 8 June,
    // with no sweep in between.
    expect(await decide(officer, r.id, { decision: "approved", reasons: "", appealInfo: "" }, at("2026-06-08"))).toEqual({ ok: true });
    await createDelayNotices(at("2026-06-11"));
    expect((await delayNotices(r.id)).map((n) => [n.period, n.dueOn])).toEqual([
      [1, "2026-06-04"],
      [2, "2026-06-11"],
    ]);
    await createDelayNotices(at("2026-06-30"));
    expect(await delayNotices(r.id)).toHaveLength(2);
  });

  it("a refusal carries its reasons and the applicant's rights into the result notice", async () => {
    const r = await acceptedRequest();
    const outcome = await decide(officer, r.id, { decision: "refused", reasons: "The premises fail the hygiene standard (s. 40).", appealInfo: "You may appeal within 15 days." }, at("2026-04-20"));
    expect(outcome).toEqual({ ok: true });
    const notice = await prisma.notice.findFirstOrThrow({ where: { requestId: r.id, kind: "result" }, select: { body: true } });
    expect(notice.body).toContain("The premises fail the hygiene standard (s. 40).");
    expect(notice.body).toContain("You may appeal within 15 days.");
  });
});

describe("the result notice by e-mail (R10.2)", () => {
  const received: { to: string[]; data: string }[] = [];
  let server: SMTPServer;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, done) {
        let data = "";
        stream.on("data", (c: Buffer) => (data += c.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    resetMailer(`smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`);
  });
  afterAll(async () => {
    resetMailer(null);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("once the outbox has sent it, the request is notified that day, and the delay notice went to the OPDC too", async () => {
    const r = await acceptedRequest("result-test@example.test");
    await createDelayNotices(at("2026-06-04"));
    await giveDelayReason(officer, r.id, 1, "Waiting for the fire-safety inspection.", at("2026-06-04"));
    await decide(officer, r.id, { decision: "approved", reasons: "", appealInfo: "" }, at("2026-06-05"));
    await deliverOutbox(at("2026-06-05"));
    const mine = received.filter((m) => m.to.includes("result-test@example.test"));
    // The receipt, the delay notice (with the OPDC copy) and the result.
    expect(mine).toHaveLength(3);
    expect(mine.filter((m) => m.to.includes(env().OPDC_EMAIL))).toHaveLength(1);
    const after = await prisma.request.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, resultNotifiedOn: true } });
    expect(after).toEqual({ status: "notified", resultNotifiedOn: "2026-06-05" });
  });
});

describe("the officer's queue", () => {
  it("shows only the officer's agency, soonest due first, and the overdue filter is a date range", async () => {
    const { listRequestsInScope } = await import("~/models/counter.server");
    const r = await acceptedRequest();
    const other = await user("officer@dbd.demo");
    expect((await listRequestsInScope(other, "", "all")).map((x) => x.trackingNumber)).not.toContain(r.trackingNumber);
    const mine = await listRequestsInScope(officer, "", "open");
    expect(mine.map((x) => x.trackingNumber)).toContain(r.trackingNumber);
    const dues = mine.map((x) => x.dueDate).filter((d): d is string => !!d);
    expect(dues).toEqual([...dues].sort());
    expect((await listRequestsInScope(officer, "", "overdue", "2026-05-28")).map((x) => x.trackingNumber)).not.toContain(r.trackingNumber);
    expect((await listRequestsInScope(officer, "", "overdue", "2026-05-29")).map((x) => x.trackingNumber)).toContain(r.trackingNumber);
  });
});
