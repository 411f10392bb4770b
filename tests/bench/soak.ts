// npm run soak — a bounded soak run (issue 9, decision 0015): the production build on loopback
// with its own fresh database, SOAK_SECONDS (default 180) of mixed public and staff traffic at
// a steady rate (SOAK_RATE requests per second, default 40), arriving on a fixed schedule
// whether or not earlier answers came back (an open loop, like people; autocannon's
// overallRate sends each second's requests in one burst instead). Every 30 s window gets the
// server's resident memory (from /proc/<pid>/status) and the latency p50/p95; the verdict
// compares the first window with the last. Build first (npm run build). Not part of npm test.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, signIn } from "../system/support";
import { spawnServer } from "../tools/spawn-server";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const RATE = Number(process.env.SOAK_RATE ?? 40);
const PORT = Number(process.env.SOAK_PORT ?? 3240);
const WINDOW_S = 30;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;

const db = freshDatabase("soak");
const server = await spawnServer({
  port: PORT,
  databaseUrl: db.url,
  env: { UPLOAD_DIR: db.uploads, TRACK_LOOKUPS_PER_15_MIN: "100000", APPLICATIONS_PER_HOUR: "100000", LOG_LEVEL: "warn" },
  log: `${db.dir}/server.log`,
});
const base = server.base;
const counter = await signIn(base, "counter@bkk01.demo");
const supervisor = await signIn(base, "supervisor@bkk01.demo");
const ids = await intakeChecklist(base, counter);
const first = await postIntake(base, counter, intakeBody(ids, newKey()));
const known = [/\/staff\/requests\/(.+)$/.exec(first.headers.get("location") ?? "")![1]];

// The mix, one cycle of ten: six public, four staff. Each returns true when the answer is the expected one.
const get = (path: string, cookie = "") => fetch(`${base}${path}`, { headers: cookie ? { Cookie: cookie } : {} }).then(async (r) => (await r.arrayBuffer(), r.status === 200));
const pick = () => known[Math.floor(Math.random() * known.length)];
const mix: { name: string; run: () => Promise<boolean> }[] = [
  { name: "catalogue", run: () => get("/permits") },
  { name: "manual", run: () => get("/permits/commercial-registration") },
  { name: "search", run: () => get(`/permits?q=${encodeURIComponent("อาหาร")}`) },
  {
    name: "track",
    run: () =>
      fetch(`${base}/track`, { method: "POST", body: new URLSearchParams({ intent: "find", number: pick(), verifier: "5678" }), redirect: "manual" }).then(async (r) => (await r.arrayBuffer(), r.status === 302)),
  },
  { name: "home", run: () => get("/") },
  { name: "manual", run: () => get("/permits/food-premises-licence") },
  {
    name: "intake",
    run: async () => {
      const r = await postIntake(base, counter, intakeBody(ids, newKey(), { incomplete: Math.random() < 0.25 }));
      await r.arrayBuffer();
      const n = /\/staff\/requests\/(.+)$/.exec(r.headers.get("location") ?? "")?.[1];
      if (n) known.push(n);
      return r.status === 302 && !!n;
    },
  },
  { name: "request page", run: () => get(`/staff/requests/${pick()}`, counter) },
  { name: "request list", run: () => get("/staff/requests", counter) },
  { name: "dashboard", run: () => get("/staff/dashboard", supervisor) },
];

type Sample = { at: number; ms: number; ok: boolean };
const samples: Sample[] = [];
const rss: { at: number; mb: number }[] = [];
const started = performance.now();
const pending: Promise<void>[] = [];
const sampler = setInterval(() => rss.push({ at: performance.now() - started, mb: rssMb(server.pid) }), 1000);
rss.push({ at: 0, mb: rssMb(server.pid) });
try {
  // Open loop: request i is sent at i / RATE seconds, whatever happened to the others.
  for (let i = 0; i < SECONDS * RATE; i++) {
    const due = (i / RATE) * 1000;
    const wait = due - (performance.now() - started);
    if (wait > 0) await sleep(wait);
    const job = mix[i % mix.length];
    const t0 = performance.now();
    pending.push(
      job.run().then(
        (ok) => void samples.push({ at: t0 - started, ms: performance.now() - t0, ok }),
        () => void samples.push({ at: t0 - started, ms: performance.now() - t0, ok: false }),
      ),
    );
  }
  await Promise.all(pending);
} finally {
  clearInterval(sampler);
  await server.stop();
}

const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const windows = [];
for (let w = 0; w * WINDOW_S < SECONDS; w++) {
  const from = w * WINDOW_S * 1000;
  const to = from + WINDOW_S * 1000;
  const inWindow = samples.filter((s) => s.at >= from && s.at < to);
  const times = inWindow.map((s) => s.ms).sort((a, b) => a - b);
  const memory = rss.filter((r) => r.at >= from && r.at < to).map((r) => r.mb);
  windows.push({
    label: `${String(from / 1000).padStart(4)}–${String(to / 1000).padEnd(4)} s`,
    requests: inWindow.length,
    failed: inWindow.filter((s) => !s.ok).length,
    p50: q(times, 0.5),
    p95: q(times, 0.95),
    rss: memory.at(-1) ?? NaN,
    rssMax: Math.max(...memory),
  });
}
console.log(`\nAnuyat soak — ${SECONDS} s at ${RATE} req/s (open loop), loopback, production build, SQLite; mix: ${mix.map((m) => m.name).join(", ")}`);
console.log("window       | requests | failed | p50 ms | p95 ms | RSS end MB | RSS max MB");
for (const w of windows) {
  console.log(
    [w.label.padEnd(12), String(w.requests).padStart(8), String(w.failed).padStart(6), w.p50.toFixed(1).padStart(6), w.p95.toFixed(1).padStart(6), w.rss.toFixed(1).padStart(10), w.rssMax.toFixed(1).padStart(10)].join(" | "),
  );
}
const [a, z] = [windows[0], windows.at(-1)!];
const rssGrowth = z.rss - a.rss;
const p95Drift = z.p95 / a.p95;
// Flat enough: memory within 25 % (or 40 MB) of the first window, p95 within 1.5× (or +10 ms).
const memoryFlat = rssGrowth <= Math.max(40, a.rss * 0.25);
const latencyFlat = p95Drift <= 1.5 || z.p95 - a.p95 <= 10;
const failed = samples.filter((s) => !s.ok).length;
console.log(
  `verdict: RSS ${a.rss.toFixed(1)} → ${z.rss.toFixed(1)} MB (${rssGrowth >= 0 ? "+" : ""}${rssGrowth.toFixed(1)} MB) ${memoryFlat ? "flat" : "GROWING"}; ` +
    `p95 ${a.p95.toFixed(1)} → ${z.p95.toFixed(1)} ms (×${p95Drift.toFixed(2)}) ${latencyFlat ? "flat" : "DRIFTING"}; ` +
    `${samples.length} requests, ${failed} failed; ${known.length} requests filed → ${memoryFlat && latencyFlat && failed === 0 ? "PASS" : "FAIL"}`,
);
process.exit(memoryFlat && latencyFlat && failed === 0 ? 0 : 1);
