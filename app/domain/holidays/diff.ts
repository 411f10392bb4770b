// The preview of an import (issue 7): what the file would change in that year. The file is
// the whole year, so a holiday in the database but not in the file is removed.
import type { HolidayRow } from "./rows";

export type YearDiff = {
  added: HolidayRow[];
  changed: { before: HolidayRow; after: HolidayRow }[];
  removed: HolidayRow[];
  unchanged: number;
};

export function diffYear(current: readonly HolidayRow[], incoming: readonly HolidayRow[]): YearDiff {
  const now = new Map(current.map((h) => [h.date, h]));
  const next = new Map(incoming.map((h) => [h.date, h]));
  const diff: YearDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const after of incoming) {
    const before = now.get(after.date);
    if (!before) diff.added.push(after);
    else if (before.nameTh !== after.nameTh || before.nameEn !== after.nameEn || before.kind !== after.kind) diff.changed.push({ before, after });
    else diff.unchanged++;
  }
  for (const before of current) if (!next.has(before.date)) diff.removed.push(before);
  const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : 1);
  diff.added.sort(byDate);
  diff.removed.sort(byDate);
  diff.changed.sort((a, b) => byDate(a.after, b.after));
  return diff;
}

export const hasChanges = (d: YearDiff) => d.added.length + d.changed.length + d.removed.length > 0;

/** A short fingerprint of a year's holidays: the confirm step refuses a preview that is stale. */
export function fingerprintOf(rows: readonly HolidayRow[]): string {
  const text = [...rows].sort((a, b) => (a.date < b.date ? -1 : 1)).map((h) => `${h.date}|${h.kind}|${h.nameTh}|${h.nameEn}`).join("\n");
  // FNV-1a, 32 bits: enough to notice a change between preview and confirm, not a secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${rows.length}-${hash.toString(16)}`;
}
