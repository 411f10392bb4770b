import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, codeFromBytes, normalizeCode } from "./codes";

describe("resume codes", () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], "2222-2222"],
    [[29, 30, 31, 60, 255, 1, 2, 3], "Z232-H345"],
  ])("bytes %j give %s", (bytes, code) => {
    expect(codeFromBytes(Uint8Array.from(bytes))).toBe(code);
  });

  it("never uses characters people confuse", () => {
    for (const c of "01ILOU") expect(CODE_ALPHABET).not.toContain(c);
  });

  it.each([
    ["abcd-efgh", "ABCD-EFGH"],
    [" abcd efgh ", "ABCD-EFGH"],
    ["ABCDEFGH", "ABCD-EFGH"],
    ["2222-222", null],
    ["ABCD-EFGU", null],
    ["ABCD-EFG!", null],
    ["", null],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });
});
