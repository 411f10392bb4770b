// A million synthetic requests for the benchmarks (npm run bench, npm run bench:million), in a
// SQLite file or a PostgreSQL database: migrated and loaded with the demo content
// (prepare-db.sh), then BENCH_ROWS requests over the two years up to today. The applicants are
// obviously fake (IDs starting with 0, which no Thai ID does; "Bench Applicant n"); dates,
// statuses, channels and centers follow a plausible spread, with about 3% of requests open
// past their due date. One generator, two writers: the rows are the same on both databases.
// A database that already has enough rows is reused (only its pending migrations are applied):
// generating takes a minute or two, measuring a few seconds. BENCH_FRESH=1 builds it again.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import Database from "libsql";
import pg from "pg";
import { addDays, buildWorkCalendar, toBangkokDate, type Holiday, type WorkCalendar } from "../../app/domain/calendar";
import { formatTrackingNumber } from "../../app/domain/requests/tracking-number";
import { random } from "./random";

type PermitRow = { id: string; slug: string; agencyId: string; versionId: string; totalValue: number; totalUnit: string; popularity: number; online: number };
type Value = string | null;

// The columns each row sets, in order; the rest are constants (below) or the schema's defaults.
const COLUMNS = [
  "id", "trackingNumber", "permitId", "manualVersionId", "agencyId", "channel", "serviceCenterId", "applicantId", "applicantName",
  "status", "receivedAt", "receivedOn", "completeOn", "dueDate", "decidedOn", "decision", "decisionReasons",
  "resultNoticeDueOn", "resultNotifiedOn", "abandonedOn", "withdrawnOn", "createdAt",
] as const;
const TIMESTAMPS = new Set<string>(["receivedAt", "createdAt"]);
const TIMESTAMP_AT = new Set(COLUMNS.flatMap((c, i) => (TIMESTAMPS.has(c) ? [i] : [])));
const CONSTANTS: Record<string, string> = { applicantType: "person", applicantPhone: "0000000000", applicantEmail: "", applicantAddress: "Bench Road, Bangkok", preferredLanguage: "th" };
const BATCH = 10_000;

/** What the generator needs from a database, and how it writes there. */
interface Writer {
  all<T>(sql: string): Promise<T[]>;
  /** Drops the Request table's secondary indexes for the load; returns how to make them again. */
  dropIndexes(): Promise<string[]>;
  insert(rows: Value[][]): Promise<void>;
  exec(sql: string, params?: (string | number)[]): Promise<void>;
  finish(indexes: string[]): Promise<void>;
}

const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(", ");
const SEQUENCE_UPSERT = `INSERT INTO "TrackingSequence" ("serviceCenterCode", "buddhistYear", "next") VALUES ($1, $2, $3)
  ON CONFLICT ("serviceCenterCode", "buddhistYear") DO UPDATE SET "next" = excluded."next"`;

function sqliteWriter(file: string): Writer & { close(): void } {
  const db = new Database(file);
  db.prepare("PRAGMA journal_mode = WAL").get();
  db.exec("PRAGMA synchronous = OFF");
  const names = [...COLUMNS, ...Object.keys(CONSTANTS)];
  const insert = db.prepare(`INSERT INTO "Request" (${quoted(names)}) VALUES (${names.map(() => "?").join(", ")})`);
  const constants = Object.values(CONSTANTS);
  return {
    all: async <T>(sql: string) => db.prepare(sql).all() as T[],
    async dropIndexes() {
      // Their definitions come from the migrated schema; rebuilt once after the load, which is
      // much faster than maintaining eight b-trees row by row.
      const indexes = db.prepare(`SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = 'Request' AND "sql" IS NOT NULL`).all() as { name: string; sql: string }[];
      db.exec("BEGIN");
      for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
      return indexes.map((i) => i.sql);
    },
    async insert(rows) {
      // Timestamps as the libSQL adapter writes them (an offset, not "Z").
      for (const row of rows) insert.run(...row.map((v, i) => (v && TIMESTAMP_AT.has(i) ? v.replace("Z", "+00:00") : v)), ...constants);
    },
    async exec(sql, params = []) {
      db.prepare(sql.replace(/\$\d+/g, "?")).run(...params);
    },
    async finish(indexes) {
      db.exec("COMMIT");
      // No ANALYZE: the application never runs it on SQLite, so the planner here sees what a
      // deployment's does.
      for (const sql of indexes) db.exec(sql);
      db.prepare("PRAGMA wal_checkpoint(TRUNCATE)").get();
    },
    close: () => db.close(),
  };
}

