// npm run db:restore -- <backup file> [--force] — puts a backup made by `npm run db:backup`
// back as the database at DATABASE_URL (decision 0015). Stop the server first: the command
// refuses while any process has the database open (--force skips that check). It checks the
// backup's integrity and migrations, keeps a consistent copy of the current database beside
// it (<db>.before-restore-<time>.db), removes the stale -wal/-shm (an old WAL replayed onto
// another file would corrupt it), then moves the backup into place under a temporary name and
// renames it. Files in <backup>.uploads/ are copied back into UPLOAD_DIR.
import { cpSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { backupProblems, databaseFile, formatCounts, openSqlite, processesUsing, rowCounts } from "./sqlite-file";

const args = process.argv.slice(2);
const force = args.includes("--force");
const source = args.find((a) => !a.startsWith("--"));
if (!source) {
  console.error("usage: npm run db:restore -- <backup file> [--force]");
  process.exit(2);
}
const backup = path.resolve(source);
if (!existsSync(backup)) {
  console.error(`no backup at ${backup}`);
  process.exit(1);
}
const target = databaseFile();

const users = existsSync(target) ? processesUsing(target) : [];
if (users.length && !force) {
  console.error(`the database ${target} is open in process(es) ${users.join(", ")}: stop the server (and any sweep) first, or pass --force.`);
  process.exit(1);
}

const checked = openSqlite(backup);
const problems = await backupProblems(checked);
const counts = await rowCounts(checked);
checked.close();
if (problems.length) {
  console.error(`refusing to restore ${backup}:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

mkdirSync(path.dirname(target), { recursive: true });
if (existsSync(target)) {
  // A consistent copy of what is being replaced (VACUUM INTO also folds in the WAL).
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const keep = `${target}.before-restore-${stamp}.db`;
  const current = openSqlite(target);
  try {
    await current.run("VACUUM INTO ?", [keep]);
  } finally {
    current.close();
  }
  console.log(`kept the current database as ${keep}`);
}
const temp = `${target}.restore-tmp`;
copyFileSync(backup, temp);
for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) rmSync(stale, { force: true });
renameSync(temp, target);
console.log(`restored ${backup} → ${target}: ${formatCounts(counts)}`);

const uploads = `${backup}.uploads`;
if (existsSync(uploads)) {
  const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
  cpSync(uploads, uploadDir, { recursive: true, force: false, errorOnExist: false });
  console.log(`copied the uploaded files from ${uploads} into ${uploadDir}`);
}
console.log("if this release has newer migrations than the backup, run: npm run db:deploy");
