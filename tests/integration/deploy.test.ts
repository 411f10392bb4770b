// `npm run db:deploy` (decision 0016) applies pending migrations idempotently on either database.
// On PostgreSQL it is our own applier (prisma/tools/deploy.ts): each migration once, in order,
// recorded with its checksum, safe when two servers deploy at the same moment.
import { execFile, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { deployPostgres, pgMigrations } from "../../prisma/tools/deploy";
import { provider } from "~/utils/db.server";

const run = promisify(execFile);

// Each database runs the block for itself (the PostgreSQL pass and the SQLite passes of npm test).
if (provider === "postgresql") describe("db:deploy on PostgreSQL", () => {
  const fresh = (name: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `${url.pathname}_deploy_${name}_${process.pid}`;
    execFileSync("node", ["tests/tools/pg-fresh.mjs", url.toString()]);
    return { url: url.toString(), drop: () => execFileSync("node", ["tests/tools/pg-fresh.mjs", url.toString(), "--drop"]) };
  };
  const applied = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ name: string }>(`SELECT "name" FROM "_anuyat_migrations" ORDER BY "name"`)).rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  };

  it("applies every migration once, then nothing; two deploys at once apply each once", async () => {
    const db = fresh("twice");
    try {
      const all = pgMigrations().map((m) => m.name);
      const quiet = () => undefined;
      const [a, b] = await Promise.all([deployPostgres(db.url, undefined, quiet), deployPostgres(db.url, undefined, quiet)]);
      expect([...a.applied, ...b.applied].sort()).toEqual(all);
      expect(await applied(db.url)).toEqual(all);
      const again = await deployPostgres(db.url, undefined, quiet);
      expect(again).toEqual({ applied: [], skipped: all.length });
      // The command itself says so too.
      const { stdout } = await run("bash", ["tests/tools/with-env.sh", "tsx", "prisma/tools/deploy.ts"], { env: { ...process.env, DATABASE_URL: db.url } });
      expect(stdout).toContain(`0 migration(s) applied, ${all.length} already applied`);
    } finally {
      db.drop();
    }
  });

  it("refuses a migration changed after it was applied, and a database newer than the code", async () => {
    const db = fresh("changed");
    try {
      const migrations = pgMigrations();
      await deployPostgres(db.url, migrations, () => undefined);
      const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
      await expect(deployPostgres(db.url, edited, () => undefined)).rejects.toThrow(/was changed after it was applied/);
      await expect(deployPostgres(db.url, migrations.slice(0, -1), () => undefined)).rejects.toThrow(/does not know/);
    } finally {
      db.drop();
    }
  });

  it("a failing migration leaves nothing of itself and is not recorded", async () => {
    const db = fresh("failing");
    try {
      const broken = [...pgMigrations(), { name: "99999999999999_broken", sql: `CREATE TABLE "Half" ("id" TEXT); SELECT no_such_function();`, checksum: "x" }];
      await expect(deployPostgres(db.url, broken, () => undefined)).rejects.toThrow(/99999999999999_broken failed/);
      expect(await applied(db.url)).not.toContain("99999999999999_broken");
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
      await client.end();
      expect(rows).toEqual([]);
    } finally {
      db.drop();
    }
  });
});

if (provider === "sqlite") describe("db:deploy on SQLite", () => {
  it("migrates a new file, and a second run finds nothing to apply", async () => {
    const file = `.data/vitest-deploy-${process.pid}.db`;
    rmSync(file, { force: true });
    try {
      const deploy = () => run("bash", ["tests/tools/with-env.sh", "tsx", "prisma/tools/deploy.ts"], { env: { ...process.env, DATABASE_URL: `file:${file}` } });
      expect((await deploy()).stdout).toMatch(/migrations have been successfully applied|applied/i);
      expect((await deploy()).stdout).toMatch(/No pending migrations to apply/);
    } finally {
      for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
    }
  });
});
