// npx tsx tests/bench/search.ts — the catalogue search at SEARCH_MANUALS (10,000) synthetic
// published manuals, on the trigram index and by a full scan (decision 0018).
//   SQLite (default): .data/bench-search.db
//   PostgreSQL:       BENCH_DATABASE_URL=postgresql://…/anuyat_bench_search (dropped and made again)
// 1. A fresh database (migrations + demo content), then synthetic permits, each with one
//    published version in force and a third of them with an earlier published one too. Their
//    search texts are built like the seed's: a title (Thai and English) from a weighted list
//    of subjects, an agency, and laws and documents drawn from the demo manuals' own lines.
// 2. For each query: the application's statement (findPublishedPermitIds, on the index); the
//    same question answered by a scan (SQLite: instr() over the versions in force, which is
//    also what the application does when every term is shorter than 3 characters; PostgreSQL:
//    the same statement with bitmap scans turned off, so a Seq Scan); the
//    whole use case (searchCatalogue, catalogue cached); and the pre-index way (the JS
//    substring test over the cached catalogue). Median and p95 of SEARCH_RUNS (30) runs.
// Prints numbers; never part of npm test. SEARCH_REUSE=1 measures an existing database again.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import Database from "libsql";
import { buildSearchText, matchesAllTerms, searchTerms } from "../../app/domain/catalogue/search-text";
import { random } from "./random";

const MANUALS = Number(process.env.SEARCH_MANUALS ?? 10_000);
const RUNS = Number(process.env.SEARCH_RUNS ?? 30);
const TARGET = process.env.BENCH_DATABASE_URL ?? "file:.data/bench-search.db";
const IS_PG = /^postgres(ql)?:\/\//.test(TARGET);
const REUSE = process.env.SEARCH_REUSE === "1";
process.env.DATABASE_URL = TARGET;

const rand = random(2558);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];

// [Thai, English, weight]: a few subjects are common, most are rare.
const SUBJECTS: [string, string, number][] = [
  ["สถานที่จำหน่ายอาหาร", "food premises", 120],
  ["อาคารพาณิชย์", "commercial building", 80],
  ["ป้ายโฆษณา", "billboard", 60],
  ["โรงงานแปรรูปไม้", "sawmill", 30],
  ["สถานพยาบาลสัตว์", "veterinary clinic", 8],
  ["ร้านขายยาแผนโบราณ", "traditional medicine shop", 12],
  ["การเลี้ยงผึ้ง", "beekeeping", 2],
  ["ท่าเทียบเรือ", "pier", 5],
  ["สถานบริการน้ำมันเชื้อเพลิง", "fuel station", 20],
  ["การขุดดินและถมดิน", "excavation and land filling", 25],
  ["โรงแรม", "hotel", 40],
  ["ร้านทำผม", "hair salon", 30],
  ["ตลาดนัด", "open-air market", 35],
  ["การเล่นแร่แปรธาตุ", "alchemy", 1],
];
const FORMS: [string, string][] = [
  ["ใบอนุญาต", "licence for"],
  ["หนังสือรับรองการแจ้ง", "notification certificate for"],
  ["การจดทะเบียน", "registration of"],
  ["การต่ออายุใบอนุญาต", "renewal of the licence for"],
];
const KINDS = ["licence", "notification", "registration", "licence"];
const weighted = SUBJECTS.flatMap((s) => Array<typeof s>(s[2]).fill(s));

// The queries: what a visitor might type, from rare to everywhere.
const QUERIES = ["การเลี้ยงผึ้ง", "สถานพยาบาลสัตว์", "อาหาร", "Veterinary", "ป้ายโฆษณา billboard", "ก่อสร้าง", "ใบ", "ไม่มีคำนี้เลย"];

const ms = (n: number) => n.toFixed(2).padStart(8);
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
}
// The ways of answering one query are timed in turns (a, b, c, d, a, b, …) so that other load
// on the machine falls on all of them alike.
async function timeInTurns(works: (() => Promise<unknown> | unknown)[]): Promise<{ p50: number; p95: number }[]> {
  for (const work of works) await work(); // warm
  const samples = works.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, work] of works.entries()) {
      const t0 = performance.now();
      await work();
      samples[k].push(performance.now() - t0);
    }
  }
  return samples.map(stats);
}

type Synthetic = { id: string; slug: string; kind: string; agencyId: string; popularity: number; versions: { id: string; version: number; nameTh: string; nameEn: string; searchText: string }[] };

