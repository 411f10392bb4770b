// What changed between two versions of a manual (R7.4: earlier versions stay readable, with a
// diff between any two). Pure: two Manual snapshots in, a list of changes out.
//
// Scalar fields are compared leaf by leaf, each language on its own ("name" in Thai only).
// Ordered lists (steps, documents, fees, ...) are matched row by row: a longest common
// subsequence on a row key (a step's Thai title, a document's Thai name) anchors the rows that
// kept their relative order; a row whose key reappears elsewhere has moved; rows left over
// between the same two anchors are the same row edited when they are alike, otherwise one
// was removed and another added.
import type { Bilingual, Manual } from "~/schemas/open-data";
import { lcsPairs } from "./lcs";
import { textDiff, type TextSegment } from "./text-diff";
import type { TimeLimit } from "./vocabulary";

export type FileValue = { name: string; size: number; sha256: string };
export type DiffValue = string | number | boolean | null | TimeLimit | FileValue;

export type FieldChange = {
  // A field name of FIELD_NAMES or of a list row (e.g. "title", "duration").
  field: string;
  // The language of a bilingual text, null for a value that has none.
  lang: "th" | "en" | null;
  before: DiffValue;
  after: DiffValue;
  // For a long text changed in part: which words went and which came (computed here, on the
  // server, so the page never depends on the browser's own word breaking).
  words?: TextSegment[];
};

export type RowChange =
  | { kind: "added"; to: number; label: Bilingual; row: FieldChange[] }
  | { kind: "removed"; from: number; label: Bilingual; row: FieldChange[] }
  | { kind: "changed"; from: number; to: number; label: Bilingual; fields: FieldChange[] }
  | { kind: "moved"; from: number; to: number; label: Bilingual; fields: FieldChange[] };

export const LIST_NAMES = ["laws", "channels", "steps", "documents", "fees", "complaintChannels", "forms"] as const;
export type ListName = (typeof LIST_NAMES)[number];

export type ManualDiff = {
  fields: FieldChange[];
  lists: { list: ListName; changes: RowChange[] }[];
  identical: boolean;
};

// The manual's own fields in template order (R7.5). The permit's kind, category and agency
// belong to the permit, not to a version; version number and date always differ.
export const FIELD_NAMES = [
  "name",
  "serviceType",
  "impactLevel",
  "serviceArea",
  "timeLaw",
  "statutoryTime",
  "statisticsAverage",
  "statisticsHighest",
  "statisticsLowest",
  "referenceName",
  "criteria",
  "totalTime",
  "streamlined",
  "noFee",
  "remarks",
  "preparedBy",
  "approvedBy",
  "publishedBy",
] as const;

type Leafy = DiffValue | Bilingual;
type Row = Record<string, Leafy>;

function scalarFields(m: Manual): Row {
  return {
    name: m.name,
    serviceType: m.serviceType,
    impactLevel: m.impactLevel,
    serviceArea: m.serviceArea,
    timeLaw: m.timeLaw,
    statutoryTime: m.statutoryTime,
    statisticsAverage: m.statistics.average,
    statisticsHighest: m.statistics.highest,
    statisticsLowest: m.statistics.lowest,
    referenceName: m.referenceName,
    criteria: m.criteria,
    totalTime: m.totalTime,
    streamlined: m.streamlined,
    noFee: m.noFee,
    remarks: m.remarks,
    preparedBy: m.preparedBy,
    approvedBy: m.approvedBy,
    publishedBy: m.publishedBy,
  };
}

const NO_TEXT: Bilingual = { th: "", en: "" };

type ListSpec = { rows: (m: Manual) => Row[]; key: (r: Row) => string; label: (r: Row) => Bilingual };
const text = (r: Row, field: string) => r[field] as Bilingual;

// Row contents without positions: a position change is reported as a move, not an edit.
const LISTS: Record<ListName, ListSpec> = {
  laws: { rows: (m) => m.laws.map((title) => ({ title })), key: (r) => text(r, "title").th, label: (r) => text(r, "title") },
  channels: {
    rows: (m) =>
      m.channels.map((c) => ({
        kind: c.kind,
        serviceCenter: c.serviceCenter,
        place: c.place,
        hours: c.hours,
        phone: c.phone,
        url: c.url,
        remark: c.remark,
      })),
    key: (r) => `${r.kind}|${text(r, "place").th}`,
    label: (r) => text(r, "place"),
  },
  steps: {
    rows: (m) =>
      m.steps.map((s) => ({
        kind: s.kind,
        title: s.title,
        description: s.description,
        duration: s.duration,
        responsible: s.responsible,
        remark: s.remark,
      })),
    key: (r) => text(r, "title").th,
    label: (r) => text(r, "title"),
  },
  documents: {
    rows: (m) =>
      m.documents.map((d) => ({
        group: d.group,
        name: d.name,
        issuer: d.issuer,
        originals: d.originals,
        copies: d.copies,
        unit: d.unit,
        condition: d.condition ?? NO_TEXT,
      })),
    key: (r) => text(r, "name").th,
    label: (r) => text(r, "name"),
  },
  fees: {
    rows: (m) =>
      m.fees.map((f) => ({
        kind: f.kind,
        description: f.description,
        amount: f.amount,
        amountMin: f.amountMin,
        amountMax: f.amountMax,
        percent: f.percent,
        remark: f.remark,
      })),
    key: (r) => text(r, "description").th,
    label: (r) => text(r, "description"),
  },
  complaintChannels: {
    rows: (m) => m.complaintChannels.map((c) => ({ name: c.name, detail: c.detail })),
    key: (r) => text(r, "name").th,
    label: (r) => text(r, "name"),
  },
  forms: {
    // The file's URL names the row of one version; the same bytes under another row are the
    // same file, so files compare by name, size and digest.
    rows: (m) =>
      m.forms.map((f) => ({
        code: f.code,
        name: f.name,
        url: f.url,
        file: f.file ? { name: f.file.name, size: f.file.size, sha256: f.file.sha256 } : null,
      })),
    key: (r) => `${r.code as string}|${text(r, "name").th}`,
    label: (r) => text(r, "name"),
  },
};

