// iCalendar import (issue 7, T3): all-day events become holidays, names per language, kind
// from CATEGORIES; folded lines, CRLF and a BOM are read; a bad event imports nothing.
import { describe, expect, it } from "vitest";
import { parseHolidayIcs } from "./ics";

const cal = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
const event = (...lines: string[]) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"].join("\r\n");

describe("parseHolidayIcs", () => {
  it("reads Thai and English summaries, a plain summary for both, kinds from CATEGORIES", () => {
    const text = cal(
      event("DTSTART;VALUE=DATE:20260101", "SUMMARY;LANGUAGE=th:วันขึ้นปีใหม่", "SUMMARY;LANGUAGE=en:New Year's Day"),
      event("DTSTART;VALUE=DATE:20260601", "SUMMARY:Substitution\\, Visakha", "CATEGORIES:Holiday,SUBSTITUTION"),
      event("DTSTART:20260102", "SUMMARY;LANGUAGE=en-GB:Special", "SUMMARY;LANGUAGE=th-TH:พิเศษ", "CATEGORIES:special"),
    );
    expect(parseHolidayIcs(text, 2026)).toEqual({
      ok: true,
      rows: [
        { date: "2026-01-01", nameTh: "วันขึ้นปีใหม่", nameEn: "New Year's Day", kind: "annual" },
        { date: "2026-01-02", nameTh: "พิเศษ", nameEn: "Special", kind: "special" },
        { date: "2026-06-01", nameTh: "Substitution, Visakha", nameEn: "Substitution, Visakha", kind: "substitution" },
      ],
    });
  });

  it("unfolds folded lines (RFC 5545 §3.1), LF-only files and a BOM", () => {
    const text = "\uFEFF" + cal(event("DTSTART;VALUE=DATE:2026", " 0413", "SUMMARY;LANGUAGE=th:วันสง", "\tกรานต์", "SUMMARY;LANGUAGE=en:Song", " kran")).replace(/\r\n/g, "\n");
    expect(parseHolidayIcs(text, 2026)).toEqual({ ok: true, rows: [{ date: "2026-04-13", nameTh: "วันสงกรานต์", nameEn: "Songkran", kind: "annual" }] });
  });

  it("a multi-day event is a holiday on each day (DTEND is exclusive)", () => {
    const result = parseHolidayIcs(cal(event("DTSTART;VALUE=DATE:20260413", "DTEND;VALUE=DATE:20260416", "SUMMARY:Songkran")), 2026);
    expect(result.ok && result.rows.map((r) => r.date)).toEqual(["2026-04-13", "2026-04-14", "2026-04-15"]);
  });

  it.each([
    ["bad date", event("DTSTART;VALUE=DATE:20260230", "SUMMARY:X"), { line: 4, problem: "badDate", value: "2026-02-30" }],
    ["a date-time, not an all-day event", event("DTSTART:20260101T000000Z", "SUMMARY:X"), { line: 4, problem: "badDate", value: "20260101T000000Z" }],
    ["wrong year", event("DTSTART;VALUE=DATE:20270101", "SUMMARY:X"), { line: 4, problem: "wrongYear", value: "2027-01-01" }],
    ["unknown kind", event("DTSTART;VALUE=DATE:20260101", "SUMMARY:X", "CATEGORIES:Observance"), { line: 4, problem: "unknownKind", value: "observance" }],
    ["missing name", event("DTSTART;VALUE=DATE:20260101", "SUMMARY;LANGUAGE=th:ก"), { line: 4, problem: "missingNameEn", value: "" }],
  ])("%s: the error names the line where the event begins", (_, ev, error) => {
    const result = parseHolidayIcs(cal(ev), 2026);
    expect(result.ok ? [] : result.errors).toEqual([error]);
  });

  it("a duplicate date names both events' lines", () => {
    const text = cal(event("DTSTART;VALUE=DATE:20260101", "SUMMARY:A"), event("DTSTART;VALUE=DATE:20260101", "SUMMARY:B"));
    expect(parseHolidayIcs(text, 2026)).toMatchObject({ ok: false, errors: [{ line: 8, problem: "duplicateDate", other: 4 }] });
  });

  it.each([
    ["not a calendar", "date,name_th\n", "notCalendar"],
    ["a calendar without events", cal(), "empty"],
  ])("%s is refused as a whole", (_, text, fileError) => {
    expect(parseHolidayIcs(text, 2026)).toMatchObject({ ok: false, fileError });
  });
});
