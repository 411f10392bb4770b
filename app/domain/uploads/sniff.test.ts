import { describe, expect, it } from "vitest";
import { sniffMediaType } from "./sniff";

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("sniffMediaType: the first bytes decide, never the name", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n"), "application/pdf"],
    ["a PDF header alone", bytes("%PDF-"), "application/pdf"],
    ["a JPEG (JFIF)", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, "JFIF"), "image/jpeg"],
    ["a JPEG (Exif)", bytes(0xff, 0xd8, 0xff, 0xe1), "image/jpeg"],
    ["a PNG", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, "IHDR"), "image/png"],
    ["text that mentions %PDF- later", bytes("hello %PDF-1.4"), null],
    ["a PDF header without the dash", bytes("%PDF1.4"), null],
    ["a PDF header cut short", bytes("%PD"), null],
    ["a JPEG marker cut short", bytes(0xff, 0xd8), null],
    ["a PNG signature with one wrong byte", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0b), null],
    ["a GIF", bytes("GIF89a"), null],
    ["a ZIP (docx)", bytes("PK", 3, 4), null],
    ["HTML", bytes("<!doctype html>"), null],
    ["nothing", bytes(), null],
  ])("%s → %s", (_, input, expected) => {
    expect(sniffMediaType(input)).toBe(expected);
  });
});
