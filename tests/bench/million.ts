// npx tsx tests/bench/million.ts — the statistics API and a supervisor's list at a million
// requests (issue #6, "Scale and speed"; target p95 ≤ 300 ms at 10 connections).
//  1. .data/bench-million.db: migrated and loaded with the demo content (prepare-db.sh), then
//     BENCH_ROWS (1,000,000) synthetic requests over the two years up to today, written in one
//     transaction through one prepared INSERT. The applicants are obviously fake (IDs starting
//     with 0, which no Thai ID does; "Bench Applicant n"); dates, statuses, channels and centers
//     follow a plausible spread, with about 3% of requests open past their due date.
//  2. The production build (npm run build first) served on it, and autocannon on loopback.
// BENCH_SEED_ONLY=1 only builds the database; BENCH_REUSE=1 keeps one that already has enough
// rows (measure again without reloading). Bounded in time; never part of npm test.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import Database from "libsql";
import { addDays, buildWorkCalendar, toBangkokDate, type Holiday, type WorkCalendar } from "../../app/domain/calendar";
import { formatTrackingNumber } from "../../app/domain/requests/tracking-number";
import { measure, type LoadResult } from "./load";
import { startServer } from "./serve";
import { random } from "./random";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3211);
const FILE = ".data/bench-million.db";
const DATABASE_URL = `file:${FILE}`;

const rand = random(2569);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

type PermitRow = { id: string; slug: string; agencyId: string; versionId: string; totalValue: number; totalUnit: string; popularity: number; online: number };

function countRows(db: Database.Database): number {
  return Number((db.prepare(`SELECT COUNT(*) AS "n" FROM "Request"`).get() as { n: number | bigint }).n);
}

function dueDateOf(completeOn: string, p: PermitRow, calendar: WorkCalendar): string {
  switch (p.totalUnit) {
    case "working_days":
      return calendar.addWorkingDays(completeOn, p.totalValue);
    case "calendar_days":
      return calendar.addCalendarDays(completeOn, p.totalValue);
    default:
      // Minutes and hours run out on the day of completion or the next working day (T5).
      return calendar.rollForward(completeOn);
  }
}

