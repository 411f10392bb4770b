// The word-level comparison behind the diff of long texts (R7.4), in English and in Thai.
import { describe, expect, it } from "vitest";
import { textDiff } from "./text-diff";

describe("textDiff", () => {
  it.each([
    { name: "identical", before: "Same text.", after: "Same text.", out: [{ kind: "same", text: "Same text." }] },
    {
      name: "a sentence added at the end",
      before: "The licence is valid for one year.",
      after: "The licence is valid for one year. Renew it in time.",
      out: [
        { kind: "same", text: "The licence is valid for one year." },
        { kind: "added", text: " Renew it in time." },
      ],
    },
    {
      name: "one word replaced",
      before: "valid for one year",
      after: "valid for two years",
      out: [
        { kind: "same", text: "valid for " },
        { kind: "removed", text: "one year" },
        { kind: "added", text: "two years" },
      ],
    },
    {
      name: "Thai words without spaces",
      before: "ยื่นคำขอที่สำนักงานเขต",
      after: "ยื่นคำขอออนไลน์ที่สำนักงานเขต",
      out: [
        { kind: "same", text: "ยื่นคำขอ" },
        { kind: "added", text: "ออนไลน์" },
        { kind: "same", text: "ที่สำนักงานเขต" },
      ],
    },
    { name: "from nothing", before: "", after: "New.", out: [{ kind: "added", text: "New." }] },
  ])("$name", ({ before, after, out }) => {
    expect(textDiff(before, after)).toEqual(out);
  });

  it("always rebuilds both texts", () => {
    const before = "ผู้ขอต้องมีอายุไม่ต่ำกว่า 20 ปี and hold a health certificate.";
    const after = "ผู้ขอต้องมีอายุไม่ต่ำกว่า 18 ปี and hold a valid health certificate!";
    const segments = textDiff(before, after);
    expect(segments.filter((s) => s.kind !== "added").map((s) => s.text).join("")).toBe(before);
    expect(segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe(after);
  });
});
