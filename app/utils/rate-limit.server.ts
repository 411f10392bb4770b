// Fixed-window counters per key (sign-in attempts, tracking look-ups, started applications,
// resume codes). Where they live follows the deployment (decision 0016):
// - SQLite, one process: in this process's memory — nothing else could share the file's writes.
// - PostgreSQL, several app servers: in the database ("RateLimit"), one atomic upsert per hit,
//   so a client that spreads its attempts over every server still meets one limit. Keys are
//   stored as SHA-256 (an address or an e-mail is never written down); the sweep purges
//   windows older than a day.
// RATE_LIMIT_STORE overrides the choice (memory | database).
import { createHash } from "node:crypto";
import { prisma, provider } from "~/utils/db.server";
import { env } from "~/utils/env.server";

const windows = new Map<string, { start: number; count: number }>();

function hitMemory(key: string, limit: number, windowMs: number, at: number): boolean {
  const w = windows.get(key);
  if (!w || at - w.start >= windowMs) {
    windows.set(key, { start: at, count: 1 });
    if (windows.size > 50_000) pruneOld(at, windowMs);
    return true;
  }
  w.count += 1;
  return w.count <= limit;
}

function pruneOld(at: number, windowMs: number) {
  for (const [k, w] of windows) if (at - w.start >= windowMs) windows.delete(k);
}

async function hitDatabase(key: string, limit: number, windowMs: number, at: number): Promise<boolean> {
  const id = createHash("sha256").update(key).digest("base64url");
  const now = Math.floor(at);
  const expired = now - windowMs;
  // One statement, so two servers counting the same key at once both see the sum.
  const rows = await prisma.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${id}, CAST(${now} AS BIGINT), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= CAST(${expired} AS BIGINT) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= CAST(${expired} AS BIGINT) THEN CAST(${now} AS BIGINT) ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  return Number(rows[0].count) <= limit;
}

// Windows run on the machine's own clock, not APP_NOW: a limit is about real time between tries.
const realNow = () => performance.timeOrigin + performance.now();

/** Both stores, for their tests. */
export const rateLimitStores = { memory: hitMemory, database: hitDatabase };

export function rateLimitStore(): "memory" | "database" {
  return env().RATE_LIMIT_STORE ?? (provider === "postgresql" ? "database" : "memory");
}

/** Counts one attempt of `key`; false when it is over `limit` in the current window. */
export async function hit(key: string, limit: number, windowMs: number, at: number = realNow()): Promise<boolean> {
  return rateLimitStore() === "database" ? hitDatabase(key, limit, windowMs, at) : hitMemory(key, limit, windowMs, at);
}

/** Database windows that started over a day ago count for nothing: the sweep removes them. */
export async function purgeRateLimits(at: number = realNow()): Promise<number> {
  if (rateLimitStore() !== "database") return 0;
  return prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < CAST(${Math.floor(at - 24 * 60 * 60_000)} AS BIGINT)`;
}

// The client's address as the reverse proxy reports it (the first X-Forwarded-For hop).
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
