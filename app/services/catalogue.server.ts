// The catalogue use case: search, filter and count, shared by the page and the open-data API.
import { applyFilters, facetCounts } from "~/domain/catalogue/facets";
import { searchTerms } from "~/domain/catalogue/search-text";
import { listPublishedPermits } from "~/models/permit.server";
import type { CatalogueQuery } from "~/schemas/catalogue";

export async function searchCatalogue(query: CatalogueQuery) {
  const terms = searchTerms(query.q);
  // A query made only of characters we drop (control characters) is junk: no results,
  // rather than the whole catalogue.
  const junk = !!query.q?.trim() && terms.length === 0;
  const matching = junk ? [] : await listPublishedPermits(terms);
  const filters = { category: query.category, kind: query.kind, agency: query.agency, center: query.center };
  return { terms, results: applyFilters(matching, filters), counts: facetCounts(matching, filters), total: matching.length };
}
