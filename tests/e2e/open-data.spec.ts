import { expect, test } from "@playwright/test";
import { FOOD_SLUGS } from "./support";

// O3: manual content is open data, machine-readable, cacheable. Language-neutral, so it runs
// once, in the "api" project of tests/playwright.config.ts.

test("GET /api/v1/permits?q= searches exactly as the search page does", async ({ request, page }) => {
  for (const q of ["อาหาร", "food", "building", "ก่อสร้าง", "%"]) {
    const api = await request.get(`/api/v1/permits?q=${encodeURIComponent(q)}`);
    expect(api.status()).toBe(200);
    const apiSlugs = ((await api.json()) as { slug: string }[]).map((p) => p.slug);
    await page.goto(`/permits?q=${encodeURIComponent(q)}`);
    const pageSlugs = (await page.locator(".permit-list .permit-card__title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).map((h) =>
      String(h).replace("/permits/", ""),
    );
    expect(apiSlugs).toEqual(pageSlugs);
  }
  const food = (await (await request.get("/api/v1/permits?q=food")).json()) as { slug: string; name: { th: string; en: string } }[];
  // Both food permits; the FDA's medicine licence matches too, through its agency's name.
  expect(food.map((p) => p.slug)).toEqual(expect.arrayContaining(FOOD_SLUGS));
  for (const slug of FOOD_SLUGS) expect(food.find((p) => p.slug === slug)!.name.th).toContain("อาหาร");
});

test("the manual API is cacheable with an ETag", async ({ request }) => {
  const first = await request.get("/api/v1/permits/building-construction-permit");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toContain("max-age");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/api/v1/permits/building-construction-permit", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const missing = await request.get("/api/v1/permits/nope");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.status).toBe(404);
});

test("the catalogue CSV opens in Excel (UTF-8 with BOM)", async ({ request }) => {
  const res = await request.get("/api/v1/permits.csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").trim().split("\r\n");
  expect(lines[0]).toContain("slug,name_th,name_en");
  expect(lines.length).toBeGreaterThanOrEqual(13);
  expect(body.toString("utf8")).toContain("อาหาร");
});
