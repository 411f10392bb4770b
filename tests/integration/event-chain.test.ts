// The tamper-evident history (issue 9, O1, decision 0013) against the real database: requests
// filed and worked through the real services form intact hash chains; changing, deleting or
// reordering a stored event, or changing an audit entry, is found and named by tracking number
// and seq. Each tampering uses a request of its own, deleted at the end (with its chain), and
// audit entries are restored, so other files see an intact database.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendEvents } from "~/models/request.server";
import { recordAudit } from "~/models/audit.server";
import type { StaffUser } from "~/models/user.server";
import { getStaffUser } from "~/services/auth.server";
import { backfillChains, isIntact, reportLines, verifyChains, type ChainReport } from "~/services/chain-verify.server";
import { advanceStep, decide } from "~/services/decision.server";
import { cureItems } from "~/services/deficiency.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { createPrismaClient, prisma } from "~/utils/db.server";
import { sha256Hex } from "~/utils/digest.server";
import { eventPayload } from "~/domain/audit/chain";
import { copyDatabase } from "./db-copy";
import { cookieFor, staffRequest } from "./staff-session";

const run = promisify(execFile);
const at = (iso: string) => new Date(`${iso}T10:00:00+07:00`);
const mine: string[] = [];
let counter: StaffUser;
let officer: StaffUser;
let key = 0;

async function user(email: string) {
  return (await getStaffUser(staffRequest("/staff", await cookieFor(email))))!;
}

// A food-premises licence filed at BKK01 with both documents missing (deficiency recorded).
async function incompleteRequest() {
  const permit = await loadIntakeManual("food-premises-licence");
  const outcome = await submitCounterIntake(counter, permit, {
    idempotencyKey: `event-chain-${Date.now()}-${key++}-000000`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "ทดสอบ ห่วงโซ่",
    applicantPhone: "0812345678",
    applicantEmail: "",
    applicantAddress: "1 ถนนทดสอบ",
    preferredLanguage: "th",
    noticesByEmail: false,
    cureDeadline: "",
    signedOnPaper: true,
    documents: permit.manual.documents.map((d) => ({ id: d.id, status: "missing" as const, note: "" })),
  });
  if (!outcome.ok) throw new Error("fixture failed");
  const r = await prisma.request.findUniqueOrThrow({ where: { trackingNumber: outcome.trackingNumber }, select: { id: true, trackingNumber: true } });
  mine.push(r.id);
  return r;
}

// The same request cured, reviewed and approved: a history of eight events.
async function decidedRequest() {
  const r = await incompleteRequest();
  const items = await prisma.deficiencyItem.findMany({ where: { record: { requestId: r.id } }, select: { id: true } });
  expect(await cureItems(counter, r.id, [items[0].id], at("2026-04-10"))).toEqual({ ok: true });
  expect(await cureItems(counter, r.id, items.slice(1).map((i) => i.id), at("2026-04-16"))).toEqual({ ok: true });
  expect(await advanceStep(officer, r.id, at("2026-04-17"))).toEqual({ ok: true });
  expect(await advanceStep(officer, r.id, at("2026-04-20"))).toEqual({ ok: true });
  expect(await decide(officer, r.id, { decision: "approved", reasons: "", appealInfo: "" }, at("2026-04-21"))).toEqual({ ok: true });
  return r;
}

const events = (requestId: string) =>
  prisma.requestEvent.findMany({ where: { requestId }, orderBy: { seq: "asc" }, select: { id: true, seq: true, type: true, prevHash: true, hash: true } });

// Faults of this file's requests only (other files' requests must stay intact: checked too).
function faultsOf(report: ChainReport, ids: string[]) {
  return report.broken.filter((b) => ids.includes(b.requestId)).map((b) => ({ trackingNumber: b.trackingNumber, seq: b.fault.seq, reason: b.fault.reason }));
}

beforeAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  counter = await user("counter@bkk01.demo");
  officer = await user("officer@ptw.demo");
});

afterAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  await prisma.request.deleteMany({ where: { id: { in: mine } } });
});

