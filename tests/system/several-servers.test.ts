// Several app servers on one PostgreSQL (issue 8, decision 0016): two production servers on
// different ports share one database, as a province's load balancer would run them.
// - 220 filings at once, spread over both (160 counter intakes at two centers, 60 online
//   submissions), plus 20 counter forms sent to BOTH servers at the same moment (a double
//   click that a load balancer splits): every acknowledged request exists once under the number
//   it was given, numbers are unique and gap-free per center and year, nothing is lost.
// - A staff session signed in on one server works on the other; the per-client sign-in limit
//   counts attempts made on either.
// - The deadline sweep runs in both processes at the same moment (both restarted together; each
//   sweeps 5 s after start), and then twice more from `npm run sweep` at once: every notice
//   exists exactly once, every abandonment happened once, every history chain is intact.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, readyDraft, signIn, sql, submitDraft, type ReadyDraft } from "./support";
import { wholenessProblems } from "./wholeness";

const run = promisify(execFile);
const PORTS = [3234, 3235] as const;
const T0 = "2026-04-09T10:00:00+07:00";
// Four weeks on: every cure deadline has passed (R8.4) and every accepted request is weeks late
// (R10.3: a delay notice for each 7-day period), while no draft has expired yet.
const LATER = "2026-05-07T09:00:00+07:00";
const EVEN_LATER = "2026-05-15T09:00:00+07:00";

let servers: SpawnedServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill()));
});

type Filing = { server: number; key: string; status: number | "error"; trackingNumber?: string };

function sweepLines(file: string): { abandoned: number; delayNotices: number }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.includes('"job":"sweep"') && line.includes("sweep done"))
    .map((line) => JSON.parse(line) as { abandoned: number; delayNotices: number });
}