function isBilingual(v: Leafy): v is Bilingual {
  return typeof v === "object" && v !== null && "th" in v && "en" in v && Object.keys(v).length === 2;
}

function same(a: DiffValue, b: DiffValue): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

// Leaf-by-leaf changes between two rows with the same fields.
export function compareRows(before: Row, after: Row): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const a = before[field] ?? null;
    const b = after[field];
    if (isBilingual(a) && isBilingual(b)) {
      for (const lang of ["th", "en"] as const) if (a[lang] !== b[lang]) changes.push(textChange(field, lang, a[lang], b[lang]));
    } else if (!same(a as DiffValue, b as DiffValue)) {
      changes.push({ field, lang: null, before: a as DiffValue, after: b as DiffValue });
    }
  }
  return changes;
}

const LONG_TEXT = 40;
function textChange(field: string, lang: "th" | "en" | null, before: string, after: string): FieldChange {
  const partial = before !== "" && after !== "" && Math.max(before.length, after.length) > LONG_TEXT;
  return partial ? { field, lang, before, after, words: textDiff(before, after) } : { field, lang, before, after };
}

// Every field of one row, as changes from or to nothing (for rows added or removed).
function wholeRow(row: Row, side: "before" | "after"): FieldChange[] {
  const empty: Row = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, isBilingual(v) ? NO_TEXT : null]));
  return side === "after" ? compareRows(empty, row) : compareRows(row, empty);
}

const filled = (v: Leafy): number => (isBilingual(v) ? Number(v.th !== "") + Number(v.en !== "") : Number(v !== null && v !== ""));

// Two rows are "the same row, edited" when at least half of their filled-in leaves are
// unchanged (leaves empty in both say nothing about whether two rows are the same).
function alike(before: Row, after: Row): boolean {
  const leaves = Object.keys(after).reduce((n, k) => n + Math.max(filled(before[k] ?? null), filled(after[k])), 0);
  return compareRows(before, after).length * 2 <= leaves;
}

export function diffList(spec: ListSpec, beforeRows: Row[], afterRows: Row[]): RowChange[] {
  const keysBefore = beforeRows.map(spec.key);
  const keysAfter = afterRows.map(spec.key);
  const anchors = lcsPairs(keysBefore, keysAfter);
  // partner[i] = index in after of the row matched to before row i.
  const partner = new Map<number, number>(anchors);
  const taken = new Set(anchors.map(([, j]) => j));
  const anchoredBefore = new Set(anchors.map(([i]) => i));
  const moved = new Set<number>();

  // Rows whose key reappears out of order have moved (first unmatched occurrence each).
  for (let i = 0; i < beforeRows.length; i++) {
    if (partner.has(i)) continue;
    const j = keysAfter.findIndex((k, jj) => k === keysBefore[i] && !taken.has(jj));
    if (j >= 0) {
      partner.set(i, j);
      taken.add(j);
      moved.add(i);
    }
  }
  // Left-overs between the same two anchors are paired in order when they are alike.
  const gapOf = (index: number, side: 0 | 1) => anchors.filter((p) => p[side] < index).length;
  for (let i = 0; i < beforeRows.length; i++) {
    if (partner.has(i)) continue;
    const j = afterRows.findIndex((row, jj) => !taken.has(jj) && gapOf(jj, 1) === gapOf(i, 0) && alike(beforeRows[i], row));
    if (j >= 0) {
      partner.set(i, j);
      taken.add(j);
    }
  }

  const changes: { order: number; change: RowChange }[] = [];
  for (let i = 0; i < beforeRows.length; i++) {
    const j = partner.get(i);
    const label = spec.label(beforeRows[i]);
    if (j === undefined) {
      // A removed row sits just after the row that preceded it, in the new order.
      const previous = [...partner.entries()].filter(([bi]) => bi < i && anchoredBefore.has(bi)).map(([, aj]) => aj);
      const order = (previous.length ? Math.max(...previous) : -1) + 0.5;
      changes.push({ order, change: { kind: "removed", from: i + 1, label, row: wholeRow(beforeRows[i], "before") } });
      continue;
    }
    const fields = compareRows(beforeRows[i], afterRows[j]);
    if (moved.has(i)) changes.push({ order: j, change: { kind: "moved", from: i + 1, to: j + 1, label: spec.label(afterRows[j]), fields } });
    else if (fields.length > 0) changes.push({ order: j, change: { kind: "changed", from: i + 1, to: j + 1, label: spec.label(afterRows[j]), fields } });
  }
  afterRows.forEach((row, j) => {
    if (!taken.has(j)) changes.push({ order: j, change: { kind: "added", to: j + 1, label: spec.label(row), row: wholeRow(row, "after") } });
  });
  return changes.sort((a, b) => a.order - b.order).map((c) => c.change);
}

export function diffManuals(before: Manual, after: Manual): ManualDiff {
  const fields = compareRows(scalarFields(before), scalarFields(after));
  const lists = LIST_NAMES.map((list) => ({ list, changes: diffList(LISTS[list], LISTS[list].rows(before), LISTS[list].rows(after)) })).filter(
    (l) => l.changes.length > 0,
  );
  return { fields, lists, identical: fields.length === 0 && lists.length === 0 };
}