function synthesize(agencies: { id: string; nameTh: string; nameEn: string }[], lines: string[]): Synthetic[] {
  const out: Synthetic[] = [];
  for (let i = 1; i <= MANUALS; i++) {
    const [subjectTh, subjectEn] = pick(weighted);
    const [formTh, formEn] = pick(FORMS);
    const agency = pick(agencies);
    const versions = [];
    const count = rand() < 1 / 3 ? 2 : 1;
    for (let v = 1; v <= count; v++) {
      const nameTh = `${formTh}${subjectTh} (ชุดทดสอบ ${i})`;
      const nameEn = `${formEn} ${subjectEn} (bench set ${i})`;
      const parts = [nameTh, nameEn, agency.nameTh, agency.nameEn, ...Array.from({ length: 10 + Math.floor(rand() * 20) }, () => pick(lines))];
      versions.push({ id: `bench-v-${i}-${v}`, version: v, nameTh, nameEn, searchText: buildSearchText(parts) });
    }
    out.push({ id: `bench-p-${i}`, slug: `bench-${String(i).padStart(5, "0")}`, kind: pick(KINDS), agencyId: agency.id, popularity: Math.floor(rand() * 1000), versions });
  }
  return out;
}

// The demo content in a fixed order (ids are random), so both databases get the same manuals.
const AGENCIES = `SELECT "id", "nameTh", "nameEn" FROM "Agency" ORDER BY "code"`;
const DEMO_TEXTS = `SELECT v."searchText" FROM "ManualVersion" v JOIN "Permit" p ON p."id" = v."permitId" ORDER BY p."slug", v."version"`;
const VERSION_COLUMNS = `"id", "permitId", "version", "status", "publishedAt", "nameTh", "nameEn", "serviceType", "impactLevel", "serviceArea", "timeLawTh", "timeLawEn", "referenceName", "criteriaTh", "criteriaEn", "totalValue", "totalUnit", "searchText"`;
const versionValues = (p: Synthetic, v: Synthetic["versions"][number], at: Date | string) =>
  [v.id, p.id, v.version, "published", at, v.nameTh, v.nameEn, "single_agency", "general", "local", "", "", p.slug, "", "", 15, "working_days", v.searchText] as const;

async function loadSqlite(file: string) {
  const db = new Database(file);
  const agencies = db.prepare(AGENCIES).all() as { id: string; nameTh: string; nameEn: string }[];
  const lines = (db.prepare(DEMO_TEXTS).all() as { searchText: string }[]).flatMap((r) => r.searchText.split("\n").slice(4));
  const permits = synthesize(agencies, lines);
  // Prisma's SQLite text form of a DateTime.
  const at = new Date("2026-01-15T09:00:00+07:00").toISOString().replace("Z", "+00:00");
  const insertPermit = db.prepare(`INSERT INTO "Permit" ("id", "slug", "kind", "category", "agencyId", "popularity", "updatedAt") VALUES (?, ?, ?, 'commerce', ?, ?, ?)`);
  const insertVersion = db.prepare(`INSERT INTO "ManualVersion" (${VERSION_COLUMNS}) VALUES (${VERSION_COLUMNS.split(",").map(() => "?").join(", ")})`);
  const setCurrent = db.prepare(`UPDATE "Permit" SET "currentVersionId" = ? WHERE "id" = ?`);
  db.exec("BEGIN");
  for (const p of permits) {
    insertPermit.run(p.id, p.slug, p.kind, p.agencyId, p.popularity, at);
    for (const v of p.versions) insertVersion.run(...versionValues(p, v, at));
    setCurrent.run(p.versions.at(-1)!.id, p.id);
  }
  db.exec("COMMIT");
  db.exec("ANALYZE");
  db.close();
}

async function loadPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const agencies = (await client.query(AGENCIES)).rows;
    const lines = (await client.query(DEMO_TEXTS)).rows.flatMap((r: { searchText: string }) => r.searchText.split("\n").slice(4));
    const permits = synthesize(agencies, lines);
    const at = new Date("2026-01-15T09:00:00+07:00");
    await client.query("BEGIN");
    for (let i = 0; i < permits.length; i += 500) {
      const chunk = permits.slice(i, i + 500);
      await client.query(
        `INSERT INTO "Permit" ("id", "slug", "kind", "category", "agencyId", "popularity", "updatedAt")
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamp[])`,
        [chunk.map((p) => p.id), chunk.map((p) => p.slug), chunk.map((p) => p.kind), chunk.map(() => "commerce"), chunk.map((p) => p.agencyId), chunk.map((p) => p.popularity), chunk.map(() => at)],
      );
      const rows = chunk.flatMap((p) => p.versions.map((v) => versionValues(p, v, at)));
      const column = (k: number) => rows.map((r) => r[k]);
      await client.query(
        `INSERT INTO "ManualVersion" (${VERSION_COLUMNS})
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamp[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::int[], $17::text[], $18::text[])`,
        Array.from({ length: 18 }, (_, k) => column(k)),
      );
      await client.query(`UPDATE "Permit" p SET "currentVersionId" = c.v FROM unnest($1::text[], $2::text[]) AS c(p, v) WHERE p."id" = c.p`, [
        chunk.map((p) => p.id),
        chunk.map((p) => p.versions.at(-1)!.id),
      ]);
    }
    await client.query("COMMIT");
    await client.query(`ANALYZE`);
  } finally {
    await client.end();
  }
}

