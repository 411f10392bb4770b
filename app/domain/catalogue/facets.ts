// Catalogue filters and the result count shown beside each filter value. Each facet counts
// the items that match every OTHER active filter, so a count says how many results
// choosing that value would give.
export type CatalogueItem = {
  category: string;
  kind: string;
  agency: { code: string };
  serviceCenters: readonly string[];
};
export const FACETS = ["category", "kind", "agency", "center"] as const;
export type Facet = (typeof FACETS)[number];
export type CatalogueFilters = Partial<Record<Facet, string>>;

function valuesOf(item: CatalogueItem, facet: Facet): readonly string[] {
  switch (facet) {
    case "category":
      return [item.category];
    case "kind":
      return [item.kind];
    case "agency":
      return [item.agency.code];
    case "center":
      return item.serviceCenters;
  }
}

function matches(item: CatalogueItem, filters: CatalogueFilters, skip?: Facet): boolean {
  return FACETS.every((facet) => {
    const wanted = filters[facet];
    return facet === skip || !wanted || valuesOf(item, facet).includes(wanted);
  });
}

export function applyFilters<T extends CatalogueItem>(items: readonly T[], filters: CatalogueFilters): T[] {
  return items.filter((item) => matches(item, filters));
}

export function facetCounts(items: readonly CatalogueItem[], filters: CatalogueFilters): Record<Facet, Record<string, number>> {
  const counts = { category: {}, kind: {}, agency: {}, center: {} } as Record<Facet, Record<string, number>>;
  for (const facet of FACETS) {
    for (const item of items) {
      if (!matches(item, filters, facet)) continue;
      for (const value of valuesOf(item, facet)) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}
