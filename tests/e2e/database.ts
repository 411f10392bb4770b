// Direct access to an e2e server's database, for the few specs that set up rows no screen can
// (requests overdue since March) — SQLite or PostgreSQL, with ? placeholders on both.
import path from "node:path";
import Database from "libsql";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type E2eDatabase = {
  rows<T>(sql: string, ...params: (string | number)[]): Promise<T[]>;
  run(sql: string, ...params: (string | number)[]): Promise<void>;
  close(): Promise<void>;
};

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function openDatabase(url: string): Promise<E2eDatabase> {
  if (/^postgres(ql)?:/.test(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      rows: async <T>(sql: string, ...params: (string | number)[]) => (await client.query(numbered(sql), params)).rows as T[],
      run: async (sql, ...params) => void (await client.query(numbered(sql), params)),
      close: () => client.end(),
    };
  }
  const db = new Database(path.join(ROOT, url.replace(/^file:/, "")));
  db.prepare("PRAGMA busy_timeout = 10000").get();
  return {
    rows: async <T>(sql: string, ...params: (string | number)[]) => db.prepare(sql).all(...params) as T[],
    run: async (sql, ...params) => void db.prepare(sql).run(...params),
    close: async () => void db.close(),
  };
}
