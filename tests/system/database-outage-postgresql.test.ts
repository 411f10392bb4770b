// The PostgreSQL server goes away while the app runs (decision 0016; 0015 for SQLite): stopped
// with a fast shutdown, every connection of the pool is cut and new ones are refused. Every page
// that needs the database then gets the translated "service temporarily unavailable" page (503,
// Retry-After), nothing is half-stored, /healthz says 503 and the process stays up; when the
// server is back, the pool connects again by itself: no restart.
import { execFileSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import en from "../../locales/en/common.json";
import th from "../../locales/th/common.json";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, signIn, sql } from "./support";
import { wholenessProblems } from "./wholeness";

const PORT = 3232;
// A PostgreSQL server of this test's own, since it is stopped and started again.
const PG_DIR = ".data/system/pg-outage";
const PG_PORT = "54327";
const pgServer = (command: "start" | "halt" | "stop") => execFileSync("bash", ["tests/tools/pg-server.sh", command, PG_DIR, PG_PORT], { encoding: "utf8" }).trim();

let server: SpawnedServer | undefined;
afterAll(async () => {
  await server?.kill();
  pgServer("stop");
});

async function waitForHealth(base: string, status: number) {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}/healthz`);
    if (res.status === status) return res;
    await sleep(100);
  }
  throw new Error(`/healthz never answered ${status}`);
}

describe("PostgreSQL unavailable (server stopped)", () => {
  it("translated 503 page, nothing half-stored, process stays up, reconnects by itself", async () => {
    const db = freshDatabase("outage", "postgresql", pgServer("start"));
    server = await spawnServer({ port: PORT, databaseUrl: db.url, env: { UPLOAD_DIR: db.uploads }, log: `${db.dir}/server.log` });
    const base = server.base;
    const cookie = await signIn(base, "counter@bkk01.demo");
    const ids = await intakeChecklist(base, cookie);
    expect((await postIntake(base, cookie, intakeBody(ids, newKey()))).status).toBe(302);

    // ---- the outage -----------------------------------------------------------------------
    pgServer("halt");
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toMatch(/^\d+$/);

    const tried: { key: string; status: number }[] = [];
    for (const lng of ["th", "en"] as const) {
      const key = newKey();
      const res = await fetch(`${base}/staff/intake/new/commercial-registration`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": lng === "en" ? "en-GB,en;q=0.9" : "th-TH" },
        body: intakeBody(ids, key),
        redirect: "manual",
      });
      const html = await res.text();
      tried.push({ key, status: res.status });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      const words = lng === "en" ? en.unavailable : th.unavailable;
      expect(html).toContain(words.title);
      expect(html).toContain(words.body);
    }
    // A page that must read the database right now (the staff queue) is the same 503 page.
    const list = await fetch(`${base}/staff/requests`, { headers: { Cookie: cookie, "Accept-Language": "en-GB" } });
    expect([503]).toContain(list.status);
    expect(server.child.exitCode).toBeNull();

    // ---- the server returns: no restart of the app -------------------------------------------
    pgServer("start");
    await waitForHealth(base, 200);
    for (const t of tried) {
      const res = await postIntake(base, cookie, intakeBody(ids, t.key));
      expect(res.status, t.key).toBe(302);
    }
    expect(server.child.exitCode).toBeNull();
    await server.stop();

    const check = sql(db.url);
    try {
      for (const t of tried) {
        const rows = await check.rows(`SELECT "id" FROM "Request" WHERE "idempotencyKey" = ?`, [t.key]);
        expect(rows.length, t.key).toBe(1);
      }
      expect(await wholenessProblems(check, db.uploads)).toEqual({});
    } finally {
      check.close();
    }
  });
});
