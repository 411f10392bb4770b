// The note of a due_date_moved event (T7, O1): old date, new date and why, readable back.
import { describe, expect, it } from "vitest";
import { formatMoveNote, parseMoveNote } from "./move-note";

const why = (date: string) => ({ change: "added" as const, date, nameTh: "วันหยุดพิเศษ", nameEn: "Special holiday" });

describe("move note", () => {
  it("round-trips the old and new dates and the reasons", () => {
    const note = formatMoveNote({ due: { from: "2026-05-28", to: "2026-05-29" }, steps: [], why: [why("2026-05-20")] });
    expect(parseMoveNote(note)).toEqual({ due: { from: "2026-05-28", to: "2026-05-29" }, resultNotice: undefined, steps: undefined, why: [why("2026-05-20")], more: 0 });
  });

  it("keeps five reasons and counts the rest", () => {
    const parsed = parseMoveNote(formatMoveNote({ due: { from: "a", to: "b" }, why: ["01", "02", "03", "04", "05", "06", "07"].map((d) => why(`2026-05-${d}`)) }));
    expect(parsed?.why).toHaveLength(5);
    expect(parsed?.more).toBe(2);
  });

  it.each([["cured; due 2026-05-28"], ["{}"], ['{"why":[],"due":"x"}']])("an older or foreign note (%s) is not parsed", (text) => {
    expect(parseMoveNote(text)).toBeNull();
  });
});
