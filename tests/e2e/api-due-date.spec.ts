import { expect, test } from "@playwright/test";

// GET /api/v1/permits/<slug>/due-date (O2): the shape of issue #3, computed with the real
// calendar. Language-neutral: runs once in the "api" project.
test("due-date API: working days across Songkran", async ({ request }) => {
  const res = await request.get("/api/v1/permits/food-premises-licence/due-date?completedOn=2026-04-09");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ permit: "food-premises-licence", completedOn: "2026-04-09", limit: { value: 30, unit: "working_days" }, dueDate: "2026-05-28" });
  const songkran = body.explanation.filter((e: { reason: string; text: { en: string; th: string } }) => e.text.en.includes("Songkran"));
  expect(songkran.map((e: { date: string }) => e.date)).toEqual(["2026-04-13", "2026-04-14", "2026-04-15"]);
  expect(songkran[0].text.th).toContain("วันสงกรานต์");
});

test("due-date API: calendar days roll forward past a weekend (T4)", async ({ request }) => {
  const body = await (await request.get("/api/v1/permits/building-construction-permit/due-date?completedOn=2026-04-09")).json();
  expect(body.dueDate).toBe("2026-05-25");
  expect(body.explanation).toEqual([expect.objectContaining({ date: "2026-05-24", reason: "weekend", rolledForward: true })]);
});

test("due-date API: minutes give the date the limit runs out", async ({ request }) => {
  const body = await (await request.get("/api/v1/permits/commercial-registration/due-date?completedOn=2026-12-31")).json();
  // 31 Dec 2026 is a holiday, 1 Jan 2027 too, 2–3 Jan a weekend: the office clock starts Monday 4 Jan.
  expect(body).toMatchObject({ limit: { value: 60, unit: "minutes" }, dueDate: "2027-01-04" });
});

test("due-date API: bad input is a 400 or 404 JSON error, never a 500", async ({ request }) => {
  for (const q of ["", "?completedOn=", "?completedOn=2026-02-30", "?completedOn=tomorrow", "?completedOn=2026-4-9"]) {
    const res = await request.get(`/api/v1/permits/food-premises-licence/due-date${q}`);
    expect(res.status(), q).toBe(400);
    expect((await res.json()).error.message).toMatch(/YYYY-MM-DD/);
  }
  const missing = await request.get("/api/v1/permits/no-such-permit/due-date?completedOn=2026-04-09");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.status).toBe(404);
});
