// The import preview (issue 7): added, changed (name or kind), removed (in the database for
// that year but not in the file), and how many stay as they are.
import { describe, expect, it } from "vitest";
import { diffYear, fingerprintOf, hasChanges } from "./diff";
import type { HolidayRow } from "./rows";

const h = (date: string, nameEn = "X", kind: HolidayRow["kind"] = "annual"): HolidayRow => ({ date, nameTh: "ก", nameEn, kind });

describe("diffYear", () => {
  it.each([
    ["same file", [h("2026-01-01")], [h("2026-01-01")], { added: 0, changed: 0, removed: 0, unchanged: 1 }],
    ["a new day", [h("2026-01-01")], [h("2026-01-01"), h("2026-05-20")], { added: 1, changed: 0, removed: 0, unchanged: 1 }],
    ["a renamed day", [h("2026-01-01")], [h("2026-01-01", "New Year")], { added: 0, changed: 1, removed: 0, unchanged: 0 }],
    ["a day of another kind", [h("2026-01-01")], [h("2026-01-01", "X", "special")], { added: 0, changed: 1, removed: 0, unchanged: 0 }],
    ["a day left out of the file", [h("2026-01-01"), h("2026-01-02")], [h("2026-01-02")], { added: 0, changed: 0, removed: 1, unchanged: 1 }],
    ["an empty year", [], [h("2026-01-02"), h("2026-01-01")], { added: 2, changed: 0, removed: 0, unchanged: 0 }],
  ])("%s", (_, current, incoming, counts) => {
    const d = diffYear(current, incoming);
    expect({ added: d.added.length, changed: d.changed.length, removed: d.removed.length, unchanged: d.unchanged }).toEqual(counts);
    expect(hasChanges(d)).toBe(counts.added + counts.changed + counts.removed > 0);
  });

  it("lists each part in date order, with before and after of a change", () => {
    const d = diffYear([h("2026-03-01", "Old")], [h("2026-05-01"), h("2026-03-01", "New"), h("2026-02-01")]);
    expect(d.added.map((x) => x.date)).toEqual(["2026-02-01", "2026-05-01"]);
    expect(d.changed).toEqual([{ before: h("2026-03-01", "Old"), after: h("2026-03-01", "New") }]);
  });

  it("the fingerprint changes with any field and not with order", () => {
    expect(fingerprintOf([h("2026-01-01"), h("2026-01-02")])).toBe(fingerprintOf([h("2026-01-02"), h("2026-01-01")]));
    expect(fingerprintOf([h("2026-01-01")])).not.toBe(fingerprintOf([h("2026-01-01", "Y")]));
    expect(fingerprintOf([])).not.toBe(fingerprintOf([h("2026-01-01")]));
  });
});
