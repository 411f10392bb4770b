// The documents of several permits, each listed once (issue 10). A document's identity across
// manuals is its Thai name and Thai issuer after normalisation (decision 0017): the demo
// manuals share the national ID card, the house registration and the power of attorney word
// for word, and an administrator who writes a document the same way in two manuals means the
// same paper. Two spellings are never merged, so the failure mode is a document listed twice,
// never two different documents folded into one.
import type { Bilingual, DocumentFacts } from "./types";

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function normaliseDocumentText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim().toLowerCase();
}

export function documentIdentity(d: { name: Bilingual; issuer: Bilingual }): string {
  return `${normaliseDocumentText(d.name.th)}|${normaliseDocumentText(d.issuer.th)}`;
}

export type MergedDocument = {
  identity: string;
  group: "identity" | "other";
  name: Bilingual;
  issuer: Bilingual;
  unit: "copy" | "set";
  /** An original is shown at the counter and handed back: the most any permit asks for. */
  originals: number;
  /** Each agency keeps its own copies in its file: the copies add up. */
  copies: number;
  /** Null when at least one permit needs it whatever the case. */
  condition: Bilingual | null;
  /** Which permits need it, and that permit's own document id (the checklist line it answers). */
  usedBy: { slug: string; documentId: string }[];
};

/** Documents of the permits, in first-seen order; the same document once with every permit that needs it. */
/** The checklist line of a merged document: the id of the first permit document it answers. */
export const lineId = (d: Pick<MergedDocument, "usedBy">) => d.usedBy[0].documentId;

export function mergeDocuments(permits: readonly { slug: string; documents: readonly DocumentFacts[] }[]): MergedDocument[] {
  const merged = new Map<string, MergedDocument>();
  for (const p of permits) {
    for (const d of p.documents) {
      const identity = documentIdentity(d);
      const seen = merged.get(identity);
      if (!seen) {
        merged.set(identity, {
          identity,
          group: d.group,
          name: d.name,
          issuer: d.issuer,
          unit: d.unit,
          originals: d.originals,
          copies: d.copies,
          condition: d.condition,
          usedBy: [{ slug: p.slug, documentId: d.id }],
        });
        continue;
      }
      seen.originals = Math.max(seen.originals, d.originals);
      seen.copies += d.copies;
      // Required by one permit outright: required for the bundle, whatever the other says.
      if (!d.condition) seen.condition = null;
      if (seen.group !== "identity" && d.group === "identity") seen.group = "identity";
      if (d.unit === "set") seen.unit = "set";
      seen.usedBy.push({ slug: p.slug, documentId: d.id });
    }
  }
  return [...merged.values()];
}
