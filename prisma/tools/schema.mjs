#!/usr/bin/env node
// One source of truth for the data model: prisma/schema.prisma (SQLite). The PostgreSQL schema
// is derived from it by swapping the provider and the client's output folder, nothing else
// (decision 0016). Prisma 6 cannot run `migrate dev` against PostgreSQL offline, so both
// databases' migrations are written by this script as datamodel-to-datamodel diffs:
//
//   node prisma/tools/schema.mjs derive            write prisma/postgresql/schema.prisma
//   node prisma/tools/schema.mjs check             exit 1 when the derived file is out of date
//   node prisma/tools/schema.mjs migration <name>  after editing prisma/schema.prisma: write
//        prisma/migrations/<stamp>_<name>/migration.sql (SQLite) and
//        prisma/postgresql/migrations/<stamp>_<name>/migration.sql (PostgreSQL), then derive.
//
// The committed derived file is also the record of what the PostgreSQL migrations build, so
// "from" is that file (and its SQLite twin) and "to" is the edited source. No shadow database
// is needed, and objects the datamodel cannot express (FTS5 tables, pg_trgm indexes, written by
// hand into a migration) are never seen, so a later diff never tries to drop them.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCE = path.join(root, "prisma/schema.prisma");
const DERIVED = path.join(root, "prisma/postgresql/schema.prisma");
const HEADER = "// DERIVED from prisma/schema.prisma by `node prisma/tools/schema.mjs derive`: do not edit.\n// The provider and the client's output folder are the only differences (decision 0016).\n\n";

const SQLITE_PROVIDER = /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/;
const SQLITE_OUTPUT = /(output\s*=\s*)"\.\.\/app\/generated\/prisma"/;

/** The PostgreSQL schema for a SQLite source text. */
export function derive(source) {
  if (!SQLITE_PROVIDER.test(source) || !SQLITE_OUTPUT.test(source)) throw new Error("prisma/schema.prisma: expected provider \"sqlite\" and output \"../app/generated/prisma\"");
  return HEADER + source.replace(SQLITE_PROVIDER, '$1"postgresql"').replace(SQLITE_OUTPUT, '$1"../../app/generated/prisma-pg"');
}

/** The SQLite source a derived text was made from (to diff from the last migrated state). */
export function underive(derived) {
  if (!derived.startsWith(HEADER)) throw new Error("prisma/postgresql/schema.prisma: not a derived file");
  return derived
    .slice(HEADER.length)
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"postgresql"/, '$1"sqlite"')
    .replace(/(output\s*=\s*)"\.\.\/\.\.\/app\/generated\/prisma-pg"/, '$1"../app/generated/prisma"');
}

// Prisma's schema engine runs through the driver adapter, and the pg adapter connects even to
// diff two datamodels: a throwaway server (tests/tools/pg-server.sh) answers, unless
// SCHEMA_PG_URL names one. Nothing is written to it.
function withPostgres(work) {
  if (process.env.SCHEMA_PG_URL) return work(process.env.SCHEMA_PG_URL);
  const dir = path.join(tmpdir(), `anuyat-pg-schema-${process.pid}`);
  const server = (...args) => execFileSync("bash", [path.join(root, "tests/tools/pg-server.sh"), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  const base = server("start", dir, "54339");
  try {
    return work(`${base}/postgres`);
  } finally {
    server("stop", dir);
  }
}

function prismaDiff(config, from, to, pgUrl) {
  // PRISMA_QUERY_ENGINE_LIBRARY: any existing file stops Prisma's engine download attempt.
  const env = { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? path.join(root, "package.json"), PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  env.DATABASE_URL = config.includes("postgresql") ? pgUrl : `file:${path.join(tmpdir(), "anuyat-schema-unused.db")}`;
  return execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script", "--config", config], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

const isEmptyDiff = (sql) => sql.split("\n").every((line) => line.trim() === "" || line.startsWith("--"));

function stamp() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

function migration(name) {
  if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error("migration name: lower-case letters, digits and _ only");
  const source = readFileSync(SOURCE, "utf8");
  const previous = readFileSync(DERIVED, "utf8");
  const work = mkdtempSync(path.join(tmpdir(), "anuyat-schema-"));
  const files = { sqliteFrom: path.join(work, "from-sqlite.prisma"), pgTo: path.join(work, "to-pg.prisma") };
  writeFileSync(files.sqliteFrom, underive(previous));
  writeFileSync(files.pgTo, derive(source));
  const sqlite = prismaDiff("prisma/prisma.config.ts", files.sqliteFrom, SOURCE);
  const pg = withPostgres((url) => prismaDiff("prisma/postgresql/prisma.config.ts", DERIVED, files.pgTo, url));
  if (isEmptyDiff(sqlite) && isEmptyDiff(pg)) {
    console.log("No change in prisma/schema.prisma since the last migration.");
    return;
  }
  const dir = `${stamp()}_${name}`;
  for (const [base, sql] of [["prisma/migrations", sqlite], ["prisma/postgresql/migrations", pg]]) {
    const target = path.join(root, base, dir);
    if (existsSync(target)) throw new Error(`${target} exists`);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "migration.sql"), sql);
    console.log(`wrote ${base}/${dir}/migration.sql`);
  }
  writeFileSync(DERIVED, derive(source));
  console.log("wrote prisma/postgresql/schema.prisma");
}

function main([command, arg]) {
  if (command === "derive") {
    writeFileSync(DERIVED, derive(readFileSync(SOURCE, "utf8")));
  } else if (command === "check") {
    if (readFileSync(DERIVED, "utf8") !== derive(readFileSync(SOURCE, "utf8"))) {
      console.error("prisma/postgresql/schema.prisma is out of date: run `node prisma/tools/schema.mjs migration <name>`");
      process.exit(1);
    }
  } else if (command === "migration") {
    migration(arg);
  } else {
    console.error("usage: node prisma/tools/schema.mjs derive | check | migration <name>");
    process.exit(2);
  }
}

// Run as a command, not when a test imports derive().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
