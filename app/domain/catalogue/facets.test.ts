import { describe, expect, it } from "vitest";
import { applyFilters, facetCounts } from "./facets";

const items = [
  { id: 1, category: "food_health", kind: "licence", agency: { code: "A" }, serviceCenters: ["BKK01"] },
  { id: 2, category: "food_health", kind: "notification", agency: { code: "A" }, serviceCenters: ["BKK01", "NBI01"] },
  { id: 3, category: "commerce", kind: "registration", agency: { code: "B" }, serviceCenters: ["NBI01"] },
];

describe("catalogue filters", () => {
  it.each([
    [{}, [1, 2, 3]],
    [{ category: "food_health" }, [1, 2]],
    [{ category: "food_health", kind: "licence" }, [1]],
    [{ center: "NBI01" }, [2, 3]],
    [{ agency: "B", center: "BKK01" }, []],
    [{ category: "no-such-category" }, []],
  ])("filters %j → %j", (filters, ids) => {
    expect(applyFilters(items, filters).map((i) => i.id)).toEqual(ids);
  });

  it("counts each facet against the other active filters", () => {
    const counts = facetCounts(items, { category: "food_health" });
    // The category facet ignores its own filter, so every category still shows its total.
    expect(counts.category).toEqual({ food_health: 2, commerce: 1 });
    expect(counts.kind).toEqual({ licence: 1, notification: 1 });
    expect(counts.center).toEqual({ BKK01: 2, NBI01: 1 });
    expect(counts.agency).toEqual({ A: 2 });
  });
});
