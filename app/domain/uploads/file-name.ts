// The name we keep for an uploaded file. It is shown to staff and sent back in
// Content-Disposition, so it must be harmless there: no directories, no invisible or
// direction-flipping characters (a "‮fdp.exe" trick), and an extension that tells the truth.
import { EXTENSION_OF, type UploadMediaType } from "./sniff";

export const MAX_BASE_CODE_POINTS = 80;

// Control, format (zero-width, bidi overrides and isolates, BOM, soft hyphen), lone
// surrogates, private use, and line/paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu;
// Characters Windows refuses in names; staff save these files on Windows desktops.
const RESERVED = /[<>:"|?*]/g;
// A trailing extension: a dot then 1–5 ASCII letters or digits with at least one letter.
// "v1.2" keeps its ".2"; "scan.jpeg", "notes.txt" and "x.exe" lose theirs.
const EXTENSION = /\.(?=[A-Za-z0-9]{0,4}[A-Za-z])[A-Za-z0-9]{1,5}$/;

export function sanitizeFileName(name: string, mediaType: UploadMediaType): string {
  const ext = EXTENSION_OF[mediaType];
  let base = name.normalize("NFC");
  base = base.slice(Math.max(base.lastIndexOf("/"), base.lastIndexOf("\\")) + 1);
  base = base.replace(INVISIBLE, "").replace(RESERVED, "");
  base = base.replace(/\.{2,}/g, ".");
  base = base.replace(/\s+/gu, " ").trim();
  base = base.replace(EXTENSION, "");
  base = tidyEdges(cut(tidyEdges(base), MAX_BASE_CODE_POINTS));
  return `${base || "document"}.${ext}`;
}

// Leading dots would make a hidden file; trailing dots and spaces vanish on Windows.
function tidyEdges(s: string): string {
  return s.replace(/^[\s.]+|[\s.]+$/gu, "");
}

// At most `max` code points, cut between whole graphemes so a surrogate pair or a Thai
// consonant with its vowel and tone marks is never split.
function cut(s: string, max: number): string {
  if ([...s].length <= max) return s;
  let out = "";
  let count = 0;
  for (const { segment } of new Intl.Segmenter("th", { granularity: "grapheme" }).segment(s)) {
    const length = [...segment].length;
    if (count + length > max) break;
    out += segment;
    count += length;
  }
  return out;
}