describe("two app servers on one PostgreSQL", () => {
  it("filings at both are each stored once with unique, gap-free numbers; sessions and limits are shared; sweeps at the same moment make every notice once", async () => {
    const db = freshDatabase("several", "postgresql");
    const clock = `${db.dir}/now`;
    writeFileSync(clock, T0);
    const logs = PORTS.map((port) => `${db.dir}/server-${port}.log`);
    const env = (sweepMinutes: string) => ({
      NODE_ENV: "test",
      APP_NOW: T0,
      APP_NOW_FILE: clock,
      UPLOAD_DIR: db.uploads,
      APPLICATIONS_PER_HOUR: "100000",
      TRACK_LOOKUPS_PER_15_MIN: "100000",
      SWEEP_INTERVAL_MINUTES: sweepMinutes,
      DATABASE_POOL_SIZE: "10",
    });
    const start = (sweepMinutes: string) => Promise.all(PORTS.map((port, i) => spawnServer({ port, databaseUrl: db.url, env: { ...env(sweepMinutes), LOG_FILE: logs[i] } })));
    servers = await start("0");
    const [a, b] = servers;

    // ---- a session from one server is good on the other ---------------------------------------
    const bkk = await signIn(a.base, "counter@bkk01.demo");
    const nbi = await signIn(b.base, "counter@nbi01.demo");
    const onB = await fetch(`${b.base}/staff/counter`, { headers: { Cookie: bkk }, redirect: "manual" });
    expect(onB.status).toBe(200);
    const ids = await intakeChecklist(b.base, bkk);

    // ---- the sign-in limit counts attempts on either server (10 per client per 15 minutes) -----
    const attempts: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${servers[i % 2].base}/sign-in`, {
        method: "POST",
        headers: { "X-Forwarded-For": "203.0.113.7", "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "supervisor@bkk01.demo", password: `wrong-${i}`, redirectTo: "/staff" }),
        redirect: "manual",
      });
      await res.arrayBuffer();
      attempts.push(res.status);
    }
    expect(attempts.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(attempts.slice(10)).toEqual([429, 429]);

    // ---- the burst ------------------------------------------------------------------------
    const drafts: ReadyDraft[] = [];
    for (let i = 0; i < 60; i++) drafts.push(await readyDraft(servers[i % 2].base));
    const counter = Array.from({ length: 160 }, (_, i) => ({ server: i % 2, cookie: i % 4 < 2 ? bkk : nbi, key: newKey(), incomplete: i % 5 === 0 }));
    const doubled = Array.from({ length: 20 }, (_, i) => ({ cookie: i % 2 ? bkk : nbi, key: newKey() }));
    const fileCounter = async (server: number, cookie: string, key: string, incomplete = false): Promise<Filing> => {
      try {
        const res = await postIntake(servers[server].base, cookie, intakeBody(ids, key, { incomplete }));
        await res.arrayBuffer();
        const trackingNumber = /\/staff\/requests\/([A-Z0-9-]+)$/.exec(res.headers.get("location") ?? "")?.[1];
        return { server, key, status: res.status, trackingNumber };
      } catch {
        return { server, key, status: "error" };
      }
    };
    const fileOnline = async (server: number, draft: ReadyDraft): Promise<Filing> => {
      try {
        const res = await submitDraft(servers[server].base, draft);
        await res.arrayBuffer();
        return { server, key: draft.key, status: res.headers.get("location")?.endsWith("/done") ? res.status : -1 };
      } catch {
        return { server, key: draft.key, status: "error" };
      }
    };
    const jobs: Promise<Filing>[] = [
      ...counter.map((c) => fileCounter(c.server, c.cookie, c.key, c.incomplete)),
      ...drafts.map((d, i) => fileOnline((i + 1) % 2, d)),
      ...doubled.flatMap((d) => [fileCounter(0, d.cookie, d.key), fileCounter(1, d.cookie, d.key)]),
    ];
    const outcomes = await Promise.all(jobs);
    // Every filing was acknowledged: nothing refused, nothing lost.
    expect(outcomes.filter((o) => o.status !== 302).map((o) => `${o.server}:${o.status}`)).toEqual([]);
    const counterOutcomes = outcomes.filter((o) => o.trackingNumber);
    expect(counterOutcomes).toHaveLength(160 + 40);

    const check = sql(db.url);
    try {
      for (const o of counterOutcomes) {
        const rows = await check.rows<{ trackingNumber: string }>(`SELECT "trackingNumber" FROM "Request" WHERE "idempotencyKey" = ?`, [o.key]);
        expect(rows.map((r) => r.trackingNumber), o.key).toEqual([o.trackingNumber]);
      }
      // The double clicks: both servers answered with the same number, and one request exists.
      for (const d of doubled) {
        const numbers = new Set(counterOutcomes.filter((o) => o.key === d.key).map((o) => o.trackingNumber));
        expect(numbers.size, d.key).toBe(1);
      }
      const online = await check.rows<{ n: number | string }>(`SELECT count(*) AS "n" FROM "ApplicationDraft" a JOIN "Request" r ON r."trackingNumber" = a."trackingNumber" WHERE a."trackingNumber" IS NOT NULL`);
      expect(Number(online[0].n)).toBe(60);
      const [{ n: total }] = await check.rows<{ n: number | string }>(`SELECT count(*) AS "n" FROM "Request"`);
      expect(Number(total)).toBe(160 + 60 + 20);
      const [{ n: distinct }] = await check.rows<{ n: number | string }>(`SELECT count(DISTINCT "trackingNumber") AS "n" FROM "Request"`);
      expect(Number(distinct)).toBe(Number(total));
      // Gap-free per series: wholeness checks each TrackingSequence against the numbers issued.
      const series = await check.rows<{ serviceCenterCode: string; next: number }>(`SELECT "serviceCenterCode", "next" FROM "TrackingSequence" ORDER BY 1`);
      expect(series.map((s) => s.serviceCenterCode)).toEqual(["BKK01", "NBI01", "ONLINE"]);
      expect(await wholenessProblems(check, db.uploads)).toEqual({});

      // ---- the sweep in both processes at the same moment --------------------------------------
      writeFileSync(clock, LATER);
      await Promise.all(servers.map((s) => s.stop()));
      servers = await start("60");
      const incomplete = counter.filter((c) => c.incomplete).length;
      let lines: { abandoned: number; delayNotices: number }[][] = [];
      // Each creates hundreds of notices, competing with the other for the same rows: allow time.
      for (let i = 0; i < 1200; i++) {
        lines = logs.map(sweepLines);
        if (lines.every((l) => l.length >= 1)) break;
        await sleep(100);
      }
      expect(lines.map((l) => l.length)).toEqual([1, 1]);
      const firstRuns = lines.map((l) => l[0]);
      // Between them the two runs abandoned each uncured request once (R8.4).
      expect(firstRuns[0].abandoned + firstRuns[1].abandoned).toBe(incomplete);
      const abandonedEvents = await check.rows<{ requestId: string; n: number | string }>(`SELECT "requestId", count(*) AS "n" FROM "RequestEvent" WHERE "type" = 'abandoned' GROUP BY "requestId"`);
      expect(abandonedEvents).toHaveLength(incomplete);
      expect(abandonedEvents.every((e) => Number(e.n) === 1)).toBe(true);
      const abandonmentNotices = await check.rows<{ n: number | string }>(`SELECT count(*) AS "n" FROM "Notice" WHERE "kind" = 'abandonment'`);
      expect(Number(abandonmentNotices[0].n)).toBe(incomplete);
      // Every delay notice the two runs created is a row, and no period of any request twice (R10.3).
      const delay = async () => Number((await check.rows<{ n: number | string }>(`SELECT count(*) AS "n" FROM "Notice" WHERE "kind" = 'delay'`))[0].n);
      const afterServers = await delay();
      expect(afterServers).toBeGreaterThan(0);
      expect(firstRuns[0].delayNotices + firstRuns[1].delayNotices).toBe(afterServers);
      const twice = await check.rows(`SELECT "requestId", "period" FROM "Notice" WHERE "kind" = 'delay' GROUP BY "requestId", "period" HAVING count(*) > 1`);
      expect(twice).toEqual([]);

      // ---- two `npm run sweep` at the same moment, a week later -----------------------------
      const cli = (iso: string) =>
        run("bash", ["tests/tools/with-env.sh", "tsx", "app/jobs/run-sweep.ts"], { env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", APP_NOW: iso } });
      const same = await Promise.all([cli(LATER), cli(LATER)]);
      for (const r of same) expect(r.stdout).toMatch(/^sweep 2026-05-07: 0 abandoned; 0 delay notice\(s\) created/m);
      const week = await Promise.all([cli(EVEN_LATER), cli(EVEN_LATER)]);
      const made = week.map((r) => Number(/(\d+) delay notice\(s\) created/.exec(r.stdout)?.[1]));
      expect(made[0] + made[1]).toBe((await delay()) - afterServers);
      expect(made[0] + made[1]).toBeGreaterThan(0);
      expect(await check.rows(`SELECT "requestId", "period" FROM "Notice" WHERE "kind" = 'delay' GROUP BY "requestId", "period" HAVING count(*) > 1`)).toEqual([]);

      // Every history chain is whole after all of it (O1, decision 0013).
      const verify = await run("bash", ["tests/tools/with-env.sh", "tsx", "app/jobs/verify-audit.ts"], { env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test" } });
      expect(verify.stdout).toMatch(/ 0 broken$/m);
      console.info(
        `[several] 2 servers, ${outcomes.length} filings at once (160 counter, 60 online, 20 doubled across servers): all acknowledged, ${total} requests, numbers unique and gap-free; ` +
          `sweeps at one moment: abandoned ${firstRuns.map((r) => r.abandoned).join(" + ")}, delay notices ${firstRuns.map((r) => r.delayNotices).join(" + ")}; CLI pair a week later ${made.join(" + ")}`,
      );
    } finally {
      check.close();
    }
  }, 300_000);
});
