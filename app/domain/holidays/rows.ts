// One holiday row as read from an import file (T3: holidays are data an administrator keeps).
// Both parsers (CSV, iCalendar) and the confirm step of the import run the same checks, so a
// row that passed the preview is checked again before anything is written.
import { isIsoDate } from "../calendar/bangkok-date";
import { HOLIDAY_KINDS, isOneOf, type HolidayKind } from "../manual/vocabulary";

export type HolidayRow = { date: string; nameTh: string; nameEn: string; kind: HolidayKind };
export type SourceRow = { line: number; date: string; nameTh: string; nameEn: string; kind: string };

// Problems are i18n keys of the "holidays" namespace; values fill their placeholders.
export type RowProblem = "badDate" | "wrongYear" | "unknownKind" | "missingNameTh" | "missingNameEn" | "nameTooLong" | "duplicateDate";
export type RowError = { line: number; problem: RowProblem; value: string; other?: number };
export type FileProblem = "empty" | "badHeader" | "notCalendar" | "tooManyRows" | "unreadable" | "unknownFormat";
export type ParseResult = { ok: true; rows: HolidayRow[] } | { ok: false; rows: HolidayRow[]; errors: RowError[]; fileError?: FileProblem };

export const MAX_NAME_LENGTH = 200;
// A year has 366 days at most; more rows than that cannot all be distinct dates of one year.
export const MAX_ROWS = 366;

/** Every problem of every row (so the administrator fixes the file once), in line order. */
export function checkRows(source: readonly SourceRow[], year: number): ParseResult {
  const errors: RowError[] = [];
  const rows: HolidayRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const r of source) {
    const date = r.date.trim();
    const nameTh = r.nameTh.trim();
    const nameEn = r.nameEn.trim();
    const kind = r.kind.trim().toLowerCase() || "annual";
    const before = errors.length;
    if (!isIsoDate(date)) errors.push({ line: r.line, problem: "badDate", value: date });
    else if (date.slice(0, 4) !== String(year)) errors.push({ line: r.line, problem: "wrongYear", value: date });
    else if (firstLineOf.has(date)) errors.push({ line: r.line, problem: "duplicateDate", value: date, other: firstLineOf.get(date) });
    else firstLineOf.set(date, r.line);
    if (!nameTh) errors.push({ line: r.line, problem: "missingNameTh", value: "" });
    if (!nameEn) errors.push({ line: r.line, problem: "missingNameEn", value: "" });
    if (nameTh.length > MAX_NAME_LENGTH || nameEn.length > MAX_NAME_LENGTH) errors.push({ line: r.line, problem: "nameTooLong", value: String(MAX_NAME_LENGTH) });
    if (!isOneOf(HOLIDAY_KINDS, kind)) errors.push({ line: r.line, problem: "unknownKind", value: kind });
    if (errors.length === before) rows.push({ date, nameTh, nameEn, kind: kind as HolidayKind });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : 1));
  return errors.length ? { ok: false, rows, errors } : { ok: true, rows };
}
