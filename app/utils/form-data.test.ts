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
  it("a name holding text and the same name with a dot: the dotted field is dropped, nothing throws", () => {
    expect(formDataToObject(new URLSearchParams([["code", "\u0e47"], ["code.0", "x"]]))).toEqual({ code: "\u0e47" });
  });
  it("drops row indices no form uses (a sparse array of a billion holes)", () => {
    expect(formDataToObject(new URLSearchParams([["documents.999999999.id", "d"], ["a", "1"]]))).toEqual({ a: "1" });
  });
});
