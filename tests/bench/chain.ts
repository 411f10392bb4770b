// npx tsx tests/bench/chain.ts — how fast the hash chains are verified and appended
// (decision 0013). Builds .data/bench-chain.db: the demo content, then CHAIN_ROWS (100,000)
// synthetic requests with CHAIN_EVENTS (5) events each, sealed with the application's own
// functions, written through one prepared INSERT in one transaction. Then:
//  1. verifyChains over the whole database (what `npm run audit:verify` runs): events/s;
//  2. appendEvents of one event to each of 5,000 requests in one transaction, in batches of
//     500 as the holiday recompute does (T7): events/s.
// CHAIN_REUSE=1 measures again on the existing file. Bounded in time; never part of npm test. Obviously fake applicants ("Bench Chain n").
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import Database from "libsql";
import { eventPayload, GENESIS, seal } from "../../app/domain/audit/chain";
import { sha256Hex } from "../../app/utils/digest.server";

const ROWS = Number(process.env.CHAIN_ROWS ?? 100_000);
const EVENTS = Number(process.env.CHAIN_EVENTS ?? 5);
const FILE = ".data/bench-chain.db";
const DATABASE_URL = `file:${FILE}`;
process.env.DATABASE_URL = DATABASE_URL;

const reuse = process.env.CHAIN_REUSE === "1" && existsSync(FILE);
if (!reuse) buildDatabase();

function buildDatabase() {
  execFileSync("bash", ["tests/tools/prepare-db.sh", "--fresh"], { env: { ...process.env, DATABASE_URL }, stdio: "ignore" });
  const db = new Database(FILE);
  const permit = db.prepare(`SELECT p."id", p."agencyId", p."currentVersionId" FROM "Permit" p WHERE p."currentVersionId" IS NOT NULL LIMIT 1`).get() as {
    id: string;
    agencyId: string;
    currentVersionId: string;
  };
  const insertRequest = db.prepare(`INSERT INTO "Request" ("id", "trackingNumber", "permitId", "manualVersionId", "agencyId", "channel", "applicantType", "applicantId",
  "applicantName", "applicantPhone", "applicantAddress", "status", "receivedAt", "receivedOn", "eventSeq", "eventHash")
  VALUES (?, ?, ?, ?, ?, 'online', 'person', '0000000000000', ?, '0000000000', 'Bench Road', 'accepted', ?, '2026-04-09', ?, ?)`);
  const insertEvent = db.prepare(`INSERT INTO "RequestEvent" ("id", "requestId", "seq", "at", "actorId", "actorRole", "type", "fromStatus", "toStatus", "note", "prevHash", "hash")
  VALUES (?, ?, ?, ?, NULL, 'system', ?, NULL, ?, ?, ?, ?)`);
  const TYPES = ["submitted", "accepted", "review_started", "step_completed", "decided"];

  const t0 = performance.now();
  db.exec("BEGIN");
  for (let i = 0; i < ROWS; i++) {
    const id = `benchchain${String(i).padStart(9, "0")}`;
    const at = new Date(Date.UTC(2026, 3, 9, 3, 0, 0) + i * 1000);
    const events = Array.from({ length: EVENTS }, (_, k) => ({
      requestId: id,
      at,
      actorId: null,
      actorRole: "system",
      type: TYPES[k % TYPES.length],
      fromStatus: null,
      toStatus: TYPES[k % TYPES.length],
      note: `เหตุการณ์ ${k + 1} ของคำขอ ${i}`,
    }));
    const { sealed, head } = seal(GENESIS, events, eventPayload, sha256Hex);
    insertRequest.run(id, `BENCH-${i}`, permit.id, permit.currentVersionId, permit.agencyId, `Bench Chain ${i}`, at.toISOString().replace("Z", "+00:00"), head.seq, head.hash);
    for (const e of sealed) insertEvent.run(`${id}e${e.seq}`, id, e.seq, at.toISOString().replace("Z", "+00:00"), e.type, e.toStatus, e.note, e.prevHash, e.hash);
  }
  db.exec("COMMIT");
  db.close();
  const t1 = performance.now();
  console.log(`built ${ROWS.toLocaleString("en-US")} requests × ${EVENTS} events in ${((t1 - t0) / 1000).toFixed(1)} s`);
}

// The application's modules read DATABASE_URL when first imported.
const { prisma } = await import("../../app/utils/db.server");
const { verifyChains, reportLines } = await import("../../app/services/chain-verify.server");
const { appendEvents } = await import("../../app/models/request.server");

const t2 = performance.now();
const report = await verifyChains(prisma);
const verifySeconds = (performance.now() - t2) / 1000;
for (const line of reportLines(report)) console.log(line);
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(
  `verify: ${verifySeconds.toFixed(1)} s, ${Math.round(report.events / verifySeconds).toLocaleString("en-US")} events/s, ${Math.round(report.chains / verifySeconds).toLocaleString(
    "en-US"
  )} chains/s, rss ${rss} MB`
);

const ids = (await prisma.request.findMany({ where: { id: { startsWith: "benchchain" } }, select: { id: true }, take: 5000 })).map((r) => r.id);
const t3 = performance.now();
await prisma.$transaction(
  async (tx) => {
    for (let i = 0; i < ids.length; i += 500) {
      await appendEvents(
        tx,
        ids.slice(i, i + 500).map((requestId) => ({ requestId, at: new Date("2026-04-20T03:00:00Z"), actorId: null, actorRole: "admin", type: "due_date_moved", note: "bench" }))
      );
    }
  },
  { timeout: 120_000 }
);
const appendSeconds = (performance.now() - t3) / 1000;
console.log(
  `append: ${ids.length.toLocaleString("en-US")} events to as many requests in ${appendSeconds.toFixed(2)} s (${Math.round(ids.length / appendSeconds).toLocaleString(
    "en-US"
  )} events/s)`
);
const after = await verifyChains(prisma);
console.log(reportLines(after)[0]);
await prisma.$disconnect();
