import { describe, expect, it } from "vitest";
import { buildSearchText, matchesAllTerms, normalizeForSearch, searchTerms } from "./search-text";

const text = buildSearchText([
  "การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร",
  "Food-Selling Premises Licence",
  "พระราชบัญญัติการสาธารณสุข พ.ศ. 2535",
  "Public Health Act B.E. 2535",
]);

describe("search text", () => {
  it.each([
    ["อาหาร", true],
    ["food", true],
    ["FOOD", true],
    ["Food premises", true],
    ["สาธารณสุข", true],
    ["ก่อสร้าง", false],
    ["building", false],
    ["%", false],
    ["_", false],
    ["' OR 1=1 --", false],
    ["<script>alert(1)</script>", false],
  ])("query %j matches: %s", (query, expected) => {
    expect(matchesAllTerms(text, searchTerms(query))).toBe(expected);
  });

  it("treats the two spellings of sara am alike", () => {
    expect(normalizeForSearch("จ\u0E4D\u0E32หน่าย")).toBe(normalizeForSearch("จำหน่าย"));
  });

  it("caps junk queries instead of failing", () => {
    const terms = searchTerms("ก".repeat(1000) + " x".repeat(50));
    expect(terms.join(" ").length).toBeLessThanOrEqual(200);
    expect(terms.length).toBeLessThanOrEqual(8);
  });

  it("returns no terms for empty or whitespace queries", () => {
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms("   \n\t ")).toEqual([]);
    expect(searchTerms(null)).toEqual([]);
  });
});
