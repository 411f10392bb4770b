// After intake: curing the deficiency record (R8.5), the one-chance rule (R8.3) with its
// supervisor exception, and withdrawal. Each change is one transaction with its event (O1).
import { officeHoursOf, toBangkokDate } from "~/domain/calendar";
import { computeDue } from "~/domain/deadlines";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import { transition, type RequestEvent, type RequestState, type Role } from "~/domain/requests/lifecycle";
import { appendEvent } from "~/models/request.server";
import type { StaffUser } from "~/models/user.server";
import { now } from "~/utils/clock.server";
import { prisma } from "~/utils/db.server";
import { getWorkCalendar } from "./calendar.server";
import { defaultCureDeadline } from "./intake.server";
import { recordNotice, renderNotice } from "./notices.server";

export type ActionResult = { ok: true } | { ok: false; error: string; status: number };
// Who acts: a staff member, or the applicant from the tracking page (id null, role applicant).
export type Actor = { id: string | null; role: string };

// The lifecycle table decides; the service only carries out what it allows.
function check(r: Awaited<ReturnType<typeof loadForChange>>, event: RequestEvent, user: Actor, today: string): ActionResult {
  const result = transition(r.status as RequestState, event, {
    role: user.role as Role,
    today,
    deficiencyRecords: r.deficiencyRecords.length,
    approvedExceptions: r.events.filter((e) => e.type === "exception_approved").length,
  });
  return result.ok ? { ok: true } : { ok: false, error: result.reason, status: result.reason === "errors.roleNotAllowed" ? 403 : 409 };
}

async function loadForChange(requestId: string) {
  return prisma.request.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true,
      trackingNumber: true,
      status: true,
      serviceCenterId: true,
      preferredLanguage: true,
      applicantEmail: true,
      noticesByEmail: true,
      serviceCenter: { select: { opensAt: true, closesAt: true, lunchStart: true, lunchEnd: true } },
      manualVersion: { select: { nameTh: true, nameEn: true, totalValue: true, totalUnit: true, documents: { select: { id: true } } } },
      deficiencyRecords: { select: { id: true, sequence: true, curedOn: true, items: { select: { id: true, suppliedOn: true } } }, orderBy: { sequence: "desc" } },
      events: { select: { type: true } },
    },
  });
}

// Staff record the supplied items; when every listed item is supplied the request becomes
// complete that day and the clock starts (R8.5).
export async function cureItems(user: Actor, requestId: string, itemIds: string[], at: Date = now()): Promise<ActionResult> {
  const r = await loadForChange(requestId);
  const record = r.deficiencyRecords[0];
  if (r.status !== "incomplete" || !record || record.curedOn) return { ok: false, error: "errors.notIncomplete", status: 409 };
  const pending = record.items.filter((i) => !i.suppliedOn);
  const chosen = pending.filter((i) => itemIds.includes(i.id));
  if (chosen.length === 0) return { ok: false, error: "errors.nothingChosen", status: 400 };
  const today = toBangkokDate(at);
  const allSupplied = chosen.length === pending.length;
  const allowed = check(r, allSupplied ? "cure" : "supply_items", user, today);
  if (!allowed.ok) return allowed;
  let due: string | null = null;
  if (allSupplied) {
    const hours = r.serviceCenter ? officeHoursOf(r.serviceCenter) : undefined;
    due = computeDue({ instant: at }, { value: r.manualVersion.totalValue, unit: r.manualVersion.totalUnit as TimeUnit }, await getWorkCalendar(), hours).dueDate;
  }
  await prisma.$transaction(async (tx) => {
    await tx.deficiencyItem.updateMany({ where: { id: { in: chosen.map((i) => i.id) }, suppliedOn: null }, data: { suppliedOn: today } });
    const actor = { requestId: r.id, at, actorId: user.id, actorRole: user.role };
    await appendEvent(tx, { ...actor, type: "items_supplied", fromStatus: "incomplete", toStatus: allSupplied ? "accepted" : "incomplete", note: `${chosen.length} item(s)` });
    if (allSupplied) {
      await tx.deficiencyRecord.update({ where: { id: record.id }, data: { curedOn: today } });
      await tx.request.update({ where: { id: r.id }, data: { status: "accepted", completeOn: today, dueDate: due } });
      await appendEvent(tx, { ...actor, type: "accepted", fromStatus: "incomplete", toStatus: "accepted", note: `cured; due ${due}` });
    }
  });
  return { ok: true };
}

