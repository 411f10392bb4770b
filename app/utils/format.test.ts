import { describe, expect, it } from "vitest";
import { formatDate, formatDateWithWeekday } from "./format";

describe("formatDate", () => {
  it.each([
    ["2026-11-22", "th", "22 พฤศจิกายน 2569"],
    ["2026-11-22", "en", "22 November 2026"],
    ["2027-01-01", "th", "1 มกราคม 2570"],
    ["2026-12-31", "en", "31 December 2026"],
  ] as const)("%s in %s → %s (Thai in the Buddhist era)", (date, lng, expected) => {
    expect(formatDate(date, lng)).toBe(expected);
  });
  it("names the weekday", () => {
    expect(formatDateWithWeekday("2026-04-21", "en")).toBe("Tuesday, 21 April 2026");
    expect(formatDateWithWeekday("2026-04-21", "th")).toContain("อังคาร");
  });
});