function seedRequests(): number {
  const db = new Database(FILE);
  db.prepare("PRAGMA journal_mode = WAL").get();
  db.exec("PRAGMA synchronous = OFF");
  const permits = db
    .prepare(
      `SELECT p."id", p."slug", p."agencyId", p."popularity", v."id" AS "versionId", v."totalValue", v."totalUnit",
         (SELECT COUNT(*) FROM "ManualChannel" c WHERE c."versionId" = v."id" AND c."kind" = 'online') AS "online"
       FROM "Permit" p JOIN "ManualVersion" v ON v."id" = p."currentVersionId" ORDER BY p."slug"`,
    )
    .all() as PermitRow[];
  const centersOf = new Map<string, { id: string; code: string }[]>();
  for (const row of db
    .prepare(`SELECT ps."permitId", s."id", s."code" FROM "PermitServiceCenter" ps JOIN "ServiceCenter" s ON s."id" = ps."serviceCenterId"`)
    .all() as { permitId: string; id: string; code: string }[]) {
    centersOf.set(row.permitId, [...(centersOf.get(row.permitId) ?? []), { id: row.id, code: row.code }]);
  }
  const holidays = db.prepare(`SELECT "date", "nameTh", "nameEn", "kind" FROM "Holiday"`).all() as Holiday[];
  const calendar = buildWorkCalendar(holidays);

  // Each permit has its own pace and its own share of late decisions, so charts have a shape.
  const weights = permits.map((p) => Math.max(1, Number(p.popularity)));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const lateRate = new Map(permits.map((p) => [p.id, 0.03 + rand() * 0.22]));
  const pickPermit = () => {
    let x = rand() * totalWeight;
    for (let i = 0; i < permits.length; i++) if ((x -= weights[i]) < 0) return permits[i];
    return permits[permits.length - 1];
  };

  const today = toBangkokDate(new Date());
  const days: string[] = [];
  for (let d = addDays(today, -730); d <= today; d = addDays(d, 1)) days.push(d);
  // Counters close at weekends and on holidays; online requests still come in, fewer.
  const dayWeights = days.map((d) => (calendar.isWorkingDay(d) ? 1 : 0.12));
  const dayWeightSum = dayWeights.reduce((a, b) => a + b, 0);

  // Secondary indexes are dropped for the load and rebuilt once after it (much faster than
  // maintaining eight b-trees row by row); their definitions come from the migrated schema.
  const indexes = db
    .prepare(`SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = 'Request' AND "sql" IS NOT NULL`)
    .all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);

  const insert = db.prepare(`INSERT INTO "Request" ("id", "trackingNumber", "permitId", "manualVersionId", "agencyId", "channel", "serviceCenterId",
    "applicantType", "applicantId", "applicantName", "applicantPhone", "applicantEmail", "applicantAddress", "preferredLanguage", "noticesByEmail",
    "status", "receivedAt", "receivedOn", "completeOn", "dueDate", "currentStep", "decidedOn", "decision", "decisionReasons", "appealInfo",
    "resultNoticeDueOn", "resultNotifiedOn", "abandonedOn", "withdrawnOn", "idempotencyKey", "createdById", "createdAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, 'person', ?, ?, '0000000000', '', 'Bench Road, Bangkok', 'th', 0,
    ?, ?, ?, ?, ?, NULL, ?, ?, ?, '', ?, ?, ?, ?, NULL, NULL, ?)`);

  const sequences = new Map<string, number>();
  const nextTrackingNumber = (series: string, day: string) => {
    const year = Number(day.slice(0, 4)) + 543;
    const key = `${series}|${year}`;
    for (;;) {
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      const number = formatTrackingNumber({ center: series, buddhistYear: year, sequence });
      if (number) return number;
    }
  };

  let written = 0;
  let overdueOpen = 0;
  const started = performance.now();
  db.exec("BEGIN");
  for (let di = 0; di < days.length; di++) {
    const receivedOn = days[di];
    const working = dayWeights[di] === 1;
    const quota = di === days.length - 1 ? ROWS - written : Math.round((ROWS * dayWeights[di]) / dayWeightSum);
    for (let k = 0; k < quota && written < ROWS; k++) {
      const permit = pickPermit();
      const centers = centersOf.get(permit.id) ?? [];
      const online = permit.online > 0 && (!working || centers.length === 0 || rand() < 0.3);
      const center = online ? null : centers.length ? pick(centers) : null;
      const series = online ? "ONLINE" : (center?.code ?? "ONLINE");
      const minute = online ? between(0, 24 * 60 - 1) : between(8 * 60 + 30, 16 * 60 + 29);
      const receivedAt = new Date(Date.parse(`${receivedOn}T00:00:00+07:00`) + minute * 60_000).toISOString().replace("Z", "+00:00");

      let status = "in_review";
      let completeOn: string | null = null;
      let dueDate: string | null = null;
      let decidedOn: string | null = null;
      let decision: string | null = null;
      let resultNoticeDueOn: string | null = null;
      let resultNotifiedOn: string | null = null;
      let abandonedOn: string | null = null;
      let withdrawnOn: string | null = null;
      const u = rand();
      if (online && receivedOn >= addDays(today, -1) && u < 0.5) {
        status = "submitted";
      } else if (u < 0.03) {
        status = "withdrawn";
        const on = addDays(receivedOn, between(1, 5));
        withdrawnOn = on <= today ? on : today;
      } else if (u < 0.06) {
        const on = addDays(receivedOn, between(8, 16));
        if (on <= today) {
          status = "abandoned";
          abandonedOn = on;
        } else status = "incomplete";
      } else {
        const complete = rand() < 0.85 ? receivedOn : calendar.addWorkingDays(receivedOn, between(1, 8));
        if (complete > today) status = "incomplete";
        else {
          completeOn = complete;
          dueDate = dueDateOf(complete, permit, calendar);
          const stuck = dueDate < today && rand() < 0.031;
          let decideOn: string;
          if (rand() >= lateRate.get(permit.id)!) {
            const span = Math.max(0, calendar.countWorkingDays(complete, dueDate));
            const d = between(Math.floor(span * 0.2), span);
            decideOn = d === 0 ? (calendar.isWorkingDay(complete) ? complete : dueDate) : calendar.addWorkingDays(complete, d);
          } else {
            decideOn = calendar.addWorkingDays(dueDate, 1 + Math.floor(rand() * rand() * 25));
          }
          if (stuck || decideOn > today) {
            status = rand() < 0.7 ? "in_review" : "accepted";
            if (dueDate < today) overdueOpen++;
          } else {
            decidedOn = decideOn;
            decision = rand() < 0.92 ? "approved" : "refused";
            resultNoticeDueOn = calendar.addCalendarDays(decideOn, 7);
            const notified = addDays(decideOn, between(0, 6));
            if (notified <= today) {
              status = "notified";
              resultNotifiedOn = notified;
            } else status = decision;
          }
        }
      }
      written++;
      insert.run(
        `bench${String(written).padStart(8, "0")}`,
        nextTrackingNumber(series, receivedOn),
        permit.id,
        permit.versionId,
        permit.agencyId,
        online ? "online" : "counter",
        center?.id ?? null,
        `0${String(written).padStart(12, "0")}`,
        `Bench Applicant ${written}`,
        status,
        receivedAt,
        receivedOn,
        completeOn,
        dueDate,
        decidedOn,
        decision,
        decision === "refused" ? "Synthetic benchmark refusal." : "",
        resultNoticeDueOn,
        resultNotifiedOn,
        abandonedOn,
        withdrawnOn,
        receivedAt,
      );
    }
  }
  // Intake on this database continues the numbering instead of colliding with it.
  const sequence = db.prepare(
    `INSERT INTO "TrackingSequence" ("serviceCenterCode", "buddhistYear", "next") VALUES (?, ?, ?)
     ON CONFLICT ("serviceCenterCode", "buddhistYear") DO UPDATE SET "next" = excluded."next"`,
  );
  for (const [key, last] of sequences) {
    const [series, year] = key.split("|");
    sequence.run(series, Number(year), last + 1);
  }
  db.exec("COMMIT");
  const inserted = performance.now();
  for (const i of indexes) db.exec(i.sql);
  db.prepare("PRAGMA wal_checkpoint(TRUNCATE)").get();
  db.close();
  const indexed = performance.now();
  console.log(`  ${written.toLocaleString("en")} requests from ${days[0]} to ${today}; ${overdueOpen.toLocaleString("en")} open past their due date (${((overdueOpen / written) * 100).toFixed(1)}%)`);
  console.log(`  insert ${((inserted - started) / 1000).toFixed(1)} s (${Math.round(written / ((inserted - started) / 1000)).toLocaleString("en")} rows/s), ${indexes.length} indexes ${((indexed - inserted) / 1000).toFixed(1)} s`);
  return written;
}

