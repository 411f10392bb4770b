import { describe, expect, it } from "vitest";
import { looksIncomplete } from "./completeness";

describe("holiday list completeness (T3)", () => {
  it.each([
    [0, true],
    [14, true], // 2027 with only the fixed dates
    [15, false],
    [20, false], // 2026 as published
  ])("%i holidays → incomplete: %s", (count, expected) => {
    expect(looksIncomplete(count)).toBe(expected);
  });
});
