import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a BOM and uses CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });
  it.each([
    ["has,comma", '"has,comma"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-12", "-12"],
    ["อาหาร", "อาหาร"],
  ])("escapes %j", (input, expected) => {
    expect(toCsv(["h"], [[input]]).split("\r\n")[1]).toBe(expected);
  });
});
