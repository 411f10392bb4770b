import { describe, expect, it } from "vitest";
import { cleanText } from "./untrusted-text";

// Decision 0014: what a form field keeps and what it loses.
describe("cleanText", () => {
  it.each([
    ["Thai with stacked marks is kept", "\u0e01\u0e34\u0e4a\u0e4a\u0e4a", "\u0e01\u0e34\u0e4a\u0e4a\u0e4a"],
    ["Thai words separated by a zero-width space are kept", "\u0e01\u0e32\u0e23\u200b\u0e04\u0e49\u0e32", "\u0e01\u0e32\u0e23\u200b\u0e04\u0e49\u0e32"],
    ["a tone mark typed before a below vowel takes its canonical place (looks the same)", "\u0e01\u0e48\u0e38", "\u0e01\u0e38\u0e48"],
    ["NUL and other control characters go", "a\u0000b\u0007c\u001bd\u007fe\u0085f", "abcdef"],
    ["tab and new lines stay", "line 1\r\n\tline 2", "line 1\r\n\tline 2"],
    ["bidi overrides and isolates go", "\u202eevil\u202c \u2066x\u2069", "evil x"],
    ["right-to-left text stays", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"],
    ["a lone surrogate becomes U+FFFD", "a\ud800b", "a\ufffdb"],
    ["decomposed Latin is composed (NFC)", "Cafe\u0301", "Caf\u00e9"],
    ["zero-width joiners and the BOM character stay", "\u200c\u200d\ufeff", "\u200c\u200d\ufeff"],
  ])("%s", (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});
