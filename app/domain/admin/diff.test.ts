import { describe, expect, it } from "vitest";
import { changedFields, fieldChanges } from "./diff";

describe("changedFields: before → after holds only what changed (audit log)", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, unknown]>([
    ["nothing changed", { a: 1, b: "x" }, { a: 1, b: "x" }, null],
    ["one field", { a: 1, b: "x" }, { a: 1, b: "y" }, { before: { b: "x" }, after: { b: "y" } }],
    ["a field set from null", { phone: null }, { phone: "02 123 4567" }, { before: { phone: null }, after: { phone: "02 123 4567" } }],
    ["null and undefined are the same", { phone: null }, {}, null],
    ["a new field (create)", {}, { code: "BKK09" }, { before: { code: null }, after: { code: "BKK09" } }],
    ["lists compare by content", { permits: ["a", "b"] }, { permits: ["a", "b"] }, null],
    ["a list that changed", { permits: ["a"] }, { permits: ["a", "b"] }, { before: { permits: ["a"] }, after: { permits: ["a", "b"] } }],
    ["a boolean", { active: true }, { active: false }, { before: { active: true }, after: { active: false } }],
  ])("%s", (_, before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });
});

describe("fieldChanges: an entry's stored JSON as readable rows", () => {
  it.each<[string, string, string, unknown]>([
    ["an update", `{"nameEn":"Old"}`, `{"nameEn":"New"}`, [{ field: "nameEn", before: "Old", after: "New" }]],
    ["a create has no before", "", `{"code":"X1","active":true}`, [{ field: "code", before: "", after: "X1" }, { field: "active", before: "", after: "true" }]],
    ["a delete has no after", `{"date":"2026-05-01"}`, "", [{ field: "date", before: "2026-05-01", after: "" }]],
    ["unchanged fields are left out", `{"a":"1","b":"2"}`, `{"a":"1","b":"3"}`, [{ field: "b", before: "2", after: "3" }]],
    ["lists read as text", `{"permits":["a"]}`, `{"permits":["a","b"]}`, [{ field: "permits", before: "a", after: "a, b" }]],
    ["nested values as JSON", "", `{"steps":[{"n":1}]}`, [{ field: "steps", before: "", after: `[{"n":1}]` }]],
    ["null reads as empty", `{"lunchStart":null}`, `{"lunchStart":"12:00"}`, [{ field: "lunchStart", before: "", after: "12:00" }]],
    ["a bare value", "", `3`, [{ field: "value", before: "", after: "3" }]],
    ["bad JSON is shown, not hidden", "", `{oops`, [{ field: "value", before: "", after: "{oops" }]],
    ["no snapshots", "", "", []],
  ])("%s", (_, before, after, expected) => {
    expect(fieldChanges(before, after)).toEqual(expected);
  });
});
