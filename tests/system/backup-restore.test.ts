// Backup and restore (issue 9, decision 0015): `npm run db:backup` while the server files
// requests, then the database and the uploads are wiped, `npm run db:restore` puts them back,
// and every request filed before the backup is there again — with its files' metadata and
// bytes. The restore refuses while the server still has the database open, and refuses a
// file that is not a sound Anuyat database.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, readyDraft, signIn, sql, submitDraft } from "./support";
import { wholenessProblems } from "./wholeness";

const PORT = 3233;
const run = promisify(execFile);

let server: SpawnedServer | undefined;
afterAll(async () => server?.kill());

type FileRow = { trackingNumber: string; fileName: string; size: number; sha256: string; storageKey: string; mediaType: string };
const FILES_SQL = `SELECT r.trackingNumber, f.fileName, f.size, f.sha256, f.storageKey, f.mediaType FROM "StoredFile" f JOIN "Request" r ON r.id = f.requestId ORDER BY f.storageKey`;

describe("backup while writing, wipe, restore", () => {
  it("every request filed before the backup is back, with its files", async () => {
    const db = freshDatabase("backup");
    const env = { ...process.env, DATABASE_URL: db.url, UPLOAD_DIR: db.uploads };
    const backup = path.resolve(db.dir, "saved/anuyat-backup.db");
    server = await spawnServer({ port: PORT, databaseUrl: db.url, env: { UPLOAD_DIR: db.uploads, APPLICATIONS_PER_HOUR: "1000" }, log: `${db.dir}/server.log` });
    const cookie = await signIn(server.base, "counter@bkk01.demo");
    const ids = await intakeChecklist(server.base, cookie);
    const before: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await postIntake(server.base, cookie, intakeBody(ids, newKey(), { incomplete: i % 3 === 0 }));
      before.push(/\/staff\/requests\/(.+)$/.exec(res.headers.get("location") ?? "")![1]);
    }
    for (let i = 0; i < 4; i++) expect((await submitDraft(server.base, await readyDraft(server.base))).status).toBe(302);
    const live = sql(db.url);
    const filesBefore = await live.rows<FileRow>(FILES_SQL);
    const requestsBefore = await live.rows<{ trackingNumber: string; status: string; applicantName: string }>(`SELECT trackingNumber, status, applicantName FROM "Request" ORDER BY trackingNumber`);
    live.close();
    expect(filesBefore.length).toBeGreaterThan(0);

    // The backup runs while counters keep filing.
    let writing = true;
    let during = 0;
    const writer = (async () => {
      while (writing) {
        const res = await postIntake(server!.base, cookie, intakeBody(ids, newKey()));
        if (res.status === 302) during++;
      }
    })();
    const out = await run("npm", ["run", "-s", "db:backup", "--", backup], { env });
    writing = false;
    await writer;
    expect(during).toBeGreaterThan(0);
    expect(out.stdout).toMatch(/backup .+anuyat-backup\.db: [\d.]+ MB; Request \d+/);
    expect(out.stdout).toMatch(/uploads .+: \d+ file\(s\)/);

    // Restoring over a database a server still has open is refused.
    const refused = await run("npm", ["run", "-s", "db:restore", "--", backup], { env }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain("is open in process");
    await server.stop();

    // A file that is not a sound database is refused too.
    const junk = path.resolve(db.dir, "junk.db");
    writeFileSync(junk, "not a database");
    const bad = await run("npm", ["run", "-s", "db:restore", "--", junk], { env }).then(
      () => null,
      (e: { code: number }) => e,
    );
    expect(bad?.code).toBe(1);

    // Wipe everything, then restore.
    for (const f of [db.file, `${db.file}-wal`, `${db.file}-shm`]) rmSync(f, { force: true });
    rmSync(db.uploads, { recursive: true, force: true });
    const restored = await run("npm", ["run", "-s", "db:restore", "--", backup], { env });
    expect(restored.stdout).toMatch(/restored .+ → .+anuyat\.db: Request \d+/);

    const check = sql(db.url);
    try {
      const requestsAfter = await check.rows<{ trackingNumber: string; status: string; applicantName: string }>(
        `SELECT trackingNumber, status, applicantName FROM "Request" WHERE trackingNumber IN (${requestsBefore.map(() => "?").join(",")}) ORDER BY trackingNumber`,
        requestsBefore.map((r) => r.trackingNumber),
      );
      expect(requestsAfter).toEqual(requestsBefore);
      const filesAfter = await check.rows<FileRow>(FILES_SQL);
      expect(filesAfter.filter((f) => filesBefore.some((b) => b.storageKey === f.storageKey))).toEqual(filesBefore);
      for (const f of filesBefore) {
        const bytes = readFileSync(path.join(db.uploads, f.storageKey));
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
      }
      expect(await wholenessProblems(check, db.uploads)).toEqual({});
    } finally {
      check.close();
    }

    // The restored database serves its requests.
    server = await spawnServer({ port: PORT, databaseUrl: db.url, env: { UPLOAD_DIR: db.uploads }, log: `${db.dir}/server.log` });
    const again = await signIn(server.base, "counter@bkk01.demo");
    for (const n of before.slice(0, 5)) expect((await fetch(`${server.base}/staff/requests/${n}`, { headers: { Cookie: again } })).status).toBe(200);
    await server.stop();
    console.info(`[backup] ${requestsBefore.length} requests and ${filesBefore.length} files before the backup, ${during} filed while it ran; all back after wipe and restore`);
  });
});
