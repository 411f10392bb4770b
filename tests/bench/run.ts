// npm run bench — serves the production build and measures requests per second and p95
// latency of a manual page and of a search, at 10 and 50 connections, beside a static file
// of the same size served by the same server. The ratio (dynamic / static) is the figure
// we track: it cancels out how fast this particular machine is.
// Loopback only; every run is bounded in time. Build first (npm run build).
import { writeFileSync, rmSync } from "node:fs";
import { benchIntake } from "./intake";
import { measure } from "./load";
import { startServer } from "./serve";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3210);

const server = await startServer({ port: PORT, databaseUrl: "file:.data/bench.db" });
// BENCH_ONLY=intake skips the page runs (for working on the intake path alone).
const only = process.env.BENCH_ONLY;
const targets = only === "intake" ? [] : [
  { name: "manual page", path: "/permits/building-construction-permit" },
  { name: "search", path: `/permits?q=${encodeURIComponent("อาหาร")}` },
];
const rows: string[] = [];
let intake: Awaited<ReturnType<typeof benchIntake>> | undefined;
let intakePaced: Awaited<ReturnType<typeof benchIntake>> | undefined;
let intakeBusy: Awaited<ReturnType<typeof benchIntake>> | undefined;
try {
  for (const target of targets) {
    const html = await (await fetch(server.base + target.path)).text();
    const size = Buffer.byteLength(html);
    // A static file of exactly the same size, served by the same server from build/client.
    const staticName = `bench-static-${size}.html`;
    writeFileSync(`build/client/${staticName}`, "x".repeat(size));
    for (const connections of [10, 50]) {
      const dynamic = await measure(server.base + target.path, connections, SECONDS);
      const fixed = await measure(`${server.base}/${staticName}`, connections, SECONDS);
      rows.push(
        [
          target.name.padEnd(12),
          String(connections).padStart(3),
          `${size} B`.padStart(9),
          dynamic.rps.toFixed(0).padStart(7),
          dynamic.p95.toFixed(1).padStart(7),
          fixed.rps.toFixed(0).padStart(8),
          fixed.p95.toFixed(1).padStart(8),
          (dynamic.rps / fixed.rps).toFixed(2).padStart(6),
          String(dynamic.errors + dynamic.non2xx + fixed.errors + fixed.non2xx).padStart(4),
        ].join(" | "),
      );
    }
    rmSync(`build/client/${staticName}`);
  }
  intake = await benchIntake(server.base, SECONDS);
  // 20 counters, each submitting again after a random pause of 2 s on average (about 10
  // submissions a second in all — far faster than people check documents at a counter).
  intakePaced = await benchIntake(server.base, SECONDS, 20, 2000);
  // The same 20 counters at four times that pace: about 35 submissions a second.
  intakeBusy = await benchIntake(server.base, SECONDS, 20, 500);
} finally {
  server.stop();
}
console.log(`\nAnuyat load benchmark — ${SECONDS}s per run, loopback, production build, SQLite`);
console.log("target       | con |      size |   req/s | p95 ms | static/s | st p95 | ratio | err");
for (const r of rows) console.log(r);
console.log("ratio = dynamic req/s ÷ static-file req/s at the same size and concurrency\n");
for (const [label, r] of [
  ["20 counters, saturating (closed loop)", intake],
  ["20 counters, each submitting again after 2 s on average", intakePaced],
  ["20 counters, each submitting again after 0.5 s on average", intakeBusy],
] as const) {
  if (r) {
    console.log(
      `intake (${label}): ${r.rps.toFixed(0)} submissions/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (target ≤ 100 ms); ${r.created} of ${r.total} created a request`,
    );
  }
}
