// iCalendar (.ics, RFC 5545) import of one year of holidays. Each all-day VEVENT is a holiday:
// DTSTART;VALUE=DATE:20260413 (a DTEND after the next day makes a holiday of every day up to
// it, e.g. Songkran as one three-day event), SUMMARY;LANGUAGE=th / SUMMARY;LANGUAGE=en for
// the two names or one plain SUMMARY used for both, CATEGORIES naming the kind (annual,
// substitution, special; default annual). Folded lines are unfolded first; errors carry the
// file line where the event begins.
import { addDays, toDayNumber } from "../calendar/bangkok-date";
import { HOLIDAY_KINDS } from "../manual/vocabulary";
import { checkRows, MAX_ROWS, type ParseResult, type SourceRow } from "./rows";

type Line = { line: number; name: string; params: Record<string, string>; value: string };
// A multi-day event longer than a month is a mistake, not a holiday.
const MAX_EVENT_DAYS = 31;

// RFC 5545 §3.1: a line starting with a space or a tab continues the previous one.
function unfold(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    if ((raw.startsWith(" ") || raw.startsWith("\t")) && out.length) out[out.length - 1].text += raw.slice(1);
    else out.push({ line: i + 1, text: raw });
  });
  return out.filter((l) => l.text.trim() !== "");
}

function contentLine(l: { line: number; text: string }): Line {
  // The name and parameters end at the first colon outside double quotes.
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < l.text.length; i++) {
    if (l.text[i] === '"') quoted = !quoted;
    else if (l.text[i] === ":" && !quoted) {
      colon = i;
      break;
    }
  }
  const head = colon < 0 ? l.text : l.text.slice(0, colon);
  const [name, ...rawParams] = head.split(";");
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf("=");
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, "");
  }
  return { line: l.line, name: name.toUpperCase(), params, value: colon < 0 ? "" : l.text.slice(colon + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? " " : c)).trim();
}

// 20260413 → 2026-04-13; anything else (a date-time, a typo) is returned as written.
function isoOf(value: string): string {
  return /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value;
}

function kindOf(categories: string[]): string {
  if (categories.length === 0) return "annual";
  return categories.find((c) => (HOLIDAY_KINDS as readonly string[]).includes(c.toLowerCase())) ?? categories[0];
}

type Event = { line: number; start: string; end: string; th: string; en: string; both: string; categories: string[] };

function rowsOf(e: Event): SourceRow[] {
  const base = { line: e.line, nameTh: e.th || e.both, nameEn: e.en || e.both, kind: kindOf(e.categories) };
  const start = isoOf(e.start);
  const end = isoOf(e.end);
  let days = 1;
  try {
    // DTEND is exclusive (RFC 5545 §3.6.1): 20260413 → 20260416 is three days.
    if (e.end) days = Math.max(1, toDayNumber(end) - toDayNumber(start));
  } catch {
    days = 1; // a bad start is reported by checkRows; a bad end alone is ignored
  }
  if (days > MAX_EVENT_DAYS) return [{ ...base, date: `${start}…${end}` }];
  return Array.from({ length: days }, (_, i) => ({ ...base, date: i === 0 ? start : addDays(start, i) }));
}

export function parseHolidayIcs(input: string, year: number): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = unfold(text).map(contentLine);
  if (!lines.some((l) => l.name === "BEGIN" && l.value.trim().toUpperCase() === "VCALENDAR")) return { ok: false, rows: [], errors: [], fileError: "notCalendar" };
  const source: SourceRow[] = [];
  let event: Event | null = null;
  for (const l of lines) {
    const value = l.value.trim();
    if (l.name === "BEGIN" && value.toUpperCase() === "VEVENT") event = { line: l.line, start: "", end: "", th: "", en: "", both: "", categories: [] };
    else if (l.name === "END" && value.toUpperCase() === "VEVENT" && event) {
      source.push(...rowsOf(event));
      event = null;
    } else if (event) {
      if (l.name === "DTSTART") event.start = value;
      else if (l.name === "DTEND") event.end = value;
      else if (l.name === "SUMMARY") {
        const lang = (l.params.LANGUAGE ?? "").toLowerCase().split("-")[0];
        const name = unescapeText(l.value);
        if (lang === "th") event.th = name;
        else if (lang === "en") event.en = name;
        else event.both = name;
      } else if (l.name === "CATEGORIES") event.categories.push(...l.value.split(/(?<!\\),/).map(unescapeText).filter(Boolean));
    }
    if (source.length > MAX_ROWS) return { ok: false, rows: [], errors: [], fileError: "tooManyRows" };
  }
  if (source.length === 0) return { ok: false, rows: [], errors: [], fileError: "empty" };
  return checkRows(source, year);
}
