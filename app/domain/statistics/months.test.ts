import { describe, expect, it } from "vitest";
import {
  addMonths,
  consecutiveRuns,
  countableMonths,
  dateRangeOf,
  isMonth,
  lastCompleteMonths,
  monthCount,
  monthOf,
  monthsBetween,
  statisticsWindow,
} from "./months";

describe("months (YYYY-MM)", () => {
  it.each([
    ["2026-04", true],
    ["2026-12", true],
    ["2026-00", false],
    ["2026-13", false],
    ["2026-4", false],
    ["26-04", false],
    ["2026-04-01", false],
    ["", false],
  ])("isMonth(%j) → %s", (s, ok) => {
    expect(isMonth(s)).toBe(ok);
  });

  it.each([
    ["2026-04", 0, "2026-04"],
    ["2026-04", 1, "2026-05"],
    ["2026-12", 1, "2027-01"],
    ["2026-01", -1, "2025-12"],
    ["2026-03", -14, "2025-01"],
    ["2025-02", 23, "2027-01"],
  ])("addMonths(%s, %i) → %s", (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([
    ["2025-01", "2025-01", 1],
    ["2025-01", "2025-12", 12],
    ["2025-11", "2026-02", 4],
    ["2026-02", "2025-11", 0],
  ])("monthCount(%s, %s) → %i", (from, to, n) => {
    expect(monthCount(from, to)).toBe(n);
    expect(monthsBetween(from, to)).toHaveLength(n);
  });

  it("lists every month of a span across a year end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it.each([
    // The current month is still filling up: the window ends with the month before it.
    ["2026-04-09", 12, { from: "2025-04", to: "2026-03" }],
    ["2026-01-01", 12, { from: "2025-01", to: "2025-12" }],
    ["2026-12-31", 3, { from: "2026-09", to: "2026-11" }],
  ] as const)("lastCompleteMonths(%s, %i) → %o", (today, n, expected) => {
    expect(lastCompleteMonths(today, n)).toEqual(expected);
  });

  it("gives a half-open date range for SQL", () => {
    expect(dateRangeOf("2025-01", "2025-12")).toEqual({ fromDate: "2025-01-01", beforeDate: "2026-01-01" });
  });

  it("refuses what is not a month or a date", () => {
    expect(() => addMonths("2026-13", 1)).toThrow(RangeError);
    expect(() => monthOf("2026-02-30")).toThrow(RangeError);
    expect(monthOf("2026-02-28")).toBe("2026-02");
  });

  it.each([
    [{}, { from: "2025-04", to: "2026-03" }],
    [{ from: "2024-01", to: "2024-06" }, { from: "2024-01", to: "2024-06" }],
    [{ to: "2025-06" }, { from: "2024-07", to: "2025-06" }],
    [{ from: "2024-03" }, { from: "2024-03", to: "2025-02" }],
    // Not past the current month: there is nothing to count after it.
    [{ from: "2025-10" }, { from: "2025-10", to: "2026-04" }],
    // A window wholly in the future is left as asked (it is simply empty).
    [{ from: "2027-01" }, { from: "2027-01", to: "2027-12" }],
  ])("statisticsWindow(%j) on 2026-04-09 → %o", (bounds, expected) => {
    expect(statisticsWindow(bounds, "2026-04-09")).toEqual(expected);
  });

  it.each([
    [{ from: "2025-01", to: "2025-03" }, ["2025-01", "2025-02", "2025-03"]],
    // Nothing is filed under the Act before July 2015, nothing after the current month.
    [{ from: "2015-05", to: "2015-08" }, ["2015-07", "2015-08"]],
    [{ from: "2026-03", to: "2026-06" }, ["2026-03", "2026-04"]],
    [{ from: "2027-01", to: "2027-12" }, []],
    [{ from: "2001-01", to: "2010-12" }, []],
  ])("countableMonths(%j) on 2026-04-09 → %j", (window, months) => {
    expect(countableMonths(window, "2026-04-09")).toEqual(months);
  });

  it.each([
    [[], []],
    [["2025-01"], [["2025-01"]]],
    [["2025-11", "2025-12", "2026-01"], [["2025-11", "2025-12", "2026-01"]]],
    [["2025-01", "2025-03", "2025-04", "2025-06"], [["2025-01"], ["2025-03", "2025-04"], ["2025-06"]]],
  ])("consecutiveRuns(%j) → %j", (months, runs) => {
    expect(consecutiveRuns(months)).toEqual(runs);
  });
});
