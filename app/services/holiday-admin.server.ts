// The holiday calendar editor (issue 7, T3, T7): add, edit, remove and import a year. Every
// change is one transaction: the holiday rows, the audit entry (who, when, before → after) and
// the recomputed due dates of every open request with their history events. Afterwards this
// process's clock forgets its cached holidays, so the next due date computed here sees the
// change at once (other processes within the cache's few seconds).
import { changedFields } from "~/domain/admin/diff";
import type { Holiday } from "~/domain/calendar";
import { diffYear, fingerprintOf, hasChanges, type YearDiff } from "~/domain/holidays/diff";
import { parseHolidayFile } from "~/domain/holidays/import-file";
import { checkRows, type HolidayRow, type ParseResult } from "~/domain/holidays/rows";
import type { HolidayKind } from "~/domain/manual/vocabulary";
import { recordAudit, type AuditActor } from "~/models/audit.server";
import { allHolidaysIn, findHoliday, holidayYearSpan, listHolidays } from "~/models/holiday.server";
import type { Tx } from "~/models/request.server";
import type { StaffUser } from "~/models/user.server";
import type { HolidayInput } from "~/schemas/holidays";
import { now, todayInBangkok } from "~/utils/clock.server";
import { isUniqueViolation, prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { forgetHolidays } from "./calendar.server";
import { recomputeDueDates, type RecomputeSummary } from "./holiday-recompute.server";

export type ChangeSummary = RecomputeSummary & {
  action: "create" | "update" | "delete" | "import";
  year: number;
  date?: string;
  counts?: { added: number; changed: number; removed: number };
};
export type ChangeResult = { ok: true; summary: ChangeSummary } | { ok: false; errors: Record<string, string> };

const asHoliday = (h: { date: string; nameTh: string; nameEn: string; kind: string }): Holiday => ({ date: h.date, nameTh: h.nameTh, nameEn: h.nameEn, kind: h.kind as HolidayKind });
const snapshot = (h: { date: string; nameTh: string; nameEn: string; kind: string }) => ({ date: h.date, nameTh: h.nameTh, nameEn: h.nameEn, kind: h.kind });
const yearOf = (date: string) => Number(date.slice(0, 4));

// Big imports over many open requests need more than Prisma's 5-second default.
const TX_OPTIONS = { timeout: 120_000, maxWait: 15_000 };

type Planned = { ok: true; after: Holiday[]; summary: Omit<ChangeSummary, "moved" | "sample"> } | { ok: false; errors: Record<string, string> };

async function change(user: StaffUser, work: (tx: Tx, before: Awaited<ReturnType<typeof allHolidaysIn>>, actor: AuditActor, at: Date) => Promise<Planned>): Promise<ChangeResult> {
  const at = now();
  const actor = { id: user.id, role: user.role };
  try {
    const result = await prisma.$transaction(async (tx): Promise<ChangeResult> => {
      const before = await allHolidaysIn(tx);
      const planned = await work(tx, before, actor, at);
      if (!planned.ok) return planned;
      const moved = await recomputeDueDates(tx, { before: before.map(asHoliday), after: planned.after, actor, at, sevenDayUnit: env().SEVEN_DAY_UNIT });
      return { ok: true, summary: { ...planned.summary, ...moved } };
    }, TX_OPTIONS);
    if (result.ok) forgetHolidays();
    return result;
  } catch (error) {
    // Two administrators adding the same day at once: the unique index answers.
    if (isUniqueViolation(error)) return { ok: false, errors: { date: "holidays:errors.dateTaken" } };
    throw error;
  }
}

export function addHoliday(user: StaffUser, input: HolidayInput): Promise<ChangeResult> {
  return change(user, async (tx, before, actor, at) => {
    if (before.some((h) => h.date === input.date)) return { ok: false, errors: { date: "holidays:errors.dateTaken" } };
    const created = await tx.holiday.create({ data: input, select: { id: true } });
    await recordAudit(tx, { actor, at, entity: "holiday", entityId: created.id, action: "create", label: input.date, after: snapshot(input) });
    return { ok: true, after: [...before.map(asHoliday), asHoliday(input)], summary: { action: "create", year: yearOf(input.date), date: input.date } };
  });
}

export function updateHoliday(user: StaffUser, originalDate: string, input: HolidayInput): Promise<ChangeResult> {
  return change(user, async (tx, before, actor, at) => {
    const existing = before.find((h) => h.date === originalDate);
    if (!existing) throw new Response("Not found", { status: 404 });
    if (input.date !== originalDate && before.some((h) => h.date === input.date)) return { ok: false, errors: { date: "holidays:errors.dateTaken" } };
    // As elsewhere in the admin area: only the fields that changed, and nothing when none did.
    const diff = changedFields(snapshot(existing), snapshot(input));
    if (!diff) return { ok: true, after: before.map(asHoliday), summary: { action: "update", year: yearOf(input.date), date: input.date } };
    await tx.holiday.update({ where: { id: existing.id }, data: input });
    await recordAudit(tx, { actor, at, entity: "holiday", entityId: existing.id, action: "update", label: input.date, before: diff.before, after: diff.after });
    const after = before.map((h) => (h.id === existing.id ? asHoliday(input) : asHoliday(h)));
    return { ok: true, after, summary: { action: "update", year: yearOf(input.date), date: input.date } };
  });
}

export function removeHoliday(user: StaffUser, date: string): Promise<ChangeResult> {
  return change(user, async (tx, before, actor, at) => {
    const existing = before.find((h) => h.date === date);
    if (!existing) throw new Response("Not found", { status: 404 });
    await tx.holiday.delete({ where: { id: existing.id } });
    await recordAudit(tx, { actor, at, entity: "holiday", entityId: existing.id, action: "delete", label: date, before: snapshot(existing) });
    return { ok: true, after: before.filter((h) => h.id !== existing.id).map(asHoliday), summary: { action: "delete", year: yearOf(date), date } };
  });
}

// The audit entry of an import reads as one field per day: "2026-05-20": "special · … · …".
const byDate = (rows: readonly HolidayRow[]) => Object.fromEntries(rows.map((h) => [h.date, `${h.kind} · ${h.nameTh} · ${h.nameEn}`]));

export type ImportPreview = { ok: true; year: number; rows: HolidayRow[]; diff: YearDiff; fingerprint: string } | { ok: false; year: number; result: Extract<ParseResult, { ok: false }> };

export async function previewImport(year: number, fileName: string, text: string): Promise<ImportPreview> {
  const parsed = parseHolidayFile(fileName, text, year);
  if (!parsed.ok) return { ok: false, year, result: parsed };
  const current = (await listHolidays(`${year}-01-01`, `${year}-12-31`)).map(asHoliday);
  return { ok: true, year, rows: parsed.rows, diff: diffYear(current, parsed.rows), fingerprint: fingerprintOf(current) };
}

// The confirm step: the rows carried from the preview are checked again as if read from a
// file, and the year must still be as the preview saw it (otherwise: preview again).
export function applyImport(user: StaffUser, year: number, rows: readonly HolidayRow[], fingerprint: string): Promise<ChangeResult | { ok: false; stale: true }> {
  const checked = checkRows(rows.map((r, i) => ({ ...r, line: i + 2 })), year);
  if (!checked.ok) return Promise.resolve({ ok: false, errors: { file: "holidays:import.errors.tampered" } });
  let stale = false;
  return change(user, async (tx, before, actor, at) => {
    const current = before.filter((h) => yearOf(h.date) === year).map(asHoliday);
    if (fingerprintOf(current) !== fingerprint) {
      stale = true;
      return { ok: false, errors: { file: "holidays:import.errors.stale" } };
    }
    const diff = diffYear(current, checked.rows);
    const counts = { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length };
    const summary = { action: "import" as const, year, counts };
    if (!hasChanges(diff)) return { ok: true, after: before.map(asHoliday), summary };
    if (diff.removed.length) await tx.holiday.deleteMany({ where: { date: { in: diff.removed.map((h) => h.date) } } });
    if (diff.added.length) await tx.holiday.createMany({ data: diff.added });
    for (const c of diff.changed) await tx.holiday.update({ where: { date: c.after.date }, data: { nameTh: c.after.nameTh, nameEn: c.after.nameEn, kind: c.after.kind } });
    await recordAudit(tx, { actor, at, entity: "holiday", entityId: String(year), action: "import", label: String(year), before: byDate(current), after: byDate(checked.rows) });
    const after = [...before.filter((h) => yearOf(h.date) !== year).map(asHoliday), ...checked.rows];
    return { ok: true, after, summary };
  }).then((r) => (stale ? { ok: false as const, stale: true as const } : r));
}

export async function loadHolidayYear(year: number) {
  const [rows, span] = await Promise.all([listHolidays(`${year}-01-01`, `${year}-12-31`), holidayYearSpan()]);
  const thisYear = Number(todayInBangkok().slice(0, 4));
  // Every year that has holidays, plus this year and the next (the Cabinet announces ahead).
  const first = Math.min(span?.first ?? thisYear, thisYear, year);
  const last = Math.max(span?.last ?? thisYear, thisYear + 1, year);
  return { year, rows, years: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
}

export async function requireHoliday(date: string) {
  const h = await findHoliday(date);
  if (!h) throw new Response("Not found", { status: 404 });
  return h;
}
