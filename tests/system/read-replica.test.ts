// A PostgreSQL streaming replica for reads (docs/production.md, decision 0016): with
// DATABASE_READ_URL the statistics' aggregate counts (O3) are read from the replica, and nothing
// else is. Proved by the replica going away: the statistics answer the translated 503 page while
// the manual pages, sign-in and filings on the primary carry on; when it returns they count again,
// including what was filed meanwhile (it came through replication, not from the primary).
import { execFileSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, signIn, sql } from "./support";

const PORT = 3236;
const PRIMARY = { dir: ".data/system/pg-primary", port: "54325" };
const REPLICA = { dir: ".data/system/pg-replica", port: "54326" };
const pg = (...args: string[]) => execFileSync("bash", ["tests/tools/pg-server.sh", ...args], { encoding: "utf8" }).trim();

let server: SpawnedServer | undefined;
afterAll(async () => {
  await server?.kill();
  pg("stop", REPLICA.dir);
  pg("stop", PRIMARY.dir);
});

const APP_NOW = "2026-04-09T10:00:00+07:00";
type Stats = { rows: { permit: string; month: string; received: number | null }[] };
const received = (s: Stats) => s.rows.find((r) => r.permit === "commercial-registration" && r.month === "2026-04")?.received ?? null;

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, label: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await what();
    if (ok(v)) return v;
    await sleep(100);
  }
  throw new Error(`never: ${label}`);
}

describe("statistics from a streaming replica", () => {
  it("reads the counts there and nothing else: the replica away, only the statistics wait", async () => {
    pg("stop", REPLICA.dir);
    pg("stop", PRIMARY.dir);
    const db = freshDatabase("replica", "postgresql", pg("start", PRIMARY.dir, PRIMARY.port));
    const replicaUrl = `${pg("replica", REPLICA.dir, REPLICA.port, PRIMARY.port)}/${new URL(db.url).pathname.slice(1)}`;
    const start = () =>
      spawnServer({ port: PORT, databaseUrl: db.url, env: { NODE_ENV: "test", APP_NOW, UPLOAD_DIR: db.uploads, DATABASE_READ_URL: replicaUrl }, log: `${db.dir}/server.log` });
    server = await start();
    const base = server.base;
    const cookie = await signIn(base, "counter@bkk01.demo");
    const ids = await intakeChecklist(base, cookie);
    const replica = sql(replicaUrl);
    const onReplica = async () => Number((await replica.rows<{ n: string | number }>(`SELECT count(*) AS "n" FROM "Request"`))[0].n);
    try {
      // Six filings on the primary (five is the smallest count the statistics publish).
      for (let i = 0; i < 6; i++) expect((await postIntake(base, cookie, intakeBody(ids, newKey()))).status).toBe(302);
      await until(onReplica, (n) => n === 6, "six requests replicated");
      const april = async () => (await (await fetch(`${base}/api/v1/statistics?from=2026-04&to=2026-04`)).json()) as Stats;
      expect(received(await april())).toBe(6);

      // ---- the replica goes away; the primary carries on --------------------------------------
      pg("halt", REPLICA.dir);
      // A month not counted yet must be read now: from the replica, which is gone.
      const march = await fetch(`${base}/api/v1/statistics?from=2026-03&to=2026-03`, { headers: { "Accept-Language": "en-GB" } });
      expect(march.status).toBe(503);
      expect(march.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await fetch(`${base}/permits/commercial-registration`)).status).toBe(200);
      expect((await fetch(`${base}/staff/requests`, { headers: { Cookie: cookie } })).status).toBe(200);
      expect((await postIntake(base, cookie, intakeBody(ids, newKey()))).status).toBe(302);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      // ---- back: it catches up by replication, and the statistics count from it again -----------
      pg("start", REPLICA.dir, REPLICA.port);
      await until(onReplica, (n) => n === 7, "the seventh request replicated");
      await until(() => fetch(`${base}/api/v1/statistics?from=2026-03&to=2026-03`).then((r) => r.status), (s) => s === 200, "statistics answer again");
      await server.stop();
      server = await start();
      expect(received(await april())).toBe(7);
      await server.stop();
    } finally {
      replica.close();
    }
  }, 180_000);
});
