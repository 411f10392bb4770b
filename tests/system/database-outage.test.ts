// The database becomes unavailable while the server runs (issue 9, decision 0015): its file is
// made read-only. Pages that only read keep working; a filing gets the translated "service
// temporarily unavailable" page (503, Retry-After) and stores nothing; /healthz says 503; the
// process stays up; and when the file is writable again everything works without a restart.
// Root ignores file permissions, so when the test runs as root the server runs as "nobody".
import { chmodSync, chownSync, readdirSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import en from "../../locales/en/common.json";
import th from "../../locales/th/common.json";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, signIn, sql } from "./support";
import { wholenessProblems } from "./wholeness";

const PORT = 3231;
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

let server: SpawnedServer | undefined;
afterAll(async () => server?.kill());

async function waitForHealth(base: string, status: number) {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${base}/healthz`);
    if (res.status === status) return res;
    await sleep(100);
  }
  throw new Error(`/healthz never answered ${status}`);
}

describe("database unavailable (file made read-only)", () => {
  it("translated 503 page, nothing half-stored, process stays up, recovers by itself", async () => {
    const db = freshDatabase("outage");
    if (asRoot) {
      for (const p of [db.dir, db.uploads, ...readdirSync(db.dir).map((f) => path.join(db.dir, f))]) chownSync(p, NOBODY, NOBODY);
    }
    server = await spawnServer({
      port: PORT,
      databaseUrl: db.url,
      env: { UPLOAD_DIR: db.uploads },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      log: `${db.dir}/server.log`,
    });
    const base = server.base;
    const cookie = await signIn(base, "counter@bkk01.demo");
    const ids = await intakeChecklist(base, cookie);
    const before = await postIntake(base, cookie, intakeBody(ids, newKey()));
    expect(before.status).toBe(302);

    // ---- the outage -----------------------------------------------------------------------
    chmodSync(db.file, 0o444);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toMatch(/^\d+$/);

    // Reading still works: the catalogue, a manual, the staff list.
    expect((await fetch(`${base}/permits`)).status).toBe(200);
    expect((await fetch(`${base}/permits/commercial-registration`)).status).toBe(200);

    // Filings during the outage: each is either acknowledged (and so stored: a connection
    // opened before the file changed may still write) or refused with the 503 page.
    const tried: { key: string; status: number }[] = [];
    for (const lng of ["th", "en", "th", "en"] as const) {
      const key = newKey();
      const res = await fetch(`${base}/staff/intake/new/commercial-registration`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": lng === "en" ? "en-GB,en;q=0.9" : "th-TH" },
        body: intakeBody(ids, key),
        redirect: "manual",
      });
      const html = await res.text();
      tried.push({ key, status: res.status });
      expect([302, 503]).toContain(res.status);
      if (res.status === 503) {
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        const words = lng === "en" ? en.unavailable : th.unavailable;
        expect(html).toContain(words.title);
        expect(html).toContain(words.body);
      }
    }
    expect(tried.filter((t) => t.status === 503).length).toBeGreaterThanOrEqual(2);
    // Still up, still not ready.
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
    expect((await fetch(`${base}/permits`)).status).toBe(200);

    // ---- the database returns: no restart ------------------------------------------------
    chmodSync(db.file, 0o644);
    await waitForHealth(base, 200);
    // The officer submits the refused forms again: each files exactly once now.
    for (const t of tried.filter((x) => x.status === 503)) {
      const res = await postIntake(base, cookie, intakeBody(ids, t.key));
      expect(res.status, t.key).toBe(302);
    }
    const fresh = await postIntake(base, cookie, intakeBody(ids, newKey()));
    expect(fresh.status).toBe(302);
    expect(server.pid).toBe(server.child.pid);
    expect(server.child.exitCode).toBeNull();
    await server.stop();

    const check = sql(db.url);
    try {
      for (const t of tried) {
        const rows = await check.rows(`SELECT "id" FROM "Request" WHERE "idempotencyKey" = ?`, [t.key]);
        expect(rows.length, `${t.key} (${t.status})`).toBe(1);
      }
      expect(await wholenessProblems(check, db.uploads)).toEqual({});
    } finally {
      check.close();
    }
    console.info(`[outage] during the read-only spell: ${tried.map((t) => t.status).join(", ")}; recovered without a restart`);
  });
});
