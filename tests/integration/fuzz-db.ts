// The fuzz suites write whatever random input gets through, so each runs on its own copy of the
// freshly seeded integration database (and its own upload directory): nothing it stores can
// change another test file's results. Call from vi.hoisted, before ~/utils/db.server loads.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function useOwnDatabase(name: string): () => void {
  const source = (process.env.DATABASE_URL ?? "file:.data/vitest.db").replace(/^file:/, "");
  const copy = `${source.replace(/\.db$/, "")}-${name}-${process.pid}.db`;
  for (const suffix of ["", "-wal"]) if (existsSync(source + suffix)) copyFileSync(source + suffix, copy + suffix);
  process.env.DATABASE_URL = `file:${copy}`;
  const uploads = mkdtempSync(join(tmpdir(), `anuyat-${name}-`));
  process.env.UPLOAD_DIR = uploads;
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(copy + suffix, { force: true });
    rmSync(uploads, { recursive: true, force: true });
  };
}
