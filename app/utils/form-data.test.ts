import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

describe("formDataToObject", () => {
  it("builds nested arrays and objects from dotted names", () => {
    const form = new URLSearchParams([
      ["applicantName", "สมชาย"],
      ["documents.0.id", "d1"],
      ["documents.0.status", "received"],
      ["documents.1.id", "d2"],
      ["documents.1.status", "missing"],
    ]);
    expect(formDataToObject(form)).toEqual({
      applicantName: "สมชาย",
      documents: [
        { id: "d1", status: "received" },
        { id: "d2", status: "missing" },
      ],
    });
  });
  it("ignores prototype-polluting names safely", () => {
    const obj = formDataToObject(new URLSearchParams([["__proto__.x", "1"]]));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(obj).toBeTypeOf("object");
  });
});