// One bounded autocannon run with extra headers (a session cookie); same percentiles as load.ts.
async function measureWithHeaders(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { rps: result.requests.average, p95: at(0.95), p50: at(0.5), errors: result.errors + result.timeouts, non2xx: result.non2xx, bytes: result.throughput.average };
}

async function timed(url: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  const res = await fetch(url, { headers, redirect: "manual" });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

const seedOnly = process.env.BENCH_SEED_ONLY === "1";
if (!seedOnly && !existsSync("build/server/index.js")) throw new Error("No production build: run npm run build first");
console.log(`Anuyat million-request benchmark (${FILE})`);
const reuse = process.env.BENCH_REUSE === "1" && existsSync(FILE) && countRows(new Database(FILE, { readonly: true })) >= ROWS;
if (reuse) {
  console.log("  reusing the existing database (BENCH_REUSE=1)");
} else {
  const t0 = performance.now();
  execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], { env: { ...process.env, DATABASE_URL }, stdio: "ignore" });
  const t1 = performance.now();
  seedRequests();
  const t2 = performance.now();
  console.log(`  demo content ${((t1 - t0) / 1000).toFixed(1)} s; requests and indexes ${((t2 - t1) / 1000).toFixed(1)} s`);
}

if (seedOnly) process.exit(0);
const server = await startServer({ port: PORT, databaseUrl: DATABASE_URL, prepare: false });
const rows: string[] = [];
try {
  const labels = await (await fetch(`${server.base}/api/v1/permits`)).json();
  const slug: string = (labels as { slug: string }[]).find((p) => p.slug === "commercial-registration")?.slug ?? (labels as { slug: string }[])[0].slug;

  const signIn = await fetch(`${server.base}/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ email: "supervisor@bkk01.demo", password: "anuyat-demo-2569", redirectTo: "/staff" }),
    redirect: "manual",
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`supervisor sign-in failed: ${signIn.status}`);
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
    const r = t.headers ? await measureWithHeaders(server.base + t.path, t.headers, 10, SECONDS) : await measure(server.base + t.path, 10, SECONDS);
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
console.log(`\n${SECONDS}s per run, 10 connections, loopback, production build, SQLite, ${ROWS.toLocaleString("en")} requests`);
console.log(`${"target".padEnd(44)} | code | 1st ms |  req/s | p50 ms | p95 ms |  err | p95 ≤ 300 ms`);
for (const r of rows) console.log(r);
