// The agency's officers work a request through the manual's steps and decide (s.10): each step
// with its due date from the clock, internal notes, the decision with reasons for a refusal
// (R10.4), the result notice due 7 days after the decision (R10.2, T6), and the reason for each
// delay notice (R10.3), which then goes to the applicant with a copy to the OPDC.
import { toBangkokDate } from "~/domain/calendar";
import { resultNoticeDueDate, stepDueDates } from "~/domain/deadlines";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import { transition, type RequestEvent, type RequestState, type Role } from "~/domain/requests/lifecycle";
import { appendEvent, findRequestForDecision, type Tx } from "~/models/request.server";
import type { StaffUser } from "~/models/user.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getWorkCalendar } from "./calendar.server";
import type { ActionResult } from "./deficiency.server";
import { recordNotice, renderNotice } from "./notices.server";

type Loaded = NonNullable<Awaited<ReturnType<typeof findRequestForDecision>>>;

async function load(requestId: string): Promise<Loaded> {
  const r = await findRequestForDecision(requestId);
  if (!r) throw new Response("Not found", { status: 404 });
  return r;
}

function allowed(r: Loaded, event: RequestEvent, user: StaffUser, today: string, refusal?: { reasons: string; appealInfo: string }): ActionResult {
  const result = transition(r.status as RequestState, event, { role: user.role as Role, today, deficiencyRecords: 0, approvedExceptions: 0, refusal });
  return result.ok ? { ok: true } : { ok: false, error: result.reason, status: result.reason === "errors.roleNotAllowed" ? 403 : 409 };
}

const addressee = (r: Loaded) => ({ ...r, permit: { th: r.manualVersion.nameTh, en: r.manualVersion.nameEn } });

// The steps are laid out when review starts: from the day the request became complete (R8.5),
// each after the one before; none is due after the request itself (R10.1 governs).
async function startReview(tx: Tx, r: Loaded, user: StaffUser, at: Date) {
  const calendar = await getWorkCalendar();
  const steps = r.manualVersion.steps;
  const dues = stepDueDates(r.completeOn!, steps.map((s) => ({ duration: { value: s.durationValue, unit: s.durationUnit as TimeUnit } })), calendar);
  await tx.requestStep.createMany({
    data: steps.map((s, i) => ({
      requestId: r.id,
      position: i + 1,
      titleTh: s.titleTh,
      titleEn: s.titleEn,
      unitTh: s.responsibleTh,
      unitEn: s.responsibleEn,
      dueDate: r.dueDate && dues[i] > r.dueDate ? r.dueDate : dues[i],
    })),
  });
  await tx.request.update({ where: { id: r.id }, data: { status: "in_review", currentStep: 1 } });
  await appendEvent(tx, { requestId: r.id, at, actorId: user.id, actorRole: user.role, type: "review_started", fromStatus: "accepted", toStatus: "in_review" });
}

// Completes the current step (starting the review first when it has not started).
export async function advanceStep(user: StaffUser, requestId: string, at: Date): Promise<ActionResult> {
  const r = await load(requestId);
  const today = toBangkokDate(at);
  if (r.status === "accepted") {
    const ok = allowed(r, "start_review", user, today);
    if (!ok.ok) return ok;
  } else if (r.status !== "in_review") return { ok: false, error: "errors.notAllowedInState", status: 409 };
  else if (user.role !== "officer") return { ok: false, error: "errors.roleNotAllowed", status: 403 };
  await prisma.$transaction(async (tx) => {
    if (r.status === "accepted") await startReview(tx, r, user, at);
    const next = await tx.requestStep.findFirst({ where: { requestId: r.id, completedOn: null }, orderBy: { position: "asc" }, select: { id: true, position: true, titleEn: true } });
    if (!next) return;
    await tx.requestStep.update({ where: { id: next.id }, data: { completedOn: today, completedById: user.id } });
    await tx.request.update({ where: { id: r.id }, data: { currentStep: next.position + 1 } });
    await appendEvent(tx, { requestId: r.id, at, actorId: user.id, actorRole: user.role, type: "step_completed", note: `${next.position}. ${next.titleEn}` });
  });
  return { ok: true };
}

export async function addNote(user: StaffUser, requestId: string, body: string, at: Date): Promise<ActionResult> {
  const text = body.trim();
  if (!text) return { ok: false, error: "validation:required", status: 400 };
  await prisma.requestNote.create({ data: { requestId, authorId: user.id, at, body: text.slice(0, 4000) } });
  return { ok: true };
}

export type DecisionInput = { decision: "approved" | "refused"; reasons: string; appealInfo: string };

