// T7: inside the transaction that changes the holidays, every open request's stored due dates
// are recomputed and each request moved gets a "due_date_moved" event (O1) saying from what,
// to what and which holiday caused it. Which dates move and which do not is decision 0009.
//
// Scale (~100k open requests): candidates are found through indexes and bounded by the
// changed days (the clock reads only the days from completion to the due date, so a request
// whose period lies wholly before or after every changed day cannot move); due dates are
// computed once per distinct key (completion day, manual version, service center), and
// written in batches.
import { buildWorkCalendar, DEFAULT_OFFICE_HOURS, officeHoursOf, type Holiday } from "~/domain/calendar";
import type { SevenDayUnit } from "~/domain/deadlines";
import { formatMoveNote, DUE_DATE_MOVED } from "~/domain/holidays/move-note";
import {
  applyKeyMove,
  changedRange,
  changesWithin,
  holidayChanges,
  planKeyMove,
  planRequestMoves,
  planResultNoticeMove,
  type DateMove,
  type DueKey,
  type HolidayChange,
  type KeyMove,
  type RequestMove,
  type StepMove,
} from "~/domain/holidays/recompute";
import type { TimeLimit, TimeUnit } from "~/domain/manual/vocabulary";
import { appendEvents, type EventInput, type Tx } from "~/models/request.server";

// R10.1: the decision clock runs in these states; approved/refused still owe the result notice.
const RUNNING = ["accepted", "in_review"];
const DECIDED = ["approved", "refused"];
const BATCH = 500;
const SAMPLE = 5;

export type MovedRequest = { trackingNumber: string; due: DateMove | null; resultNotice: DateMove | null; steps: number };
export type RecomputeSummary = { moved: number; sample: MovedRequest[] };

type Move = RequestMove & { resultNotice: DateMove | null; why: HolidayChange[] };
type Candidate = { id: string; trackingNumber: string; status: string; dueDate: string | null; completeOn: string | null; manualVersionId: string; serviceCenterId: string | null };

async function readInChunks<T>(ids: readonly string[], read: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks(ids)) out.push(...(await read(part)));
  return out;
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const limitOf = (value: number, unit: string): TimeLimit => ({ value, unit: unit as TimeUnit });
const inOfficeTime = (unit: string) => unit === "minutes" || unit === "hours";
const later = (a: string, b: string) => (a > b ? a : b);

