// Search that works for Thai (no spaces between words) and English (case-insensitive).
// Both the stored text and the query go through the same normalisation, so a plain
// substring test is exact: "อาหาร" finds "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร".

const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;

export function normalizeForSearch(text: string): string {
  return (
    text
      .normalize("NFC")
      // Sara am typed as nikhahit + sara aa looks identical to ำ; treat them as one.
      .replace(/\u0E4D\u0E32/g, "\u0E33")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function buildSearchText(parts: readonly string[]): string {
  return parts.map(normalizeForSearch).filter(Boolean).join("\n");
}

// Terms a query is split into; every term must occur. Junk (very long input, control
// characters) is trimmed, never an error.
export function searchTerms(query: string | null | undefined): string[] {
  if (!query) return [];
  const cleaned = normalizeForSearch(query.replace(/[\u0000-\u001f\u007f]/g, " ")).slice(0, MAX_QUERY_LENGTH);
  const unique = [...new Set(cleaned.split(" ").filter(Boolean))];
  return unique.slice(0, MAX_TERMS);
}

export function matchesAllTerms(searchText: string, terms: readonly string[]): boolean {
  return terms.every((term) => searchText.includes(term));
}

// The database finds the same matches on a trigram index (decision 0018). A trigram index can
// look up only substrings of at least three code points; shorter terms are checked on the rows
// the longer terms found (or, when every term is short, on every row).
export const TRIGRAM_LENGTH = 3;
export const isTrigramIndexable = (term: string) => [...term].length >= TRIGRAM_LENGTH;

// A LIKE pattern (with ESCAPE '\') that matches the term literally anywhere: a visitor's
// %, _ and \ are escaped, so they can never widen a result.
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}

// An FTS5 query in which every term is a quoted phrase (implicit AND). Inside the quotes only
// " is special (written twice); *, -, :, ^, AND, NEAR … are plain text.
export function ftsPhrases(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}
