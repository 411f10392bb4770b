// CSP nonces come from a pooled block of random bytes (security-headers.mjs): each one is 16
// bytes in base64, and none repeats, across the refills of the block.
import { describe, expect, it } from "vitest";
import { newNonce } from "./security-headers.mjs";

describe("CSP nonces", () => {
  it("are 16 random bytes in base64, never the same twice over several refills of the pool", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 256 * 5 + 7; i += 1) {
      const nonce = newNonce();
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      seen.add(nonce);
    }
    expect(seen.size).toBe(256 * 5 + 7);
  });
});
