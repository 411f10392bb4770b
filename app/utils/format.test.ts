import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatDateWithWeekday } from "./format";

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

describe("formatBytes", () => {
  it.each([
    [0, "en", "0 B"],
    [999, "en", "999 B"],
    [1000, "en", "1 kB"],
    [850_400, "th", "850.4 kB"],
    [2_400_000, "en", "2.4 MB"],
    [10_485_760, "en", "10.5 MB"],
  ] as const)("%d bytes in %s → %s", (bytes, lng, text) => {
    expect(formatBytes(bytes, lng)).toBe(text);
  });
});
