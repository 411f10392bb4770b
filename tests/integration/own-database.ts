// A test file that writes whatever random input gets through (the fuzz suites) or moves the
// clock for the whole database (a sweep days ahead) runs on its own copy of the freshly seeded
// integration database (and its own upload directory): nothing it stores can change another
// test file's results. Call from vi.hoisted, before ~/utils/db.server loads.
// SQLite: a copy of the file. PostgreSQL: a database made from the seeded one as its template.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function useOwnDatabase(name: string): () => void {
  const url = process.env.DATABASE_URL ?? "file:.data/vitest.db";
  const uploads = mkdtempSync(join(tmpdir(), `anuyat-${name}-`));
  process.env.UPLOAD_DIR = uploads;
  const dropUploads = () => rmSync(uploads, { recursive: true, force: true });
  if (/^postgres(ql)?:/.test(url)) {
    const source = new URL(url);
    const copy = new URL(url);
    copy.pathname = `${source.pathname}_${name.replace(/\W/g, "_")}_${process.pid}`;
    const pgFresh = (...args: string[]) => execFileSync("node", ["tests/tools/pg-fresh.mjs", copy.toString(), ...args], { stdio: "inherit" });
    pgFresh("--from", source.pathname.slice(1));
    process.env.DATABASE_URL = copy.toString();
    return () => {
      pgFresh("--drop");
      dropUploads();
    };
  }
  const file = url.replace(/^file:/, "");
  const copy = `${file.replace(/\.db$/, "")}-${name}-${process.pid}.db`;
  for (const suffix of ["", "-wal"]) if (existsSync(file + suffix)) copyFileSync(file + suffix, copy + suffix);
  process.env.DATABASE_URL = `file:${copy}`;
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(copy + suffix, { force: true });
    dropUploads();
  };
}