export async function recomputeDueDates(
  tx: Tx,
  input: { before: readonly Holiday[]; after: readonly Holiday[]; actor: { id: string; role: string }; at: Date; sevenDayUnit: SevenDayUnit },
): Promise<RecomputeSummary> {
  const changes = holidayChanges(input.before, input.after);
  const range = changedRange(changes);
  if (!range) return { moved: 0, sample: [] };
  // The would-be calendar and the one in force, both built here, never taken from the cache.
  const oldCalendar = buildWorkCalendar(input.before);
  const newCalendar = buildWorkCalendar(input.after);

  const moves: Move[] = [];
  // One indexed scan for every candidate; keys are then formed in memory (one query per key
  // would rescan the same index range thousands of times).
  const candidates = await tx.request.findMany({
    where: { status: { in: RUNNING }, completeOn: { lte: range.last }, dueDate: { gte: range.first } },
    select: { id: true, trackingNumber: true, status: true, dueDate: true, completeOn: true, manualVersionId: true, serviceCenterId: true },
  });
  const groups = groupBy(candidates, (r) => `${r.completeOn}|${r.manualVersionId}|${r.serviceCenterId ?? ""}`);
  if (groups.size) {
    const [versions, centers] = await Promise.all([
      tx.manualVersion.findMany({
        where: { id: { in: [...new Set(candidates.map((r) => r.manualVersionId))] } },
        select: { id: true, totalValue: true, totalUnit: true, steps: { select: { durationValue: true, durationUnit: true }, orderBy: { position: "asc" } } },
      }),
      tx.serviceCenter.findMany({ select: { id: true, opensAt: true, closesAt: true, lunchStart: true, lunchEnd: true } }),
    ]);
    const versionById = new Map(versions.map((v) => [v.id, v]));
    const hoursById = new Map(centers.map((c) => [c.id, officeHoursOf(c)]));
    // First pass: which groups can move, and what each needs read (open steps, completion instants).
    const plans: { rows: Candidate[]; key: DueKey; km: KeyMove | null }[] = [];
    for (const rows of groups.values()) {
      const g = rows[0];
      const v = versionById.get(g.manualVersionId);
      if (!g.completeOn || !v) continue;
      const key: DueKey = {
        completeOn: g.completeOn,
        total: limitOf(v.totalValue, v.totalUnit),
        hours: (g.serviceCenterId && hoursById.get(g.serviceCenterId)) || DEFAULT_OFFICE_HOURS,
        steps: v.steps.map((s) => limitOf(s.durationValue, s.durationUnit)),
      };
      // T5: a limit in minutes or hours is planned per request, from its completion instant.
      const km = inOfficeTime(v.totalUnit) ? null : planKeyMove(key, oldCalendar, newCalendar);
      if (km && !km.due && km.steps.length === 0) continue;
      plans.push({ rows, key, km });
    }
    const reviewing = plans.flatMap((p) => p.rows.filter((r) => r.status === "in_review" && (!p.km || p.km.steps.length > 0)).map((r) => r.id));
    const steps = groupBy(await readInChunks(reviewing, (ids) => tx.requestStep.findMany({ where: { requestId: { in: ids }, completedOn: null }, select: { requestId: true, position: true, dueDate: true, completedOn: true } })), (s) => s.requestId);
    // The instant a request became complete is its latest "accepted" event (intake, cure, online check).
    const timed = plans.filter((p) => !p.km).flatMap((p) => p.rows.map((r) => r.id));
    const accepted = await readInChunks(timed, (ids) => tx.requestEvent.findMany({ where: { requestId: { in: ids }, type: "accepted" }, select: { requestId: true, at: true } }));
    const completedAt = new Map<string, Date>();
    for (const e of accepted) if (!completedAt.has(e.requestId) || completedAt.get(e.requestId)! < e.at) completedAt.set(e.requestId, e.at);

    for (const p of plans) {
      const open = p.rows.map((r) => ({ ...r, steps: steps.get(r.id) ?? [] }));
      const found = p.km
        ? open.map((r) => applyKeyMove(r, p.km!)).filter((m): m is RequestMove => m !== null)
        : planRequestMoves(open.map((r) => ({ ...r, key: { ...p.key, completedAt: completedAt.get(r.id) } })), oldCalendar, newCalendar);
      for (const m of found) {
        const end = later(later(m.dueDate?.from ?? "", m.dueDate?.to ?? ""), m.steps.reduce((d, s) => later(d, later(s.from, s.to)), ""));
        moves.push({ ...m, resultNotice: null, why: changesWithin(changes, p.key.completeOn, end || range.last) });
      }
    }
  }

  // R10.2: decided but not yet notified; the 7-day duty counts from the decision (T6).
  const decided = { status: { in: DECIDED }, resultNotifiedOn: null, decidedOn: { lte: range.last }, resultNoticeDueOn: { gte: range.first } };
  for (const g of await tx.request.groupBy({ by: ["decidedOn"], where: decided })) {
    if (!g.decidedOn) continue;
    const move = planResultNoticeMove(g.decidedOn, oldCalendar, newCalendar, input.sevenDayUnit);
    if (!move) continue;
    const rows = await tx.request.findMany({ where: { ...decided, decidedOn: g.decidedOn, resultNoticeDueOn: { not: move.to } }, select: { id: true, trackingNumber: true, resultNoticeDueOn: true } });
    for (const r of rows) {
      const resultNotice = { from: r.resultNoticeDueOn ?? move.from, to: move.to };
      moves.push({ id: r.id, trackingNumber: r.trackingNumber, dueDate: null, steps: [], resultNotice, why: changesWithin(changes, g.decidedOn, later(resultNotice.from, resultNotice.to)) });
    }
  }

  await writeMoves(tx, moves, changes, input.actor, input.at);
  return {
    moved: moves.length,
    sample: moves.slice(0, SAMPLE).map((m) => ({ trackingNumber: m.trackingNumber, due: m.dueDate, resultNotice: m.resultNotice, steps: m.steps.length })),
  };
}

async function writeMoves(tx: Tx, moves: readonly Move[], changes: readonly HolidayChange[], actor: { id: string; role: string }, at: Date) {
  for (const [to, list] of groupBy(moves.filter((m) => m.dueDate), (m) => m.dueDate!.to)) {
    for (const part of chunks(list)) await tx.request.updateMany({ where: { id: { in: part.map((m) => m.id) } }, data: { dueDate: to } });
  }
  const steps = moves.flatMap((m) => m.steps.map((s: StepMove) => ({ requestId: m.id, ...s })));
  for (const [k, list] of groupBy(steps, (s) => `${s.position}|${s.to}`)) {
    const [position, to] = [Number(k.split("|")[0]), list[0].to];
    for (const part of chunks(list)) {
      await tx.requestStep.updateMany({ where: { requestId: { in: part.map((s) => s.requestId) }, position, completedOn: null }, data: { dueDate: to } });
    }
  }
  for (const [to, list] of groupBy(moves.filter((m) => m.resultNotice), (m) => m.resultNotice!.to)) {
    for (const part of chunks(list)) {
      const ids = part.map((m) => m.id);
      await tx.request.updateMany({ where: { id: { in: ids } }, data: { resultNoticeDueOn: to } });
      // The result notice waiting in the outbox carries the same deadline.
      await tx.notice.updateMany({ where: { requestId: { in: ids }, kind: "result", state: { not: "sent" } }, data: { dueOn: to } });
    }
  }
  const events: EventInput[] = moves.map((m) => ({
    requestId: m.id,
    at,
    actorId: actor.id,
    actorRole: actor.role,
    type: DUE_DATE_MOVED,
    note: formatMoveNote({ due: m.dueDate, resultNotice: m.resultNotice, steps: m.steps, why: m.why.length ? m.why : changes }),
  }));
  for (const part of chunks(events)) await appendEvents(tx, part);
}
