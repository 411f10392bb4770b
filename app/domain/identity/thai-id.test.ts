import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlausiblePassportNumber, isValidJuristicId, isValidThaiNationalId, normalizeThaiPhone, thirteenDigitCheck } from "./thai-id";

describe("Thai national ID check digit", () => {
  // 1-1017-00203-45-? : 1·13+1·12+0·11+1·10+7·9+0·8+0·7+2·6+0·5+3·4+4·3+5·2 = 144; 144 mod 11 = 1; (11−1) mod 10 = 0
  it.each([
    ["1101700203450", true],
    ["1-1017-00203-45-0", true],
    ["1101700203451", false], // wrong check digit
    ["110170020345", false], // 12 digits
    ["11017002034500", false], // 14 digits
    ["110170020345A", false],
    ["0000000000000", false],
    // 3-1005-00456-78-? : 3·13+1·12+0+0+5·9+0+0+4·6+5·5+6·4+7·3+8·2 = 206; 206 mod 11 = 8; 11−8 = 3
    ["3100500456783", true],
    ["3100500456788", false],
  ])("%s → %s", (id, valid) => {
    expect(isValidThaiNationalId(id)).toBe(valid);
  });

  it("accepts exactly one check digit for any 12-digit prefix", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-8]\d{11}$/), (prefix) => {
        const check = thirteenDigitCheck(prefix);
        for (let d = 0; d <= 9; d++) expect(isValidThaiNationalId(`${prefix}${d}`)).toBe(d === check);
      }),
    );
  });

  it("juristic numbers use the same rule and may start with 0", () => {
    // 0-1055-56123-45-? : 0+1·12+0+5·10+5·9+5·8+6·7+1·6+2·5+3·4+4·3+5·2 = 239; 239 mod 11 = 8; 11−8 = 3
    expect(isValidJuristicId("0105556123453")).toBe(true);
    expect(isValidJuristicId("0105556123454")).toBe(false);
    expect(isValidThaiNationalId("0105556123453")).toBe(false);
  });
});

describe("passport and phone", () => {
  it.each([
    ["AA1234567", true],
    ["x12345", true],
    ["12345", false],
    ["AB-12345", false],
  ])("passport %s → %s", (p, ok) => expect(isPlausiblePassportNumber(p)).toBe(ok));
  it.each([
    ["081 234 5678", "0812345678"],
    ["+66 81 234 5678", "0812345678"],
    ["02-123-4567", "021234567"],
    ["12345", null],
    ["081234567890", null],
  ])("phone %s → %s", (p, n) => expect(normalizeThaiPhone(p)).toBe(n));
});
