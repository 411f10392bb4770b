import { describe, expect, it } from "vitest";
import { loader as catalogueLoader } from "~/routes/permits._index";
import { loader as homeLoader } from "~/routes/_index";
import { loader as apiListLoader } from "~/routes/api.v1.permits._index";
import { PermitListSchema } from "~/schemas/open-data";
import { args } from "./request";

const slugs = (results: { slug: string }[]) => results.map((r) => r.slug);

describe("catalogue loader (real SQLite, demo content)", () => {
  it("lists at least 12 published permits, most used first", async () => {
    const data = await catalogueLoader(args("/permits"));
    expect(data.results.length).toBeGreaterThanOrEqual(12);
    expect(slugs(data.results).slice(0, 3).sort()).toEqual(["building-construction-permit", "commercial-registration", "food-premises-licence"]);
  });

  it.each([
    ["อาหาร", ["food-premises-licence", "food-premises-notification"]],
    ["food", ["food-premises-licence", "food-premises-notification"]],
    ["Food", ["food-premises-licence", "food-premises-notification"]],
    ["ก่อสร้าง", ["building-construction-permit"]],
    ["building", ["building-construction-permit"]],
  ])("search %s finds %j", async (q, expected) => {
    const data = await catalogueLoader(args(`/permits?q=${encodeURIComponent(q)}`));
    for (const slug of expected) expect(slugs(data.results)).toContain(slug);
  });

  it("matches agency names, laws and document names too", async () => {
    for (const q of ["กรมสรรพสามิต", "excise", "พระราชบัญญัติควบคุมอาคาร", "Building Control Act", "สำเนาโฉนดที่ดิน", "title deed"]) {
      const data = await catalogueLoader(args(`/permits?q=${encodeURIComponent(q)}`));
      expect(data.results.length, q).toBeGreaterThan(0);
    }
  });

  it.each(["%", "_", "%%%%", "' OR '1'='1", "<b>", "x".repeat(1000), "\u0000"])("junk query %j gives no results, not an error", async (q) => {
    const data = await catalogueLoader(args(`/permits?q=${encodeURIComponent(q)}`));
    expect(data.results).toEqual([]);
  });

  it("filters and counts per facet", async () => {
    const data = await catalogueLoader(args("/permits?category=food_health"));
    expect(data.results.every((r) => r.category === "food_health")).toBe(true);
    expect(data.counts.category.food_health).toBe(data.results.length);
    expect(Object.values(data.counts.category).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(12);
  });

  it("ignores unknown filter values instead of failing", async () => {
    const data = await catalogueLoader(args("/permits?category=<script>&kind=zzz"));
    expect(data.results.length).toBeGreaterThanOrEqual(12);
  });

  it("localises to English when asked", async () => {
    const data = await catalogueLoader(args("/permits?q=food&lng=en"));
    expect(data.results[0].name).toMatch(/food/i);
    const th = await catalogueLoader(args("/permits?q=food"));
    expect(th.results[0].name).toContain("อาหาร");
  });

  it("home shows six most used permits", async () => {
    const data = await homeLoader(args("/"));
    expect(data.popular).toHaveLength(6);
  });

  it("the JSON API returns the same permits as the page for the same query", async () => {
    for (const q of ["อาหาร", "building", "%"]) {
      const page = await catalogueLoader(args(`/permits?q=${encodeURIComponent(q)}`));
      const response = await apiListLoader(args(`/api/v1/permits?q=${encodeURIComponent(q)}`));
      const list = PermitListSchema.parse(await response.json());
      expect(slugs(list)).toEqual(slugs(page.results));
    }
  });
});
