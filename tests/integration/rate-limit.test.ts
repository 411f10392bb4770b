// Per-client limits (decision 0016): in memory for one SQLite process, in the database when
// several app servers share PostgreSQL. The database store is one atomic upsert, so attempts
// that arrive at the same moment (from any number of servers) are all counted.
import { describe, expect, it } from "vitest";
import { purgeRateLimits, rateLimitStore, rateLimitStores } from "~/utils/rate-limit.server";
import { prisma, provider } from "~/utils/db.server";

const WINDOW = 15 * 60_000;
const T0 = Date.UTC(2026, 3, 9, 3, 0, 0);

describe.each(["memory", "database"] as const)("the %s store", (store) => {
  const hit = rateLimitStores[store];
  const key = (name: string) => `test:${store}:${name}:${Math.random()}`;

  it("allows `limit` hits in a window and refuses the next, then counts again in a new window", async () => {
    const k = key("window");
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await hit(k, 5, WINDOW, T0 + i * 1000));
    expect(answers).toEqual([true, true, true, true, true, false]);
    expect(await hit(k, 5, WINDOW, T0 + WINDOW - 1)).toBe(false);
    expect(await hit(k, 5, WINDOW, T0 + WINDOW)).toBe(true);
  });

  it("counts every one of many attempts made at the same moment", async () => {
    const k = key("burst");
    const answers = await Promise.all(Array.from({ length: 25 }, () => hit(k, 10, WINDOW, T0)));
    expect(answers.filter(Boolean)).toHaveLength(10);
  });

  it("keeps separate keys apart", async () => {
    const [a, b] = [key("a"), key("b")];
    expect(await hit(a, 1, WINDOW, T0)).toBe(true);
    expect(await hit(a, 1, WINDOW, T0)).toBe(false);
    expect(await hit(b, 1, WINDOW, T0)).toBe(true);
  });
});

describe("the database store", () => {
  it("never writes the limited value itself (an address, an e-mail), only its hash (O4)", async () => {
    await rateLimitStores.database("sign-in:someone@example.test", 10, WINDOW, T0);
    const rows = await prisma.rateLimit.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.key.includes("example.test") || r.key.includes("sign-in"))).toBe(false);
  });

  it("the sweep's purge removes windows that started over a day ago, and only those", async () => {
    const now = Date.now();
    const dayAgo = now - 24 * 60 * 60_000;
    await rateLimitStores.database("purge:old", 10, WINDOW, now - 25 * 60 * 60_000);
    await rateLimitStores.database("purge:recent", 10, WINDOW, now - 60_000);
    const older = () => prisma.rateLimit.count({ where: { windowStart: { lt: dayAgo } } });
    const recent = () => prisma.rateLimit.count({ where: { windowStart: { gte: dayAgo } } });
    const [olderBefore, recentBefore] = [await older(), await recent()];
    expect(olderBefore).toBeGreaterThanOrEqual(1);
    // purgeRateLimits only acts where the database is the store (PostgreSQL); on SQLite it is a no-op.
    const purged = await purgeRateLimits(now);
    if (rateLimitStore() === "database") {
      expect(purged).toBe(olderBefore);
      expect(await older()).toBe(0);
    } else {
      expect(purged).toBe(0);
      expect(await older()).toBe(olderBefore);
    }
    expect(await recent()).toBe(recentBefore);
  });

  it("is the default on PostgreSQL, memory on SQLite (one process)", () => {
    expect(rateLimitStore()).toBe(provider === "postgresql" ? "database" : "memory");
  });
});
