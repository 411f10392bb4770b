// A throwaway copy of the integration database, for tests that tamper with one or run a command
// line tool on one: SQLite by VACUUM INTO a file, PostgreSQL by pg_dump into a new database.
// `run` takes SQL with ? placeholders on both (numbered for PostgreSQL here).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "libsql";
import pg from "pg";
import { prisma, provider } from "~/utils/db.server";

export type DatabaseCopy = {
  url: string;
  run(sql: string, ...params: (string | number)[]): Promise<void>;
  rows<T>(sql: string, ...params: (string | number)[]): Promise<T[]>;
  drop(): Promise<void>;
};

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function copyDatabase(name: string): Promise<DatabaseCopy> {
  const suffix = `${process.pid}_${name}`;
  if (provider === "postgresql") {
    const source = process.env.DATABASE_URL!;
    const target = new URL(source);
    target.pathname = `${target.pathname}_copy_${suffix}`;
    const url = target.toString();
    execFileSync("node", ["tests/tools/pg-fresh.mjs", url]);
    const dump = execFileSync("pg_dump", ["--no-owner", "--no-privileges", source], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync("psql", ["--quiet", "--no-psqlrc", "--set", "ON_ERROR_STOP=1", url], { input: dump, stdio: ["pipe", "ignore", "inherit"] });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      url,
      run: async (sql, ...params) => void (await client.query(numbered(sql), params)),
      rows: async <T>(sql: string, ...params: (string | number)[]) => (await client.query(numbered(sql), params)).rows as T[],
      drop: async () => {
        await client.end();
        execFileSync("node", ["tests/tools/pg-fresh.mjs", url, "--drop"]);
      },
    };
  }
  const file = `.data/vitest-copy-${suffix}.db`;
  const remove = () => {
    for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
  };
  remove();
  await prisma.$executeRawUnsafe(`VACUUM INTO '${file}'`);
  const db = new Database(file);
  return {
    url: `file:${file}`,
    run: async (sql, ...params) => void db.prepare(sql).run(...params),
    rows: async <T>(sql: string, ...params: (string | number)[]) => db.prepare(sql).all(...params) as T[],
    drop: async () => {
      db.close();
      remove();
    },
  };
}