async function postgresWriter(url: string): Promise<Writer & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A bulk load of rows that are consistent by construction: no foreign-key triggers per row.
  await client.query("SET session_replication_role = replica");
  await client.query("SET maintenance_work_mem = '256MB'");
  const names = [...COLUMNS, ...Object.keys(CONSTANTS)];
  // One statement per batch: each column is one array parameter, unnested into rows.
  const select = [
    ...COLUMNS.map((c, i) => (TIMESTAMPS.has(c) ? `"c${i}"::timestamp(3)` : `"c${i}"`)),
    ...Object.keys(CONSTANTS).map((_, i) => `$${COLUMNS.length + 1 + i}::text`),
  ].join(", ");
  const arrays = COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = COLUMNS.map((_, i) => `"c${i}"`).join(", ");
  const insert = `INSERT INTO "Request" (${quoted(names)}) SELECT ${select} FROM unnest(${arrays}) AS t(${aliases})`;
  return {
    all: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    async dropIndexes() {
      const { rows } = await client.query<{ indexname: string; indexdef: string }>(
        `SELECT "indexname", "indexdef" FROM "pg_indexes" WHERE "tablename" = 'Request' AND "indexname" <> 'Request_pkey'`,
      );
      await client.query("BEGIN");
      for (const i of rows) await client.query(`DROP INDEX "${i.indexname}"`);
      return rows.map((i) => i.indexdef);
    },
    async insert(rows) {
      const columns = COLUMNS.map((_, i) => rows.map((r) => r[i]));
      await client.query(insert, [...columns, ...Object.values(CONSTANTS)]);
    },
    async exec(sql, params = []) {
      await client.query(sql, params);
    },
    async finish(indexes) {
      await client.query("COMMIT");
      for (const sql of indexes) await client.query(sql);
      // What autovacuum would do soon after a load this size; the planner needs the statistics.
      await client.query(`ANALYZE "Request"`);
    },
    close: () => client.end(),
  };
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