describe("each request's history is a hash chain (O1, decision 0013)", () => {
  it("a request filed, cured, reviewed and decided through the services has seq 1..n, each link on the one before, and the head on the request", async () => {
    const r = await decidedRequest();
    const list = await events(r.id);
    expect(list.map((e) => e.type)).toEqual(["submitted", "deficiency_recorded", "items_supplied", "items_supplied", "accepted", "review_started", "step_completed", "step_completed", "decided"]);
    expect(list.map((e) => e.seq)).toEqual(list.map((_, i) => i + 1));
    expect(list[0].prevHash).toBe("");
    for (let i = 1; i < list.length; i++) expect(list[i].prevHash).toBe(list[i - 1].hash);
    expect(list.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    const head = await prisma.request.findUniqueOrThrow({ where: { id: r.id }, select: { eventSeq: true, eventHash: true } });
    expect(head).toEqual({ eventSeq: list.length, eventHash: list[list.length - 1].hash });

    const report = await verifyChains(prisma, { page: 7 });
    expect(report.broken).toEqual([]);
    expect(report.brokenCount).toBe(0);
    expect(report.chains).toBe(await prisma.request.count());
    expect(report.events).toBe(await prisma.requestEvent.count());
    expect(report.audit.faults).toEqual([]);
    expect(report.audit.entries).toBe(await prisma.auditEntry.count());
    expect(reportLines(report)[0]).toMatch(/^[\d,]+ chains, [\d,]+ events verified, 0 broken$/);
  }, 60_000);

  it("names exactly the tampered chain and its first bad seq: a changed note, a deleted middle event, two events swapped, a deleted tail, a re-sealed change", async () => {
    const [note, middle, swapped, tail, resealed] = [await decidedRequest(), await decidedRequest(), await decidedRequest(), await decidedRequest(), await decidedRequest()];
    await prisma.$executeRaw`UPDATE "RequestEvent" SET "note" = 'cure by 2026-12-31' WHERE "requestId" = ${note.id} AND "seq" = 2`;
    await prisma.$executeRaw`DELETE FROM "RequestEvent" WHERE "requestId" = ${middle.id} AND "seq" = 4`;
    // Reorder: events 5 and 6 trade places (through a free seq, because (requestId, seq) is unique).
    await prisma.$executeRaw`UPDATE "RequestEvent" SET "seq" = 100 WHERE "requestId" = ${swapped.id} AND "seq" = 5`;
    await prisma.$executeRaw`UPDATE "RequestEvent" SET "seq" = 5 WHERE "requestId" = ${swapped.id} AND "seq" = 6`;
    await prisma.$executeRaw`UPDATE "RequestEvent" SET "seq" = 6 WHERE "requestId" = ${swapped.id} AND "seq" = 100`;
    const last = (await events(tail.id)).at(-1)!;
    await prisma.$executeRaw`DELETE FROM "RequestEvent" WHERE "id" = ${last.id}`;
    // An insider who knows the algorithm changes event 3 and seals it again: event 4 no longer links.
    const third = await prisma.requestEvent.findFirstOrThrow({ where: { requestId: resealed.id, seq: 3 } });
    const forged = { ...third, actorId: null, note: "0 item(s)" };
    await prisma.$executeRaw`UPDATE "RequestEvent" SET "actorId" = NULL, "note" = ${forged.note}, "hash" = ${sha256Hex(eventPayload(forged, 3, third.prevHash))} WHERE "id" = ${third.id}`;

    const report = await verifyChains(prisma);
    const ids = [note, middle, swapped, tail, resealed].map((r) => r.id);
    const byNumber = (a: { trackingNumber: string }, b: { trackingNumber: string }) => a.trackingNumber.localeCompare(b.trackingNumber);
    expect(faultsOf(report, ids).sort(byNumber)).toEqual(
      [
        { trackingNumber: note.trackingNumber, seq: 2, reason: "hash_mismatch" },
        { trackingNumber: middle.trackingNumber, seq: 4, reason: "gap" },
        { trackingNumber: swapped.trackingNumber, seq: 5, reason: "hash_mismatch" },
        { trackingNumber: tail.trackingNumber, seq: last.seq, reason: "head_mismatch" },
        { trackingNumber: resealed.trackingNumber, seq: 4, reason: "prev_mismatch" },
      ].sort(byNumber),
    );
    expect(report.brokenCount).toBe(5);
    const lines = reportLines(report);
    expect(lines[0]).toMatch(/ 5 broken$/);
    expect(lines).toContain(`  BROKEN ${middle.trackingNumber}: seq 4: missing (gap in seq; a link was deleted or renumbered)`);
    expect(lines.find((l) => l.includes(tail.trackingNumber))).toContain("the tail was deleted");
    // Leave nothing broken behind for other files.
    await prisma.request.deleteMany({ where: { id: { in: ids } } });
    expect(isIntact(await verifyChains(prisma))).toBe(true);
  }, 60_000);

  it("batch appends (as the holiday recompute does, T7) chain each request on its own head, in the given order", async () => {
    const a = await incompleteRequest();
    const b = await incompleteRequest();
    const base = { at: at("2026-04-10"), actorId: null, actorRole: "system", fromStatus: null, toStatus: null };
    await prisma.$transaction((tx) =>
      appendEvents(tx, [
        { ...base, requestId: a.id, type: "due_date_moved", note: "a1" },
        { ...base, requestId: b.id, type: "due_date_moved", note: "b1" },
        { ...base, requestId: a.id, type: "due_date_moved", note: "a2" },
      ]),
    );
    const seqs = async (id: string) => (await prisma.requestEvent.findMany({ where: { requestId: id }, orderBy: { seq: "asc" }, select: { seq: true, note: true } })).map((e) => `${e.seq}:${e.note}`);
    expect((await seqs(a.id)).slice(-2)).toEqual(["3:a1", "4:a2"]);
    expect((await seqs(b.id)).slice(-1)).toEqual(["3:b1"]);
    expect(faultsOf(await verifyChains(prisma), [a.id, b.id])).toEqual([]);
  });

  it("two appends to one request at the same time never fork the chain: in one process, and from two connections", async () => {
    const r = await incompleteRequest();
    const event = (note: string) => ({ requestId: r.id, at: at("2026-04-10"), actorId: null, actorRole: "system", type: "note", note });
    await Promise.all([1, 2, 3, 4].map((n) => prisma.$transaction((tx) => appendEvents(tx, [event(`same process ${n}`)]))));
    // A second client has its own connections (as a second process would): a deferred
    // transaction that read before another writer committed cannot write. No two links share a seq.
    const other = createPrismaClient(process.env.DATABASE_URL!);
    const results = await Promise.allSettled(
      [prisma, other, prisma, other].map((db, n) =>
        db.$transaction(async (tx) => {
          await tx.request.findUniqueOrThrow({ where: { id: r.id }, select: { status: true } });
          await appendEvents(tx, [event(`two connections ${n}`)]);
        }),
      ),
    );
    await other.$disconnect();
    const ok = results.filter((x) => x.status === "fulfilled").length;
    // The losers are refused (a stale snapshot cannot take the write lock: SQLITE_BUSY, shown as
    // the 503 "temporarily unavailable"), never forked.
    for (const x of results) if (x.status === "rejected") expect(x.reason).toMatchObject({ status: 503 });
    expect(ok).toBeGreaterThan(0);
    const list = await events(r.id);
    expect(list.length).toBe(2 + 4 + ok);
    expect(list.map((e) => e.seq)).toEqual(list.map((_, i) => i + 1));
    expect(faultsOf(await verifyChains(prisma), [r.id])).toEqual([]);
  });
});

describe("the administrative audit log is one hash chain (decision 0013)", () => {
  it("names a changed before/after and a deleted entry by seq; restored, it verifies again", async () => {
    for (const n of [1, 2, 3]) {
      await recordAudit(prisma, { actor: { id: null, role: "admin" }, at: at("2026-04-09"), entity: "holiday", entityId: `chain-${n}`, action: "update", label: `chain test ${n}`, before: { nameTh: "ก่อน" }, after: { nameTh: `หลัง ${n}` } });
    }
    const written = await prisma.auditEntry.findMany({ where: { entityId: { startsWith: "chain-" } }, orderBy: { seq: "asc" } });
    expect(written.map((e) => e.seq)).toEqual([written[0].seq, written[0].seq + 1, written[0].seq + 2]);
    expect(written[1].prevHash).toBe(written[0].hash);
    expect((await verifyChains(prisma)).audit.faults).toEqual([]);

    const [first, second] = written;
    await prisma.$executeRaw`UPDATE "AuditEntry" SET "after" = '{"nameTh":"แก้ไขแล้ว"}' WHERE "id" = ${first.id}`;
    await prisma.$executeRaw`DELETE FROM "AuditEntry" WHERE "id" = ${second.id}`;
    const report = await verifyChains(prisma);
    expect(report.audit.faults.map((f) => ({ seq: f.fault.seq, reason: f.fault.reason }))).toEqual([
      { seq: first.seq, reason: "hash_mismatch" },
      { seq: second.seq, reason: "gap" },
    ]);
    expect(reportLines(report)).toContain(`  BROKEN audit log: seq ${first.seq}: hash mismatch (the stored fields are not those that were sealed)`);

    await prisma.$executeRaw`UPDATE "AuditEntry" SET "after" = ${first.after} WHERE "id" = ${first.id}`;
    await prisma.auditEntry.create({ data: second });
    expect(isIntact(await verifyChains(prisma))).toBe(true);
  });
});

describe("npm run audit:verify (app/jobs/verify-audit.ts)", () => {
  const cli = async (url: string, ...args: string[]) => {
    try {
      const { stdout } = await run("node_modules/.bin/tsx", ["app/jobs/verify-audit.ts", ...args], { env: { ...process.env, DATABASE_URL: url } });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  };

  it("exits 0 with the summary on an intact copy, 1 naming the chain and seq on a tampered one", async () => {
    const r = await decidedRequest();
    const copy = await copyDatabase("cli");
    try {
      const intact = await cli(copy.url);
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/^[\d,]+ chains, [\d,]+ events verified, 0 broken$/m);
      expect(intact.stdout).toMatch(/^audit log: [\d,]+ entries verified, 0 broken$/m);

      await copy.run(`UPDATE "RequestEvent" SET "toStatus" = 'refused' WHERE "requestId" = ? AND "type" = 'decided'`, r.id);
      const tampered = await cli(copy.url);
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toMatch(/^[\d,]+ chains, [\d,]+ events verified, 1 broken$/m);
      expect(tampered.stdout).toContain(`BROKEN ${r.trackingNumber}: seq 9: hash mismatch`);
    } finally {
      await copy.drop();
    }
  }, 120_000);

  it("a database upgraded from before the chains: unsealed rows are reported, and --backfill seals them to the hashes the application writes", async () => {
    const r = await decidedRequest();
    const copy = await copyDatabase("legacy");
    try {
      // What the migration leaves: seq by row order, no hashes, heads without a hash.
      await copy.run(`UPDATE "RequestEvent" SET "prevHash" = '', "hash" = ''`);
      await copy.run(`UPDATE "Request" SET "eventHash" = ''`);
      await copy.run(`UPDATE "AuditEntry" SET "prevHash" = '', "hash" = ''`);
      const before = await cli(copy.url);
      expect(before.code).toBe(1);
      expect(before.stdout).toContain(`BROKEN ${r.trackingNumber}: seq 1: unsealed`);

      const sealed = await cli(copy.url, "--backfill");
      expect(sealed.stdout).toMatch(/^backfill: [1-9][\d]* request chain\(s\) \(\d+ events\) and \d+ audit entries sealed; 0 refused$/m);
      expect(sealed.code).toBe(0);
      expect(sealed.stdout).toMatch(/ 0 broken$/m);
      // Sealed again, the hashes are the ones the application wrote.
      const hashes = await copy.rows<{ hash: string }>(`SELECT "hash" FROM "RequestEvent" WHERE "requestId" = ? ORDER BY "seq"`, r.id);
      expect(hashes.map((h) => h.hash)).toEqual((await events(r.id)).map((e) => e.hash));
    } finally {
      await copy.drop();
    }
  }, 120_000);

  it("the backfill never seals over a change: links appended after the upgrade must be intact", async () => {
    const r = await decidedRequest();
    const copy = await copyDatabase("refuse");
    const other = createPrismaClient(copy.url);
    try {
      // Seq 1–2 from before the upgrade (unsealed); 3.. appended after it, on the empty head.
      const list = await other.requestEvent.findMany({ where: { requestId: r.id }, orderBy: { seq: "asc" } });
      let prevHash = "";
      for (const e of list) {
        const hash = e.seq <= 2 ? "" : sha256Hex(eventPayload(e, e.seq, prevHash));
        await other.requestEvent.update({ where: { id: e.id }, data: { prevHash: e.seq <= 2 ? "" : prevHash, hash } });
        prevHash = hash;
      }
      await other.request.update({ where: { id: r.id }, data: { eventHash: prevHash } });
      await other.$executeRaw`UPDATE "RequestEvent" SET "note" = 'changed' WHERE "requestId" = ${r.id} AND "seq" = 5`;
      expect((await backfillChains(other)).refused).toEqual([`${r.trackingNumber}: seq 5: hash mismatch (the stored fields are not those that were sealed)`]);
      await other.$executeRaw`UPDATE "RequestEvent" SET "note" = ${list[4].note} WHERE "requestId" = ${r.id} AND "seq" = 5`;
      expect(await backfillChains(other)).toMatchObject({ requests: 1, events: list.length, refused: [] });
      expect(faultsOf(await verifyChains(other), [r.id])).toEqual([]);
      expect((await other.requestEvent.findMany({ where: { requestId: r.id }, orderBy: { seq: "asc" }, select: { hash: true } })).map((e) => e.hash)).toEqual(
        (await events(r.id)).map((e) => e.hash),
      );
    } finally {
      await other.$disconnect();
      await copy.drop();
    }
  }, 60_000);
});
