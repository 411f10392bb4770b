// Which parser reads an uploaded file: by its name, then by its first bytes (a calendar
// always begins with BEGIN:VCALENDAR).
import { parseHolidayCsv } from "./csv";
import { parseHolidayIcs } from "./ics";
import type { ParseResult } from "./rows";

export type ImportFormat = "csv" | "ics";

export function formatOf(fileName: string, text: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".ics") || name.endsWith(".ical") || name.endsWith(".ifb")) return "ics";
  if (name.endsWith(".csv") || name.endsWith(".txt")) return "csv";
  const start = text.replace(/^\uFEFF/, "").trimStart().slice(0, 15).toUpperCase();
  return start.startsWith("BEGIN:VCALENDAR") ? "ics" : null;
}

export function parseHolidayFile(fileName: string, text: string, year: number): ParseResult {
  const format = formatOf(fileName, text);
  if (!format) return { ok: false, rows: [], errors: [], fileError: "unknownFormat" };
  return format === "ics" ? parseHolidayIcs(text, year) : parseHolidayCsv(text, year);
}