async function generate(db: Writer, rows: number, today: string) {
  const rand = random(2569);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const permits = (
    await db.all<PermitRow>(
      `SELECT p."id", p."slug", p."agencyId", p."popularity", v."id" AS "versionId", v."totalValue", v."totalUnit",
         (SELECT COUNT(*) FROM "ManualChannel" c WHERE c."versionId" = v."id" AND c."kind" = 'online') AS "online"
       FROM "Permit" p JOIN "ManualVersion" v ON v."id" = p."currentVersionId" ORDER BY p."slug"`,
    )
  ).map((p) => ({ ...p, totalValue: Number(p.totalValue), popularity: Number(p.popularity), online: Number(p.online) }));
  const centersOf = new Map<string, { id: string; code: string }[]>();
  for (const row of await db.all<{ permitId: string; id: string; code: string }>(
    `SELECT ps."permitId", s."id", s."code" FROM "PermitServiceCenter" ps JOIN "ServiceCenter" s ON s."id" = ps."serviceCenterId" ORDER BY s."code"`,
  )) {
    centersOf.set(row.permitId, [...(centersOf.get(row.permitId) ?? []), { id: row.id, code: row.code }]);
  }
  const calendar = buildWorkCalendar(await db.all<Holiday>(`SELECT "date", "nameTh", "nameEn", "kind" FROM "Holiday" ORDER BY "date"`));

  // Each permit has its own pace and its own share of late decisions, so charts have a shape.
  const weights = permits.map((p) => Math.max(1, p.popularity));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const lateRate = new Map(permits.map((p) => [p.id, 0.03 + rand() * 0.22]));
  const pickPermit = () => {
    let x = rand() * totalWeight;
    for (let i = 0; i < permits.length; i++) if ((x -= weights[i]) < 0) return permits[i];
    return permits[permits.length - 1];
  };

  const days: string[] = [];
  for (let d = addDays(today, -730); d <= today; d = addDays(d, 1)) days.push(d);
  // Counters close at weekends and on holidays; online requests still come in, fewer.
  const dayWeights = days.map((d) => (calendar.isWorkingDay(d) ? 1 : 0.12));
  const dayWeightSum = dayWeights.reduce((a, b) => a + b, 0);

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
  let batch: Value[][] = [];
  const indexes = await db.dropIndexes();
  const started = performance.now();
  for (let di = 0; di < days.length; di++) {
    const receivedOn = days[di];
    const working = dayWeights[di] === 1;
    const quota = di === days.length - 1 ? rows - written : Math.round((rows * dayWeights[di]) / dayWeightSum);
    for (let k = 0; k < quota && written < rows; k++) {
      const permit = pickPermit();
      const centers = centersOf.get(permit.id) ?? [];
      const online = permit.online > 0 && (!working || centers.length === 0 || rand() < 0.3);
      const center = online ? null : centers.length ? pick(centers) : null;
      const series = online ? "ONLINE" : (center?.code ?? "ONLINE");
      const minute = online ? between(0, 24 * 60 - 1) : between(8 * 60 + 30, 16 * 60 + 29);
      const receivedAt = new Date(Date.parse(`${receivedOn}T00:00:00+07:00`) + minute * 60_000).toISOString();

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
      batch.push([
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
      ]);
      if (batch.length === BATCH) {
        await db.insert(batch);
        batch = [];
      }
    }
  }
  if (batch.length) await db.insert(batch);
  // Intake on this database continues the numbering instead of colliding with it.
  for (const [key, last] of sequences) {
    const [series, year] = key.split("|");
    await db.exec(SEQUENCE_UPSERT, [series, Number(year), last + 1]);
  }
  const inserted = performance.now();
  await db.finish(indexes);
  const indexed = performance.now();
  console.log(`  ${written.toLocaleString("en")} requests from ${days[0]} to ${today}; ${overdueOpen.toLocaleString("en")} open past their due date (${((overdueOpen / written) * 100).toFixed(1)}%)`);
  console.log(`  insert ${((inserted - started) / 1000).toFixed(1)} s (${Math.round(written / ((inserted - started) / 1000)).toLocaleString("en")} rows/s), ${indexes.length} indexes and statistics ${((indexed - inserted) / 1000).toFixed(1)} s`);
}

const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

async function countRequests(url: string): Promise<number> {
  try {
    if (isPostgres(url)) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return Number((await client.query(`SELECT COUNT(*) AS "n" FROM "Request"`)).rows[0].n);
      } finally {
        await client.end();
      }
    }
    const file = url.slice("file:".length);
    if (!existsSync(file)) return 0;
    const db = new Database(file, { readonly: true });
    try {
      return Number((db.prepare(`SELECT COUNT(*) AS "n" FROM "Request"`).get() as { n: number | bigint }).n);
    } finally {
      db.close();
    }
  } catch {
    return 0; // no such database, or not migrated yet
  }
}

/** Makes sure the database at url holds at least `rows` requests; `now` is when "today" is. */
export async function ensureMillion(url: string, rows: number, now: Date): Promise<void> {
  const env = { ...process.env, DATABASE_URL: url };
  if (process.env.BENCH_FRESH !== "1" && (await countRequests(url)) >= rows) {
    execFileSync("bash", ["tests/tools/with-env.sh", "tsx", "prisma/tools/deploy.ts"], { env, stdio: "ignore" });
    console.log(`  ${url}: reusing its ${rows.toLocaleString("en")}+ requests (BENCH_FRESH=1 builds it again)`);
    return;
  }
  console.log(`  ${url}: building ${rows.toLocaleString("en")} requests…`);
  const t0 = performance.now();
  execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], { env, stdio: "ignore" });
  const t1 = performance.now();
  const today = toBangkokDate(now);
  if (isPostgres(url)) {
    const db = await postgresWriter(url);
    try {
      await generate(db, rows, today);
    } finally {
      await db.close();
    }
  } else {
    const db = sqliteWriter(url.slice("file:".length));
    try {
      await generate(db, rows, today);
    } finally {
      db.close();
    }
  }
  console.log(`  demo content ${((t1 - t0) / 1000).toFixed(1)} s; requests ${((performance.now() - t1) / 1000).toFixed(1)} s`);
}
