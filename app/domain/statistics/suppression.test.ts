import { describe, expect, it } from "vitest";
import { publish, publishComputed, publishCount, share, SMALL_CELL_THRESHOLD } from "./suppression";

describe("small-cell suppression (O3, O4)", () => {
  it("the threshold is 5", () => {
    expect(SMALL_CELL_THRESHOLD).toBe(5);
  });

  it.each([
    [0, null],
    [1, null],
    [4, null],
    [5, 5],
    [1234, 1234],
  ])("count %i → %s", (n, published) => {
    expect(publishCount(n)).toBe(published);
  });

  it.each([
    [0.75, 4, null],
    [0.8, 5, 0.8],
    [0, 20, 0],
    [null, 10, null],
  ])("value %s from %i requests → %s", (value, basis, published) => {
    expect(publishComputed(value, basis)).toBe(published);
  });

  it.each([
    [3, 4, 0.75],
    [2, 3, 0.6667],
    [0, 7, 0],
    [0, 0, null],
  ])("share(%i, %i) → %s", (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });

  it("names every withheld field and keeps the rest", () => {
    expect(
      publish({
        received: { count: 12 },
        decided: { count: 4 },
        decidedOnTime: { count: 0 },
        onTimeShare: { value: 0, basis: 4 },
        medianWorkingDays: { value: 3, basis: 12 },
      }),
    ).toEqual({
      received: 12,
      decided: null,
      decidedOnTime: null,
      onTimeShare: null,
      medianWorkingDays: 3,
      suppressed: ["decided", "decidedOnTime", "onTimeShare"],
    });
  });

  it("refuses a negative or fractional count", () => {
    expect(() => publishCount(-1)).toThrow(RangeError);
    expect(() => publishCount(2.5)).toThrow(RangeError);
  });
});
