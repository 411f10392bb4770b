import { describe, expect, it } from "vitest";
import { maskApplicantId, maskPhoneNumber } from "./mask-applicant";

describe("masking personal data in lists (O4)", () => {
  it.each([
    ["person", "1101700203451", "1-••••-•••••-45-1"],
    ["juristic", "0105556123457", "0-••••-•••••-45-7"],
    ["foreigner", "AA1234567", "••••••567"],
  ])("%s %s → %s", (type, id, masked) => {
    expect(maskApplicantId(type, id)).toBe(masked);
    // never more than four digits of the original survive
    expect(masked.replace(/\D/g, "").length).toBeLessThanOrEqual(4);
  });
  it("keeps only the last four digits of a phone number", () => {
    expect(maskPhoneNumber("081-234-5678")).toBe("•••-•••-5678");
  });
});
