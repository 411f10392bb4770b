// CSV import of a year of holidays (T3: holidays are data an administrator keeps): one bad row
// means nothing is imported, and every error names its line (issue 7).
import { describe, expect, it } from "vitest";
import { parseHolidayCsv } from "./csv";

const HEADER = "date,name_th,name_en,kind";

describe("parseHolidayCsv", () => {
  it("reads a year with a BOM, CRLF line ends, quoted names and a default kind", () => {
    const text = `\uFEFF${HEADER}\r\n2026-01-01,วันขึ้นปีใหม่,New Year's Day,annual\r\n2026-04-13,"สงกรานต์","Songkran, day one",\r\n"2026-06-01",ชดเชย,"Substitution ""Visakha""",substitution\r\n`;
    expect(parseHolidayCsv(text, 2026)).toEqual({
      ok: true,
      rows: [
        { date: "2026-01-01", nameTh: "วันขึ้นปีใหม่", nameEn: "New Year's Day", kind: "annual" },
        { date: "2026-04-13", nameTh: "สงกรานต์", nameEn: "Songkran, day one", kind: "annual" },
        { date: "2026-06-01", nameTh: "ชดเชย", nameEn: 'Substitution "Visakha"', kind: "substitution" },
      ],
    });
  });

  it("accepts the columns in any order, a missing kind column and blank lines", () => {
    expect(parseHolidayCsv("name_en,date,name_th\n\nSpecial,2026-01-02,พิเศษ\n\n", 2026)).toEqual({
      ok: true,
      rows: [{ date: "2026-01-02", nameTh: "พิเศษ", nameEn: "Special", kind: "annual" }],
    });
  });

  it.each([
    ["bad date", "2026-02-30,ก,A,annual", { line: 2, problem: "badDate", value: "2026-02-30" }],
    ["date not written YYYY-MM-DD", "13/04/2026,ก,A,annual", { line: 2, problem: "badDate", value: "13/04/2026" }],
    ["wrong year", "2027-01-01,ก,A,annual", { line: 2, problem: "wrongYear", value: "2027-01-01" }],
    ["unknown kind", "2026-01-01,ก,A,royal", { line: 2, problem: "unknownKind", value: "royal" }],
    ["missing Thai name", "2026-01-01,,A,annual", { line: 2, problem: "missingNameTh", value: "" }],
    ["missing English name", "2026-01-01,ก,  ,annual", { line: 2, problem: "missingNameEn", value: "" }],
    ["name too long", `2026-01-01,${"ก".repeat(201)},A,annual`, { line: 2, problem: "nameTooLong", value: "200" }],
  ])("%s: nothing is imported and the error names the line", (_, row, error) => {
    const result = parseHolidayCsv(`${HEADER}\n${row}\n`, 2026);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([error]);
  });

  it("a duplicate date names both lines; good rows are not imported either", () => {
    const result = parseHolidayCsv(`${HEADER}\n2026-01-01,ก,A,annual\n2026-01-02,ข,B,special\n2026-01-01,ค,C,annual\n`, 2026);
    expect(result).toMatchObject({ ok: false, errors: [{ line: 4, problem: "duplicateDate", value: "2026-01-01", other: 2 }] });
  });

  it("counts lines inside a quoted multi-line name, so later errors point at the right line", () => {
    const result = parseHolidayCsv(`${HEADER}\n2026-01-01,"ก\nข",A,annual\n2026-13-01,ค,C,annual\n`, 2026);
    expect(result).toMatchObject({ ok: false, errors: [{ line: 4, problem: "badDate" }] });
  });

  it.each([
    ["an empty file", "", "empty"],
    ["a header only", `${HEADER}\r\n`, "empty"],
    ["a wrong header", "day,thai,english\n2026-01-01,ก,A\n", "badHeader"],
    ["too many rows", `${HEADER}\n${"2026-01-01,ก,A,annual\n".repeat(367)}`, "tooManyRows"],
  ])("%s is refused as a whole", (_, text, fileError) => {
    expect(parseHolidayCsv(text, 2026)).toMatchObject({ ok: false, fileError });
  });
});
