// Shared by `npm run db:backup` and `npm run db:restore` (decision 0015): a plain libSQL
// connection to one SQLite file, its integrity and migrations, and what it holds.
import { existsSync, readdirSync, readlinkSync, statSync } from "node:fs";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

export type SqliteFile = ReturnType<typeof openSqlite>;

export function openSqlite(file: string) {
  const url = `file:${file}`;
  const client = new PrismaLibSQL({ url }).createClient({ url });
  return {
    file,
    run: (sql: string, args: (string | number)[] = []) => client.execute({ sql, args }),
    rows: async <T>(sql: string, args: (string | number)[] = []) => (await client.execute({ sql, args })).rows as unknown as T[],
    close: () => client.close(),
  };
}

/** The database file behind DATABASE_URL (SQLite only: PostgreSQL uses pg_dump, see the README). */
export function databaseFile(url = process.env.DATABASE_URL ?? "file:.data/anuyat.db"): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL is not a SQLite file (${url.split(":")[0]}:); use your database's own backup tool (README, "Backup and restore").`);
  return path.resolve(url.slice("file:".length));
}

export const COUNTED_TABLES = ["Request", "RequestEvent", "RequestDocument", "Notice", "StoredFile", "ApplicationDraft", "User", "Permit", "ManualVersion", "Holiday", "AuditEntry"];

export async function rowCounts(db: SqliteFile): Promise<Record<string, number>> {
  const present = new Set((await db.rows<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`)).map((r) => r.name));
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES.filter((t) => present.has(t))) {
    counts[table] = Number((await db.rows<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  }
  return counts;
}

/** Problems that make a file unfit to restore: corruption, or migrations this code does not know. */
export async function backupProblems(db: SqliteFile, migrationsDir = "prisma/migrations"): Promise<string[]> {
  const problems: string[] = [];
  const integrity = (await db.rows<{ integrity_check: string }>("PRAGMA integrity_check")).map((r) => r.integrity_check);
  if (integrity.join() !== "ok") problems.push(`integrity check: ${integrity.slice(0, 5).join("; ")}`);
  const hasTable = (await db.rows(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)).length > 0;
  if (!hasTable) return [...problems, "no _prisma_migrations table: not an Anuyat database"];
  const applied = await db.rows<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }>(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`);
  const known = new Set(readdirSync(migrationsDir).filter((d) => statSync(path.join(migrationsDir, d)).isDirectory()));
  for (const m of applied) {
    if (!m.finished_at && !m.rolled_back_at) problems.push(`migration ${m.migration_name} did not finish`);
    if (!known.has(m.migration_name)) problems.push(`migration ${m.migration_name} is unknown to this version of the code (a backup from a newer release?)`);
  }
  if (applied.length === 0) problems.push("no migration applied");
  return problems;
}

/** Process ids (other than ours) that have this file open, from /proc (Linux); [] elsewhere. */
export function processesUsing(file: string): number[] {
  if (!existsSync("/proc")) return [];
  const targets = new Set([file, `${file}-wal`, `${file}-shm`]);
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.push(pid);
          break;
        }
      }
    } catch {
      /* gone, or not ours to look at */
    }
  }
  return pids;
}

export const formatCounts = (counts: Record<string, number>) => Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", ");
export const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;
