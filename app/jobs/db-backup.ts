// npm run db:backup -- <file> — an online backup of the SQLite database while the server runs
// (decision 0015). `VACUUM INTO` copies one read transaction's snapshot, so the copy is
// consistent even while requests are being filed; it goes to a temporary name, is checked,
// and only then renamed into place. The uploaded files (UPLOAD_DIR) are copied beside it into
// <file>.uploads/ — after the snapshot, so every file the snapshot names is already there.
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { backupProblems, databaseFile, formatCounts, megabytes, openSqlite, rowCounts } from "./sqlite-file";

const target = process.argv[2] ? path.resolve(process.argv[2]) : "";
if (!target) {
  console.error("usage: npm run db:backup -- <backup file>   (for example backups/anuyat-2026-04-09.db)");
  process.exit(2);
}
if (existsSync(target)) {
  console.error(`${target} already exists; choose a new name (a backup never overwrites another).`);
  process.exit(2);
}
const source = databaseFile();
if (!existsSync(source)) {
  console.error(`no database at ${source}`);
  process.exit(1);
}
mkdirSync(path.dirname(target), { recursive: true });
const temp = `${target}.tmp-${randomBytes(4).toString("hex")}`;
const live = openSqlite(source);
try {
  // Wait for a writer's lock rather than fail; the snapshot itself blocks no one in WAL mode.
  await live.run("PRAGMA busy_timeout = 10000");
  await live.run("VACUUM INTO ?", [temp]);
} catch (error) {
  rmSync(temp, { force: true });
  console.error(`backup failed: ${(error as Error).message}`);
  process.exit(1);
} finally {
  live.close();
}

const copy = openSqlite(temp);
const problems = await backupProblems(copy);
const counts = await rowCounts(copy);
const files = (await copy.rows<{ storageKey: string }>(`SELECT storageKey FROM "StoredFile"`)).map((r) => r.storageKey);
copy.close();
if (problems.length) {
  rmSync(temp, { force: true });
  console.error(`the copy failed its checks, nothing kept:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
renameSync(temp, target);
console.log(`backup ${target}: ${megabytes(statSync(target).size)}; ${formatCounts(counts)}`);

const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
if (existsSync(uploadDir)) {
  const dest = `${target}.uploads`;
  cpSync(uploadDir, dest, { recursive: true, filter: (src) => !src.endsWith(".tmp") });
  // A file a later purge removed before the copy is reported, not silently absent.
  const missing = files.filter((key) => !existsSync(path.join(dest, key)));
  const copied = readdirSync(dest, { recursive: true }).length;
  console.log(`uploads ${dest}: ${copied} file(s)${missing.length ? `; ${missing.length} named in the backup were already gone: ${missing.join(", ")}` : ""}`);
} else {
  console.log(`uploads: ${uploadDir} does not exist; no files to copy`);
}
