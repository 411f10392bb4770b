// Resume codes for saved applications: short, easy to read aloud or type from an e-mail on a
// phone. The alphabet leaves out 0/O, 1/I/L and U (no accidental words); 8 characters from 30
// give ≈ 6.6 × 10^11 codes, and wrong guesses are rate-limited per draft.
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A code from random bytes (one byte per character; the slight modulo bias does not matter here). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError("need 8 random bytes");
  const chars = Array.from(bytes.slice(0, 8), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** What a person typed, in the canonical form: upper case, no spaces, a dash in the middle. */
export function normalizeCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "");
  if (!/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/.test(s)) return null;
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}
