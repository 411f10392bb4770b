import { describe, expect, it } from "vitest";
import { buildSearchText, containsPattern, ftsPhrases, isTrigramIndexable, matchesAllTerms, normalizeForSearch, searchTerms } from "./search-text";

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

// What the database is given (decision 0018): nothing a visitor types may act as syntax.
describe("database search terms", () => {
  // SQL's LIKE with ESCAPE '\', written out as a regular expression, to show the pattern is literal.
  const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const likeMatches = (text: string, pattern: string) => {
    let re = "";
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      re += c === "\\" ? literal(pattern[++i]) : c === "%" ? "[\\s\\S]*" : c === "_" ? "[\\s\\S]" : literal(c);
    }
    return new RegExp(`^${re}$`, "u").test(text);
  };

  it.each([
    ["อาหาร", "%อาหาร%"],
    ["50%", "%50\\%%"],
    ["a_b", "%a\\_b%"],
    ["c:\\dir", "%c:\\\\dir%"],
    ["%_\\", "%\\%\\_\\\\%"],
  ])("containsPattern(%j) is %j", (term, pattern) => {
    expect(containsPattern(term)).toBe(pattern);
  });

  it.each([
    ["50%", "fee 50% of", true],
    ["50%", "fee 500 of", false],
    ["a_b", "a_b", true],
    ["a_b", "axb", false],
    ["\\", "a\\b", true],
    ["\\", "ab", false],
    ["%", "anything", false],
    ["_", "anything", false],
  ])("the pattern for %j matches %j: %s (as includes does)", (term, text, expected) => {
    expect(likeMatches(text, containsPattern(term))).toBe(expected);
    expect(text.includes(term)).toBe(expected);
  });

  it("quotes every term as an FTS5 phrase, doubling quotes", () => {
    expect(ftsPhrases(["อาหาร", "food"])).toBe('"อาหาร" "food"');
    expect(ftsPhrases(['say"hi'])).toBe('"say""hi"');
    expect(ftsPhrases(["NEAR(a", "-x*", "col:y"])).toBe('"NEAR(a" "-x*" "col:y"');
  });

  it.each([
    ["อาห", true],
    ["ก่", false], // consonant + tone mark: two code points
    ["ก่อ", true],
    ["id", false],
    ["abc", true],
    ["😀😀", false], // four UTF-16 units, two code points
  ])("%j can use a trigram index: %s", (term, expected) => {
    expect(isTrigramIndexable(term)).toBe(expected);
  });
});
