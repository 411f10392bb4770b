// The catalogue's search text of one manual version (decision 0002): names, agency, laws and
// documents in both languages, in the order the seed writes them, so a version published from
// the editor is found exactly as a seeded one.
import { buildSearchText } from "~/domain/catalogue/search-text";

type Bi = { th: string; en: string };

export function manualSearchText(m: { name: Bi; agency: Bi; laws: readonly Bi[]; documents: readonly Bi[] }): string {
  return buildSearchText([m.name.th, m.name.en, m.agency.th, m.agency.en, ...m.laws.flatMap((l) => [l.th, l.en]), ...m.documents.flatMap((d) => [d.th, d.en])]);
}