// R8.3: one deficiency record only. A second one needs an exception that a supervisor
// approved, with a written legal reason, after the last record.
export async function recordAnotherDeficiency(user: StaffUser, requestId: string, input: { documentIds: string[]; note: string }): Promise<ActionResult> {
  const r = await loadForChange(requestId);
  const last = r.deficiencyRecords[0];
  const at = now();
  const today = toBangkokDate(at);
  // R8.3: each record after the first uses up one supervisor-approved exception.
  const allowed = check(r, "record_deficiency", user, today);
  if (!allowed.ok) return allowed;
  const valid = new Set(r.manualVersion.documents.map((d) => d.id));
  const ids = input.documentIds.filter((id) => valid.has(id));
  if (ids.length === 0) return { ok: false, error: "errors.nothingChosen", status: 400 };
  const cure = await defaultCureDeadline(today);
  const notice = await renderNotice({ ...r, permit: { th: r.manualVersion.nameTh, en: r.manualVersion.nameEn } }, { kind: "deficiency", period: (last?.sequence ?? 0) + 1, dueOn: today, trackingNumber: r.trackingNumber, date: cure });
  await prisma.$transaction(async (tx) => {
    await tx.deficiencyRecord.create({
      data: {
        requestId: r.id,
        sequence: (last?.sequence ?? 0) + 1,
        issuedOn: today,
        cureDeadline: cure,
        signedOnPaper: true,
        exceptionReason: last ? "approved exception" : null,
        createdById: user.id,
        items: { create: ids.map((id) => ({ manualDocumentId: id, problem: "missing", note: input.note })) },
      },
    });
    // The clock stops until the new record is cured; it restarts from the cure date (R8.5).
    await tx.request.update({ where: { id: r.id }, data: { status: "incomplete", completeOn: null, dueDate: null } });
    await appendEvent(tx, { requestId: r.id, at, actorId: user.id, actorRole: user.role, type: "deficiency_recorded", fromStatus: r.status, toStatus: "incomplete", note: `cure by ${cure}` });
    await recordNotice(tx, r.id, notice, at);
  });
  return { ok: true };
}

export async function approveException(user: StaffUser, requestId: string, legalReason: string): Promise<ActionResult> {
  const reason = legalReason.trim();
  if (reason.length < 10) return { ok: false, error: "validation:reasonRequired", status: 400 };
  const r = await loadForChange(requestId);
  const allowed = check(r, "approve_exception", user, toBangkokDate(now()));
  if (!allowed.ok) return allowed;
  await prisma.$transaction((tx) =>
    appendEvent(tx, { requestId: r.id, at: now(), actorId: user.id, actorRole: user.role, type: "exception_approved", note: reason.slice(0, 1000) }),
  );
  return { ok: true };
}

export async function withdrawRequest(user: Actor, requestId: string, reason: string): Promise<ActionResult> {
  const r = await loadForChange(requestId);
  const at = now();
  const allowed = check(r, "withdraw", user, toBangkokDate(at));
  if (!allowed.ok) return allowed;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({ where: { id: r.id, status: r.status }, data: { status: "withdrawn", withdrawnOn: toBangkokDate(at) } });
    if (count) await appendEvent(tx, { requestId: r.id, at, actorId: user.id, actorRole: user.role, type: "withdrawn", fromStatus: r.status, toStatus: "withdrawn", note: reason.trim().slice(0, 500) || "applicant asked at the counter" });
  });
  return { ok: true };
}
