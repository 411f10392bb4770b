import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTrackingNumber, parseTrackingNumber, trackingCheckCharacter } from "./tracking-number";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("tracking numbers", () => {
  // Tests use sequences whose check is not the skipped "*".
  const issued = (parts: { center: string; buddhistYear: number; sequence: number }) => {
    for (let s = parts.sequence; ; s++) {
      const n = formatTrackingNumber({ ...parts, sequence: s });
      if (n) return n;
    }
  };

  it("formats center, Buddhist year, zero-padded sequence and a check character", () => {
    const n = issued({ center: "BKK01", buddhistYear: 2569, sequence: 123 });
    expect(n).toMatch(/^BKK01-2569-000123-[0-9A-Z]$/);
    expect(parseTrackingNumber(n!)).toMatchObject({ center: "BKK01", buddhistYear: 2569 });
  });

  it("accepts lower case and spaces, rejects junk", () => {
    const n = issued({ center: "NBI01", buddhistYear: 2570, sequence: 7 });
    expect(parseTrackingNumber(` ${n.toLowerCase()} `)?.normalized).toBe(n);
    for (const bad of ["", "BKK01-2569-000123", "BKK01-2569-12-K", "X-2569-000123-K", "BKK01_2569_000123_K", "'; DROP TABLE"]) {
      expect(parseTrackingNumber(bad)).toBeNull();
    }
  });

  it("grows past six digits without losing the check", () => {
    const n = issued({ center: "BKK01", buddhistYear: 2569, sequence: 1_234_567 });
    expect(parseTrackingNumber(n)?.sequence).toBeGreaterThanOrEqual(1_234_567);
  });

  const sample = fc.record({
    center: fc.stringMatching(/^[A-Z]{3}[0-9]{2}$/),
    buddhistYear: fc.integer({ min: 2560, max: 2600 }),
    sequence: fc.integer({ min: 1, max: 999_999 }),
  });

  it("detects every single wrong character", () => {
    fc.assert(
      fc.property(sample, fc.nat(), fc.nat(), (parts, posSeed, charSeed) => {
        const n = issued(parts);
        const positions = [...n].map((c, i) => (c === "-" ? -1 : i)).filter((i) => i >= 0);
        const pos = positions[posSeed % positions.length];
        const replacement = ALPHABET[charSeed % 36];
        fc.pre(replacement !== n[pos]);
        const wrong = n.slice(0, pos) + replacement + n.slice(pos + 1);
        // Either the shape breaks (letter in the year) or the check character catches it.
        expect(parseTrackingNumber(wrong)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("detects every swap of two neighbouring characters in the body", () => {
    fc.assert(
      fc.property(sample, (parts) => {
        const n = issued(parts);
        const body = n.slice(0, -2).replace(/-/g, "");
        for (let i = 0; i + 1 < body.length; i++) {
          if (body[i] === body[i + 1]) continue;
          const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
          expect(trackingCheckCharacter(swapped)).not.toBe(trackingCheckCharacter(body));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("skips about one sequence in 37 (the '*' check) and never issues it", () => {
    let skipped = 0;
    for (let s = 1; s <= 3700; s++) if (formatTrackingNumber({ center: "BKK01", buddhistYear: 2569, sequence: s }) === null) skipped++;
    expect(skipped).toBeGreaterThan(60);
    expect(skipped).toBeLessThan(140);
  });
});
