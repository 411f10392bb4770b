import { expect, test } from "@playwright/test";

// GET /api/v1/statistics and .csv (O3): aggregates only, small cells withheld (O4). The e2e
// database has only the requests other tests file, so the checks are about shape and contract.
// Language-neutral: runs once in the "api" project.

test("statistics JSON: documented shape, cacheable with an ETag", async ({ request }) => {
  const res = await request.get("/api/v1/statistics");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(res.headers()["cache-control"]).toContain("max-age");
  const body = await res.json();
  // APP_NOW is 9 April 2026: the last 12 complete months.
  expect(body).toMatchObject({ from: "2025-04", to: "2026-03", permit: null, suppressionThreshold: 5 });
  expect(Array.isArray(body.rows)).toBe(true);
  const etag = res.headers()["etag"];
  expect(etag).toBeTruthy();
  expect((await request.get("/api/v1/statistics", { headers: { "If-None-Match": etag } })).status()).toBe(304);

  const april = await (await request.get("/api/v1/statistics?permit=commercial-registration&from=2026-04&to=2026-04")).json();
  expect(april).toMatchObject({ from: "2026-04", to: "2026-04", permit: "commercial-registration" });
  for (const row of april.rows) {
    // How many requests other tests have filed by now varies, so each figure is a number or
    // a withheld null; the keys are exactly the documented ones.
    expect(Object.keys(row).sort()).toEqual(["decided", "decidedOnTime", "medianWorkingDays", "month", "onTimeShare", "permit", "received", "suppressed"]);
    expect(row).toMatchObject({ permit: "commercial-registration", month: "2026-04", suppressed: expect.any(Array) });
    for (const field of ["received", "decided", "decidedOnTime", "onTimeShare", "medianWorkingDays"]) {
      expect(row[field] === null || typeof row[field] === "number").toBe(true);
    }
    // A withheld cell is null and named, never a small number.
    for (const field of ["received", "decided", "decidedOnTime"]) {
      if (row[field] !== null) expect(row[field]).toBeGreaterThanOrEqual(5);
      else expect(row.suppressed).toContain(field);
    }
  }
});

test("statistics JSON: a bad month is a 400 JSON error, an unknown permit a 404", async ({ request }) => {
  for (const q of ["?from=2026-13", "?to=2026-4", "?from=2026-03&to=2026-01", "?from=yesterday"]) {
    const res = await request.get(`/api/v1/statistics${q}`);
    expect(res.status(), q).toBe(400);
    expect((await res.json()).error.message).toMatch(/YYYY-MM/);
  }
  const missing = await request.get("/api/v1/statistics?permit=no-such-permit");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.status).toBe(404);
});

test("statistics CSV opens in Excel (UTF-8 with BOM, CRLF)", async ({ request }) => {
  const res = await request.get("/api/v1/statistics.csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("permit,month,received,decided,decided_on_time,on_time_share,median_working_days,suppressed");
  expect(text.endsWith("\r\n")).toBe(true);
  expect((await request.get("/api/v1/statistics.csv?from=2026-13")).status()).toBe(400);
});