// R10.1 decides; R10.4 a refusal gives reasons and what the applicant may do; R10.2 the result
// notice falls due 7 days after (T6: calendar days by default) and is tracked until sent.
export async function decide(user: StaffUser, requestId: string, input: DecisionInput, at: Date): Promise<ActionResult> {
  const r = await load(requestId);
  const today = toBangkokDate(at);
  const refusal = { reasons: input.reasons.trim(), appealInfo: input.appealInfo.trim() };
  const ok = allowed(r, input.decision === "approved" ? "approve" : "refuse", user, today, input.decision === "refused" ? refusal : undefined);
  if (!ok.ok) return ok;
  const calendar = await getWorkCalendar();
  const resultDue = resultNoticeDueDate(today, calendar, env().SEVEN_DAY_UNIT);
  const notice = await renderNotice(addressee(r), {
    kind: "result",
    dueOn: resultDue,
    trackingNumber: r.trackingNumber,
    date: today,
    variant: input.decision,
    text: { reasons: refusal.reasons, appeal: refusal.appealInfo },
  });
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({
      where: { id: r.id, status: r.status },
      data: { status: input.decision, decision: input.decision, decidedOn: today, decisionReasons: refusal.reasons, appealInfo: refusal.appealInfo, resultNoticeDueOn: resultDue },
    });
    if (count === 0) return;
    await appendEvent(tx, { requestId: r.id, at, actorId: user.id, actorRole: user.role, type: "decided", fromStatus: r.status, toStatus: input.decision, note: `result notice due ${resultDue}` });
    await recordNotice(tx, r.id, notice, at);
  });
  return { ok: true };
}

// R10.2: the result is notified. By e-mail the outbox records it when the mail is accepted
// (resultSent); by post or in person the officer records it here.
export async function recordResultNotified(user: StaffUser, requestId: string, at: Date): Promise<ActionResult> {
  const r = await load(requestId);
  const ok = allowed(r, "notify_result", user, toBangkokDate(at));
  if (!ok.ok) return ok;
  await prisma.$transaction(async (tx) => {
    await tx.notice.updateMany({ where: { requestId: r.id, kind: "result", state: { not: "sent" } }, data: { state: "sent", sentAt: at, nextAttemptAt: null } });
    await markNotified(tx, r.id, r.status, at, user);
  });
  return { ok: true };
}

async function markNotified(tx: Tx, requestId: string, from: string, at: Date, user: { id: string | null; role: string }) {
  const { count } = await tx.request.updateMany({ where: { id: requestId, status: { in: ["approved", "refused"] } }, data: { status: "notified", resultNotifiedOn: toBangkokDate(at) } });
  if (count) await appendEvent(tx, { requestId, at, actorId: user.id, actorRole: user.role, type: "result_notified", fromStatus: from, toStatus: "notified" });
}

// Called by the outbox when a result notice has gone out by e-mail.
export async function resultSent(requestId: string, at: Date) {
  await prisma.$transaction(async (tx) => {
    const r = await tx.request.findUnique({ where: { id: requestId }, select: { status: true } });
    if (r) await markNotified(tx, requestId, r.status, at, { id: null, role: "system" });
  });
}

// R10.3: the responsible officer writes the reason; the notice then goes to the applicant (by
// e-mail when agreed, and always on the tracking page) with a copy to the OPDC.
export async function giveDelayReason(user: StaffUser, requestId: string, period: number, reason: string, at: Date): Promise<ActionResult> {
  const text = reason.trim();
  if (text.length < 10) return { ok: false, error: "validation:reasonRequired", status: 400 };
  const r = await load(requestId);
  if (user.role !== "officer") return { ok: false, error: "errors.roleNotAllowed", status: 403 };
  const waiting = r.notices.find((n) => n.kind === "delay" && n.period === period && n.state === "awaiting_reason");
  if (!waiting) return { ok: false, error: "errors.notAllowedInState", status: 409 };
  const notice = await renderNotice(addressee(r), { kind: "delay", period, dueOn: waiting.dueOn, trackingNumber: r.trackingNumber, variant: "withReason", text: { reason: text.slice(0, 2000) } });
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.notice.updateMany({
      where: { id: waiting.id, state: "awaiting_reason" },
      data: { subject: notice.subject, body: notice.body, recipients: notice.recipients, copyTo: env().OPDC_EMAIL, reason: text.slice(0, 2000), state: "pending", nextAttemptAt: at, releasedById: user.id },
    });
    if (count) await appendEvent(tx, { requestId: r.id, at, actorId: user.id, actorRole: user.role, type: "delay_reason_given", note: `notice ${period}` });
  });
  return { ok: true };
}
