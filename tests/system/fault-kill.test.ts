// Fault test (issue 9, decision 0015): the server is killed with SIGKILL in the middle of a
// burst of counter intakes and online submissions. After a restart on the same database every
// request whose filing was acknowledged (a redirect carrying its tracking number, or to the
// online confirmation page) is present once and whole, no partial rows exist, SQLite's own
// integrity check passes, and a retried unacknowledged form files at most once (R8.1, O1).
// Once on SQLite and once on PostgreSQL (decision 0016).
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { DATABASES, freshDatabase, intakeBody, intakeChecklist, newKey, postIntake, readyDraft, signIn, sql, submitDraft, type ReadyDraft } from "./support";
import { wholenessProblems } from "./wholeness";

const PORT = 3230;
const COUNTER = 160;
const ONLINE = 40;

let server: SpawnedServer | undefined;
afterAll(async () => server?.kill());

type Outcome = { kind: "counter" | "online"; key: string; status: number | "error"; trackingNumber?: string; draft?: ReadyDraft };

describe.each(DATABASES)("SIGKILL in the middle of a burst of filings (%s)", (kind) => {
  it("every acknowledged request is present and whole after a restart; nothing is partial", async () => {
    const db = freshDatabase("kill", kind);
    const env = { UPLOAD_DIR: db.uploads, APPLICATIONS_PER_HOUR: "100000", TRACK_LOOKUPS_PER_15_MIN: "100000" };
    server = await spawnServer({ port: PORT, databaseUrl: db.url, env, log: `${db.dir}/server.log` });
    const cookie = await signIn(server.base, "counter@bkk01.demo");
    const ids = await intakeChecklist(server.base, cookie);
    const drafts: ReadyDraft[] = [];
    for (let i = 0; i < ONLINE; i++) drafts.push(await readyDraft(server.base));

    // The burst: every filing at once; the server dies when about a third are acknowledged.
    const total = COUNTER + ONLINE;
    let acknowledged = 0;
    let killedAfter = -1;
    const victim = server;
    const acked = () => {
      if (++acknowledged === Math.ceil(total / 3)) {
        killedAfter = acknowledged;
        victim.child.kill("SIGKILL");
      }
    };
    const counterFilings = Array.from({ length: COUNTER }, (_, i) => async (): Promise<Outcome> => {
      const key = newKey();
      try {
        const res = await postIntake(victim.base, cookie, intakeBody(ids, key, { incomplete: i % 4 === 0 }));
        await res.arrayBuffer();
        const trackingNumber = /\/staff\/requests\/([A-Z0-9-]+)$/.exec(res.headers.get("location") ?? "")?.[1];
        if (res.status === 302 && trackingNumber) acked();
        return { kind: "counter", key, status: res.status, trackingNumber };
      } catch {
        return { kind: "counter", key, status: "error" };
      }
    });
    const onlineFilings = drafts.map((draft) => async (): Promise<Outcome> => {
      try {
        const res = await submitDraft(victim.base, draft);
        await res.arrayBuffer();
        if (res.status === 302 && res.headers.get("location")?.endsWith("/done")) acked();
        // Acknowledged = sent to the confirmation page, which shows the tracking number.
        return { kind: "online", key: draft.key, status: res.status === 302 && !res.headers.get("location")?.endsWith("/done") ? -1 : res.status, draft };
      } catch {
        return { kind: "online", key: draft.key, status: "error", draft };
      }
    });
    // Sent in an interleaved order (every fifth online), so both kinds straddle the kill.
    const order = Array.from({ length: total }, (_, i) => (i % 5 === 4 ? onlineFilings[(i - 4) / 5] : counterFilings[i - Math.floor((i + 1) / 5)]));
    const outcomes = await Promise.all(order.map((file) => file()));
    await server.kill();
    const ackCounter = outcomes.filter((o) => o.kind === "counter" && o.status === 302 && o.trackingNumber);
    const ackOnline = outcomes.filter((o) => o.kind === "online" && o.status === 302);
    const lost = outcomes.filter((o) => o.status === "error");
    const otherStatus = outcomes.filter((o) => o.status !== 302 && o.status !== "error");
    // The kill must have happened during the burst, or the test proves nothing.
    expect(killedAfter).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
    // Before the kill nothing failed: every answer was an acknowledgement.
    expect(otherStatus.map((o) => o.status)).toEqual([]);

    // Restart on the same database and files.
    server = await spawnServer({ port: PORT, databaseUrl: db.url, env, log: `${db.dir}/server.log` });
    const check = sql(db.url);
    try {
      // Acknowledged counter intakes: once, under the number the officer was shown.
      for (const o of ackCounter) {
        const rows = await check.rows<{ trackingNumber: string }>(`SELECT "trackingNumber" FROM "Request" WHERE "idempotencyKey" = ?`, [o.key]);
        expect(rows.map((r) => r.trackingNumber), o.key).toEqual([o.trackingNumber]);
      }
      // Acknowledged online submissions: the draft points at its request, which holds every file.
      for (const o of ackOnline) {
        const rows = await check.rows<{ trackingNumber: string; files: number }>(
          `SELECT r."trackingNumber", (SELECT count(*) FROM "StoredFile" f WHERE f."requestId" = r."id") AS "files"
             FROM "ApplicationDraft" a JOIN "Request" r ON r."idempotencyKey" = 'online-' || a."id" AND r."trackingNumber" = a."trackingNumber"
            WHERE a."keyHash" = ?`,
          [o.draft!.draftHash],
        );
        expect(rows.length, o.key).toBe(1);
        expect(Number(rows[0].files)).toBe(o.draft!.files);
      }
      expect(await wholenessProblems(check, db.uploads)).toEqual({});

      // The restarted server shows an acknowledged request.
      const again = await signIn(server.base, "counter@bkk01.demo");
      const page = await fetch(`${server.base}/staff/requests/${ackCounter[0].trackingNumber}`, { headers: { Cookie: again } });
      expect(page.status).toBe(200);

      // The officer presses "submit" again on every form that got no answer: each files once.
      const retried = outcomes.filter((o) => o.kind === "counter" && o.status === "error");
      for (const o of retried) {
        const res = await postIntake(server.base, again, intakeBody(ids, o.key, {}));
        expect(res.status, o.key).toBe(302);
      }
      for (const o of outcomes.filter((x) => x.kind === "online" && x.status === "error")) {
        const res = await submitDraft(server.base, o.draft!);
        expect(res.status, o.key).toBe(302);
        expect(res.headers.get("location"), o.key).toMatch(/\/done$/);
      }
      for (const o of retried) {
        const rows = await check.rows(`SELECT "id" FROM "Request" WHERE "idempotencyKey" = ?`, [o.key]);
        expect(rows.length, o.key).toBe(1);
      }
      expect(await wholenessProblems(check, db.uploads)).toEqual({});
      const [{ n }] = await check.rows<{ n: number }>(`SELECT count(*) AS n FROM "Request"`);
      expect(Number(n)).toBe(total);
      console.info(
        `[fault, ${kind}] burst of ${total} (${COUNTER} counter, ${ONLINE} online); SIGKILL after ${killedAfter} acknowledgements; ` +
          `acknowledged ${ackCounter.length} counter + ${ackOnline.length} online, ${lost.length} without an answer; all acknowledged present and whole; after retrying, ${n} requests, each once`,
      );
    } finally {
      check.close();
      await server.stop();
    }
  });
});
