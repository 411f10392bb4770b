import { describe, expect, it } from "vitest";
import { checkUpload, type UploadCheck } from "./check";

const text = (s: string) => new TextEncoder().encode(s);
const PDF = text("%PDF-1.4\n%%EOF\n");
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const limits = { maxFileBytes: 1024 };
const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({ name, bytes, size });

describe("checkUpload", () => {
  it.each<[string, ReturnType<typeof file>, UploadCheck]>([
    ["a PDF", file("คำขอ.pdf", PDF), { ok: true, mediaType: "application/pdf", fileName: "คำขอ.pdf" }],
    ["a JPEG", file("photo.jpeg", JPEG), { ok: true, mediaType: "image/jpeg", fileName: "photo.jpg" }],
    ["a PNG", file("map.png", PNG), { ok: true, mediaType: "image/png", fileName: "map.png" }],
    ["a PNG named .pdf gets the true extension", file("map.pdf", PNG), { ok: true, mediaType: "image/png", fileName: "map.png" }],
    ["exactly at the limit", file("big.pdf", new Uint8Array([...PDF, ...new Uint8Array(1024 - PDF.length)])), { ok: true, mediaType: "application/pdf", fileName: "big.pdf" }],
    ["a name of exactly 255 characters", file(`${"a".repeat(251)}.pdf`, PDF), { ok: true, mediaType: "application/pdf", fileName: `${"a".repeat(80)}.pdf` }],
    ["a text file renamed .pdf", file("letter.pdf", text("Dear Sir, ...")), { ok: false, error: "validation:upload.type" }],
    ["HTML renamed .png", file("x.png", text("<script>alert(1)</script>")), { ok: false, error: "validation:upload.type" }],
    ["an empty file", file("empty.pdf", new Uint8Array()), { ok: false, error: "validation:upload.empty" }],
    ["one byte over the limit", file("big.pdf", new Uint8Array([...PDF, ...new Uint8Array(1025 - PDF.length)])), { ok: false, error: "validation:upload.tooLarge" }],
    ["over the limit by the reported size, bytes cut short", file("big.pdf", PDF.slice(0, 5), 5_000_000), { ok: false, error: "validation:upload.tooLarge" }],
    ["cut short by the reader's own limit, under this one", file("big.pdf", new Uint8Array(), 900), { ok: false, error: "validation:upload.tooLarge" }],
    ["a name with ../", file("../../etc/cron.d/x.pdf", PDF), { ok: false, error: "validation:upload.name" }],
    ["a name with a slash", file("a/b.pdf", PDF), { ok: false, error: "validation:upload.name" }],
    ["a name with a backslash", file("C:\\temp\\b.pdf", PDF), { ok: false, error: "validation:upload.name" }],
    ["a name that is ..", file("..", PDF), { ok: false, error: "validation:upload.name" }],
    ["a name of 256 characters", file(`${"a".repeat(252)}.pdf`, PDF), { ok: false, error: "validation:upload.name" }],
    ["a name of 300 characters", file(`${"ก".repeat(296)}.pdf`, PDF), { ok: false, error: "validation:upload.name" }],
  ])("%s", (_, input, expected) => {
    expect(checkUpload(input, limits)).toEqual(expected);
  });

  it("counts the name's length in characters, not UTF-16 units", () => {
    // 127 emoji = 254 UTF-16 units but 127 characters: long-looking yet acceptable.
    expect(checkUpload(file(`${"😀".repeat(127)}.pdf`, PDF), limits).ok).toBe(true);
  });
});
