// Tracking numbers, unique forever and readable aloud: <center>-<Buddhist year>-<sequence>-<check>,
// e.g. BKK01-2569-000123-K. The check character is ISO 7064 MOD 37-2 over the body's letters
// and digits: with a prime modulus and weights that are powers of a primitive root (2 mod 37)
// it catches every single wrong character and every swap of two neighbouring characters, the
// two mistakes people make reading a number aloud. MOD 37-2 has 37 check values; the 37th is
// "*", which is awkward to say, so sequences whose check would be "*" are skipped (about 1
// in 37) and every issued number ends in a letter or digit.
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export type TrackingParts = { center: string; buddhistYear: number; sequence: number };

/** The check character of a body, or null when MOD 37-2 gives "*" (that number is skipped). */
export function trackingCheckCharacter(body: string): string | null {
  let p = 0;
  for (const ch of body.toUpperCase()) {
    if (ch === "-") continue;
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new RangeError(`Not a tracking-number character: ${ch}`);
    p = ((p + v) * 2) % 37;
  }
  const check = (38 - p) % 37;
  return check === 36 ? null : ALPHABET[check];
}

function bodyOf({ center, buddhistYear, sequence }: TrackingParts): string {
  if (!/^[A-Z0-9]{2,6}$/.test(center)) throw new RangeError(`Bad service-center code: ${center}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Bad sequence: ${sequence}`);
  return `${center}-${buddhistYear}-${String(sequence).padStart(6, "0")}`;
}

/** The tracking number for these parts, or null when this sequence must be skipped. */
export function formatTrackingNumber(parts: TrackingParts): string | null {
  const body = bodyOf(parts);
  const check = trackingCheckCharacter(body);
  return check === null ? null : `${body}-${check}`;
}

// Tolerant of case and spaces; null when malformed or when the check character is wrong.
export function parseTrackingNumber(input: string): (TrackingParts & { normalized: string }) | null {
  const s = input.toUpperCase().replace(/\s+/g, "");
  const m = /^([A-Z0-9]{2,6})-(\d{4})-(\d{6,})-([0-9A-Z])$/.exec(s);
  if (!m) return null;
  const body = `${m[1]}-${m[2]}-${m[3]}`;
  if (trackingCheckCharacter(body) !== m[4]) return null;
  return { center: m[1], buddhistYear: Number(m[2]), sequence: Number(m[3]), normalized: s };
}
