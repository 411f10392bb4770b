import { describe, expect, it } from "vitest";
import { localize } from "./localize";

describe("localize", () => {
  const value = { name: { th: "ใบอนุญาต", en: "Licence" }, steps: [{ title: { th: "ยื่น", en: "File" }, n: 2 }], note: null };
  it.each([
    ["th", { name: "ใบอนุญาต", steps: [{ title: "ยื่น", n: 2 }], note: null }],
    ["en", { name: "Licence", steps: [{ title: "File", n: 2 }], note: null }],
  ] as const)("picks %s everywhere", (lng, expected) => {
    expect(localize(value, lng)).toEqual(expected);
  });
  it("falls back to Thai when the English text is empty", () => {
    expect(localize({ th: "ไทย", en: "" }, "en")).toBe("ไทย");
  });
});
