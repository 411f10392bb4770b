// Before → after for the audit log: only the fields that changed, so an entry reads as what
// the administrator did, not as two copies of a record. Values are compared by their JSON
// form, so lists (e.g. the permits a center offers) compare by content.
export type Snapshot = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// null when nothing changed (the caller then writes neither the row nor an audit entry).
export function changedFields(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } | null {
  const out = { before: {} as Snapshot, after: {} as Snapshot };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    out.before[key] = before[key] ?? null;
    out.after[key] = after[key] ?? null;
  }
  return Object.keys(out.after).length === 0 ? null : out;
}

export type FieldChange = { field: string; before: string; after: string };

// An audit entry's stored JSON as rows to read. Entries come from every admin area (manuals,
// holidays, organisation, users), so unknown fields are shown as they are: strings as typed,
// other values as JSON; a missing side is "". Bad JSON is shown raw rather than hidden.
export function fieldChanges(beforeJson: string, afterJson: string): FieldChange[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => !(k in before && k in after && same(before[k], after[k])))
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
}

function parse(json: string): Snapshot {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Snapshot;
    return { value };
  } catch {
    return { value: json };
  }
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) return value.join(", ");
  return JSON.stringify(value);
}
