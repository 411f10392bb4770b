// `npm run db:deploy`: apply the pending migrations to DATABASE_URL, idempotently, on either
// database (decision 0016).
// - SQLite: Prisma's own `migrate deploy` (it records what it applied in _prisma_migrations).
// - PostgreSQL: Prisma 6 cannot migrate PostgreSQL through a driver adapter offline
//   (prisma/orm#27403), so this applies prisma/postgresql/migrations/*/migration.sql itself:
//   in name order, each in its own transaction together with its row in "_anuyat_migrations"
//   (name, SHA-256 of the file, when), under an advisory lock so that two app servers deploying
//   at once apply each migration once. A migration edited after it was applied stops the deploy.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "../../app/utils/database-url";

const root = path.resolve(import.meta.dirname, "../..");
const PG_MIGRATIONS = path.join(root, "prisma/postgresql/migrations");
// Any fixed number: the key of the advisory lock that serialises deploys.
const DEPLOY_LOCK = 7_262_026;

export type PgMigration = { name: string; sql: string; checksum: string };

export function pgMigrations(dir = PG_MIGRATIONS): PgMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function deployPostgres(url: string, migrations = pgMigrations(), say: (line: string) => void = console.log): Promise<{ applied: string[]; skipped: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [DEPLOY_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_anuyat_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_anuyat_migrations"`);
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...done.keys()].filter((name) => !known.has(name));
    if (unknown.length) throw new Error(`the database has migrations this release does not know (${unknown.join(", ")}): is it newer than this code?`);
    const applied: string[] = [];
    for (const m of migrations) {
      const checksum = done.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied (checksum differs)`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_anuyat_migrations" ("name", "checksum") VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
      say(`applied ${m.name}`);
    }
    say(`${applied.length} migration(s) applied, ${migrations.length - applied.length} already applied`);
    return { applied, skipped: migrations.length - applied.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
    await client.end();
  }
}

async function main() {
  const url = process.env.DATABASE_URL ?? "file:.data/anuyat.db";
  if (isPostgresUrl(url)) {
    await deployPostgres(url);
    return;
  }
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy", "--config", "prisma/prisma.config.ts"], { cwd: root, stdio: "inherit" });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`db:deploy: ${(error as Error).message}`);
    process.exit(1);
  });
}
