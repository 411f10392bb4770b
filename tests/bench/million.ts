// npx tsx tests/bench/million.ts — the statistics API and a supervisor's list at a million
// requests (issue #6, "Scale and speed"; target p95 ≤ 300 ms at 10 connections).
//  1. BENCH_DATABASE_URL (default file:.data/bench-million.db; a postgresql:// URL works too):
//     the demo content and BENCH_ROWS (1,000,000) synthetic requests (million-seed.ts), reused
//     when it already has them.
//  2. The production build (npm run build first) served on it, and wrk on loopback (load.ts).
// BENCH_SEED_ONLY=1 only builds the database. Bounded in time; never part of npm test.
// npm run bench measures the dashboard at a million on both databases in its one table.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { measure } from "./load";
import { ensureMillion } from "./million-seed";
import { signIn, startServer } from "./serve";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3211);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "file:.data/bench-million.db";

async function timed(url: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  const res = await fetch(url, { headers, redirect: "manual" });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

const seedOnly = process.env.BENCH_SEED_ONLY === "1";
if (!seedOnly && !existsSync("build/server/index.js")) throw new Error("No production build: run npm run build first");
console.log(`Anuyat million-request benchmark (${DATABASE_URL})`);
await ensureMillion(DATABASE_URL, ROWS, new Date());
if (seedOnly) process.exit(0);
execFileSync("bash", ["tests/tools/ensure-system-deps.sh", "bench"], { stdio: "inherit" });
const server = await startServer({ port: PORT, databaseUrl: DATABASE_URL, prepare: false });
const rows: string[] = [];
try {
  const labels = await (await fetch(`${server.base}/api/v1/permits`)).json();
  const slug: string = (labels as { slug: string }[]).find((p) => p.slug === "commercial-registration")?.slug ?? (labels as { slug: string }[])[0].slug;

  const cookie = await signIn(server.base, "supervisor@bkk01.demo");
  const dashboard = await timed(`${server.base}/staff/dashboard?list=overdue`, { Cookie: cookie });
  const staffPath = dashboard.status === 404 ? "/staff/requests" : "/staff/dashboard?list=overdue";
  if (dashboard.status === 404) console.log("  /staff/dashboard is not there yet (404): measuring /staff/requests instead");

  const targets = [
    { name: "statistics (all permits)", path: "/api/v1/statistics" },
    { name: `statistics ?permit=${slug}`, path: `/api/v1/statistics?permit=${slug}` },
    { name: "statistics.csv", path: "/api/v1/statistics.csv" },
    { name: `manual page /permits/${slug}`, path: `/permits/${slug}` },
    { name: `supervisor ${staffPath}`, path: staffPath, headers: { Cookie: cookie }, first: dashboard.status === 404 ? undefined : dashboard },
  ];
  for (const t of targets) {
    // The first request pays for the queries behind whatever is not cached yet (the CSV shares
    // the JSON's cache); it is reported apart from the steady state.
    const cold = t.first ?? (await timed(server.base + t.path, t.headers));
    const r = await measure(server.base + t.path, 10, SECONDS, t.headers);
    rows.push(
      [
        t.name.padEnd(44),
        String(cold.status).padStart(4),
        cold.ms.toFixed(0).padStart(6),
        r.rps.toFixed(0).padStart(6),
        r.p50.toFixed(1).padStart(7),
        r.p95.toFixed(1).padStart(7),
        String(r.errors + r.non2xx).padStart(4),
        r.p95 <= 300 ? "  ok" : "  OVER",
      ].join(" | "),
    );
  }
} finally {
  server.stop();
}
console.log(`\n${SECONDS}s per run, 10 connections, loopback, production build, ${DATABASE_URL.split(":")[0]}, ${ROWS.toLocaleString("en")} requests`);
console.log(`${"target".padEnd(44)} | code | 1st ms |  req/s | p50 ms | p95 ms |  err | p95 ≤ 300 ms`);
for (const r of rows) console.log(r);
