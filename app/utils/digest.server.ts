// SHA-256 as lowercase hex of a string's UTF-8 bytes: the digest of the hash chains
// (app/domain/audit/chain.ts, decision 0013).
import { createHash } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