async function build() {
  const t0 = performance.now();
  execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], { env: { ...process.env, DATABASE_URL: TARGET }, stdio: "ignore" });
  if (IS_PG) await loadPostgres(TARGET);
  else await loadSqlite(TARGET.slice("file:".length));
  console.log(`built ${MANUALS} synthetic manuals in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main() {
  if (!REUSE || (!IS_PG && !existsSync(TARGET.slice("file:".length)))) await build();
  // The application's own modules, on this database (its provider is read when db.server loads).
  const { prisma, provider } = await import("../../app/utils/db.server");
  const { Prisma } = await import("../../app/generated/prisma/client");
  const { findPublishedPermitIds, searchQuery } = await import("../../app/models/permit-search.server");
  const { searchCatalogue } = await import("../../app/services/catalogue.server");
  const { listPublishedPermits } = await import("../../app/models/permit.server");

  const counts = await prisma.$queryRaw<{ permits: bigint | number; versions: bigint | number }[]>`
    SELECT (SELECT COUNT(*) FROM "Permit" WHERE "currentVersionId" IS NOT NULL) AS "permits", (SELECT COUNT(*) FROM "ManualVersion") AS "versions"`;
  console.log(`${provider}: ${Number(counts[0].permits)} published permits, ${Number(counts[0].versions)} manual versions; ${RUNS} runs per figure (ms); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);

  const t0 = performance.now();
  await listPublishedPermits();
  console.log(`catalogue loaded into the cache (first request after a publication): ${(performance.now() - t0).toFixed(0)} ms`);
  const catalogue = await prisma.permit.findMany({ where: { currentVersion: { is: { status: "published" } } }, select: { currentVersion: { select: { searchText: true } } } });
  const texts = catalogue.map((p) => p.currentVersion!.searchText);

  const scanSqlite = (terms: string[]) =>
    Prisma.sql`SELECT p."id" FROM "ManualVersion" v JOIN "Permit" p ON p."currentVersionId" = v."id"
      WHERE ${Prisma.join(terms.map((t) => Prisma.sql`instr(v."searchText", ${t}) > 0`), " AND ")} AND v."status" = 'published'
      ORDER BY p."popularity" DESC, p."slug" ASC`;
  // PostgreSQL: both in a transaction of the same shape, one of them with bitmap scans off.
  const inTransaction = (terms: string[], bitmaps: "on" | "off") =>
    prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL enable_bitmapscan = ${bitmaps}`);
      return tx.$queryRaw<{ id: string }[]>(searchQuery(terms));
    });
  const indexed = (terms: string[]) => (provider === "postgresql" ? inTransaction(terms, "on") : findPublishedPermitIds(terms));
  const scan = (terms: string[]) => (provider === "postgresql" ? inTransaction(terms, "off") : prisma.$queryRaw<{ id: string }[]>(scanSqlite(terms)));
  // How the planner reads ManualVersion for the application's statement, left to itself.
  const planOf = async (terms: string[]) => {
    if (provider === "postgresql") {
      const plan = (await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${searchQuery(terms)}`)).map((r) => r["QUERY PLAN"]).join("\n");
      return plan.includes("ManualVersion_searchText_trgm_idx") ? "trigram index (Bitmap Index Scan)" : /Seq Scan on "ManualVersion"/.test(plan) ? "Seq Scan" : plan;
    }
    const plan = (await prisma.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${searchQuery(terms)}`)).map((r) => r.detail).join("\n");
    return /VIRTUAL TABLE INDEX 0:M/.test(plan) ? "FTS5 trigram MATCH" : "scan of the versions in force";
  };

  console.log(`${"query".padEnd(24)} ${"found".padStart(6)}  ${"search p50".padStart(10)} ${"p95".padStart(8)}  ${"scan p50".padStart(9)} ${"p95".padStart(8)}  ${"use case".padStart(9)} ${"p95".padStart(8)}  ${"JS (old)".padStart(9)}   the planner's own choice`);
  for (const q of QUERIES) {
    const terms = searchTerms(q);
    const found = (await findPublishedPermitIds(terms)).length;
    const scanned = (await scan(terms)).length;
    if (scanned !== found) throw new Error(`"${q}": index found ${found}, scan ${scanned}`);
    const [index, full, useCase, js] = await timeInTurns([
      () => indexed(terms),
      () => scan(terms),
      () => searchCatalogue({ q }),
      () => texts.filter((t) => matchesAllTerms(t, terms)).length,
    ]);
    console.log(
      `${q.padEnd(24)} ${String(found).padStart(6)}   ${ms(index.p50)}  ${ms(index.p95)}  ${ms(full.p50)}  ${ms(full.p95)}  ${ms(useCase.p50)}  ${ms(useCase.p95)}  ${ms(js.p50)}   ${await planOf(terms)}`,
    );
  }
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
