import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./file-name";
import type { UploadMediaType } from "./sniff";

const PDF: UploadMediaType = "application/pdf";
const JPEG: UploadMediaType = "image/jpeg";
const PNG: UploadMediaType = "image/png";

describe("sanitizeFileName", () => {
  it.each<[string, string, UploadMediaType, string]>([
    ["a plain name", "report.pdf", PDF, "report.pdf"],
    ["Thai letters, vowels and tone marks are kept", "สำเนาบัตรประชาชน.pdf", PDF, "สำเนาบัตรประชาชน.pdf"],
    ["a Unix directory is dropped", "../../etc/passwd", PDF, "passwd.pdf"],
    ["a Windows directory is dropped", "C:\\Users\\somchai\\เอกสาร.pdf", PDF, "เอกสาร.pdf"],
    ["a bare ..", "..", PDF, "document.pdf"],
    ["dot runs collapse", "a..b...pdf", PDF, "a.b.pdf"],
    ["leading dots (hidden file)", ".htaccess", PNG, "htaccess.png"],
    ["control characters", "bad\u0000na\u0007me\n.pdf", PDF, "badname.pdf"],
    ["zero-width characters", "na\u200bme\u200d\ufeff.png", PNG, "name.png"],
    ["a right-to-left override cannot disguise the extension", "invoice\u202Egpj.exe", JPEG, "invoicegpj.jpg"],
    ["bidi isolates", "\u2066abc\u2069.pdf", PDF, "abc.pdf"],
    ["spaces are trimmed and collapsed", "  my \t  scan   .pdf ", PDF, "my scan.pdf"],
    ["non-breaking spaces count as spaces", "a\u00a0\u00a0b.pdf", PDF, "a b.pdf"],
    ["Windows-reserved characters", 'a<b>c:d"e|f?g*.pdf', PDF, "abcdefg.pdf"],
    ["the extension follows the content (.pdf holding a PNG)", "photo.pdf", PNG, "photo.png"],
    ["jpeg becomes jpg", "IMG_0001.JPEG", JPEG, "IMG_0001.jpg"],
    ["an unrelated extension is replaced", "notes.txt", PDF, "notes.pdf"],
    ["a double extension keeps only the true one last", "evil.pdf.exe", PDF, "evil.pdf.pdf"],
    ["a number after a dot is not an extension", "ฉบับ v1.2", PDF, "ฉบับ v1.2.pdf"],
    ["no name at all", "", PDF, "document.pdf"],
    ["only an extension", ".pdf", PDF, "document.pdf"],
    ["only invisible characters", "\u200b\u202e\u0000", JPEG, "document.jpg"],
    ["only spaces", "   ", PNG, "document.png"],
  ])("%s: %j → %j", (_, input, type, expected) => {
    expect(sanitizeFileName(input, type)).toBe(expected);
  });

  it("cuts the base to 80 code points", () => {
    const name = sanitizeFileName(`${"a".repeat(200)}.pdf`, PDF);
    expect(name).toBe(`${"a".repeat(80)}.pdf`);
  });

  it("never splits a surrogate pair when cutting", () => {
    // 79 letters then an emoji (one code point, two UTF-16 units) then more.
    const name = sanitizeFileName(`${"a".repeat(79)}😀😀tail.png`, PNG);
    expect(name).toBe(`${"a".repeat(79)}😀.png`);
    expect(name).not.toMatch(/\p{Cs}/u);
  });

  it("never separates a Thai consonant from its vowel and tone marks when cutting", () => {
    // "น้ำ" is three code points; starting at code point 79 it does not fit and goes whole.
    const name = sanitizeFileName(`${"ก".repeat(78)}น้ำ.pdf`, PDF);
    expect(name).toBe(`${"ก".repeat(78)}.pdf`);
  });

  it("trims what the cut leaves at the edge", () => {
    expect(sanitizeFileName(`${"a".repeat(79)} b.pdf`, PDF)).toBe(`${"a".repeat(79)}.pdf`);
  });

  it("the result is always short, visible, directory-free and ends in the true extension", () => {
    const nasty = ["../../x", "\\\\server\\share\\y.docx", "\u202e\u200b", "a/b\\c/..", "ไฟล์".repeat(100)];
    for (const input of nasty) {
      const out = sanitizeFileName(input, JPEG);
      expect(out).toMatch(/\.jpg$/);
      expect(out).not.toMatch(/[/\\\p{Cc}\p{Cf}]|\.\./u);
      expect([...out].length).toBeLessThanOrEqual(84);
    }
  });
});
