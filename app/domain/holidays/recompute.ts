// T7: when the holidays change, every open request's stored due dates are recomputed with the
// same functions that stored them (R10.1 computeDue, R7.1 stepDueDates, R10.2 resultNoticeDueDate),
// once with the old calendar and once with the new one. A request moves only when the two
// differ, so every move is caused by this change and its note can say which holiday did it.
// Work is per distinct key (completion day, limit, office hours, steps), never per request:
// 100,000 open requests share a few thousand keys.
import type { Holiday, OfficeHours, WorkCalendar } from "../calendar";
import { computeDue, resultNoticeDueDate, stepDueDates, type SevenDayUnit } from "../deadlines";
import type { TimeLimit } from "../manual/vocabulary";

export type DueKey = {
  /** R8.5: the day the request became complete. */
  completeOn: string;
  /** The instant it became complete; only limits in minutes or hours use it (T5). */
  completedAt?: Date;
  total: TimeLimit;
  /** The service center's office hours (T5), or the default for online requests. */
  hours: OfficeHours;
  /** The manual version's step durations, in order (R7.1). */
  steps: readonly TimeLimit[];
};
export type DateMove = { from: string; to: string };
export type StepMove = DateMove & { position: number };
export type KeyMove = { due: DateMove | null; steps: StepMove[] };

const inOfficeTime = (limit: TimeLimit) => limit.unit === "minutes" || limit.unit === "hours";

export function keyIdOf(key: DueKey): string {
  const at = inOfficeTime(key.total) && key.completedAt ? key.completedAt.toISOString() : "";
  const h = key.hours;
  return [key.completeOn, at, key.total.value, key.total.unit, h.opensAt, h.closesAt, h.lunchStart ?? "", h.lunchEnd ?? "", key.steps.map((s) => `${s.value}${s.unit}`).join(",")].join("|");
}

/**
 * The due dates as stored when they were first computed: Request.dueDate as intake, cure and
 * the online check store it (from the completion instant, in the center's hours), and the
 * steps as the review start lays them out (from the completion day, none after the request).
 */
export function dueSetOf(key: DueKey, calendar: WorkCalendar): { due: string; steps: string[] } {
  const start = inOfficeTime(key.total) && key.completedAt ? { instant: key.completedAt } : key.completeOn;
  const due = computeDue(start, key.total, calendar, key.hours).dueDate;
  const steps = stepDueDates(key.completeOn, key.steps.map((duration) => ({ duration })), calendar).map((d) => (d > due ? due : d));
  return { due, steps };
}

export function planKeyMove(key: DueKey, before: WorkCalendar, after: WorkCalendar): KeyMove {
  const old = dueSetOf(key, before);
  const next = dueSetOf(key, after);
  const steps: StepMove[] = [];
  next.steps.forEach((to, i) => {
    if (old.steps[i] !== to) steps.push({ position: i + 1, from: old.steps[i], to });
  });
  return { due: old.due === next.due ? null : { from: old.due, to: next.due }, steps };
}

export type OpenRequest = {
  id: string;
  trackingNumber: string;
  dueDate: string | null;
  steps: readonly { position: number; dueDate: string; completedOn: string | null }[];
  key: DueKey;
};
export type RequestMove = { id: string; trackingNumber: string; dueDate: DateMove | null; steps: StepMove[] };

/** The moves of running requests; from is the stored date, to the new computed one. */
export function planRequestMoves(requests: readonly OpenRequest[], before: WorkCalendar, after: WorkCalendar): RequestMove[] {
  const byKey = new Map<string, KeyMove>();
  const moves: RequestMove[] = [];
  for (const r of requests) {
    const id = keyIdOf(r.key);
    let km = byKey.get(id);
    if (!km) byKey.set(id, (km = planKeyMove(r.key, before, after)));
    const move = applyKeyMove(r, km);
    if (move) moves.push(move);
  }
  return moves;
}

/** One request's share of its key's move: only dates that differ from what is stored, only steps not yet done. */
export function applyKeyMove(r: Omit<OpenRequest, "key">, km: KeyMove): RequestMove | null {
  const dueDate = km.due && r.dueDate !== km.due.to ? { from: r.dueDate ?? km.due.from, to: km.due.to } : null;
  const steps: StepMove[] = [];
  for (const sm of km.steps) {
    const stored = r.steps.find((s) => s.position === sm.position);
    if (stored && !stored.completedOn && stored.dueDate !== sm.to) steps.push({ position: sm.position, from: stored.dueDate, to: sm.to });
  }
  return dueDate || steps.length ? { id: r.id, trackingNumber: r.trackingNumber, dueDate, steps } : null;
}

/** R10.2 + T6: the result-notice deadline of a decided request not yet notified. */
export function planResultNoticeMove(decidedOn: string, before: WorkCalendar, after: WorkCalendar, unit: SevenDayUnit): DateMove | null {
  const from = resultNoticeDueDate(decidedOn, before, unit);
  const to = resultNoticeDueDate(decidedOn, after, unit);
  return from === to ? null : { from, to };
}

export type HolidayChange = { change: "added" | "removed"; date: string; nameTh: string; nameEn: string };

/**
 * Which closed days the change adds or removes. Only dates matter to the clock (T3: every
 * kind of holiday closes the office), so a renamed holiday changes nothing here.
 */
export function holidayChanges(before: readonly Holiday[], after: readonly Holiday[]): HolidayChange[] {
  const was = new Map(before.map((h) => [h.date, h]));
  const is = new Map(after.map((h) => [h.date, h]));
  const out: HolidayChange[] = [];
  for (const h of after) if (!was.has(h.date)) out.push({ change: "added", date: h.date, nameTh: h.nameTh, nameEn: h.nameEn });
  for (const h of before) if (!is.has(h.date)) out.push({ change: "removed", date: h.date, nameTh: h.nameTh, nameEn: h.nameEn });
  return out.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The changed days that can matter to a period starting on `from` whose due date was or
 * becomes `to`: the clock only reads the days from the start to the due date, so a change
 * outside [from, to] never moves it. The service uses the same bound to pick candidates.
 */
export function changesWithin(changes: readonly HolidayChange[], from: string, to: string): HolidayChange[] {
  return changes.filter((c) => c.date >= from && c.date <= to);
}

export function changedRange(changes: readonly HolidayChange[]): { first: string; last: string } | null {
  return changes.length ? { first: changes[0].date, last: changes[changes.length - 1].date } : null;
}
