// Verifies every hash chain (decision 0013): each request's history (O1) and the
// administrative audit log. Bounded memory: requests are read in id order, a page at a time,
// with the events of that page; the audit log in seq order, a page at a time. Used by
// `npm run audit:verify` (app/jobs/verify-audit.ts) and by the tests.
import {
  auditPayload,
  describeFault,
  eventPayload,
  firstFault,
  GENESIS,
  linkFaults,
  planBackfill,
  type ChainFault,
  type ChainHead,
} from "~/domain/audit/chain";
import {
  auditEntries,
  chainEvents,
  requestHeads,
  requestsWithUnsealedEvents,
  resealAudit,
  resealEvents,
  type Db,
  type StoredAuditEntry,
  type StoredEvent,
} from "~/models/chain.server";
import { sha256Hex } from "~/utils/digest.server";

export type BrokenChain = { trackingNumber: string; requestId: string; fault: ChainFault; why: string };
export type AuditFault = { fault: ChainFault; why: string };
export type ChainReport = {
  chains: number;
  events: number;
  brokenCount: number;
  // The first `maxListed` broken chains, in request id order.
  broken: BrokenChain[];
  audit: { entries: number; faultCount: number; faults: AuditFault[]; head: ChainHead };
};

// Prisma refuses a query with more than 999 parameters on SQLite: one id each.
const PAGE = 500;
const AUDIT_PAGE = 2000;

const storedEventPayload = (e: StoredEvent, seq: number, prevHash: string) => eventPayload(e, seq, prevHash);
const storedAuditPayload = (e: StoredAuditEntry, seq: number, prevHash: string) => auditPayload(e, seq, prevHash);

export async function verifyChains(db: Db, opts: { page?: number; maxListed?: number } = {}): Promise<ChainReport> {
  const page = opts.page ?? PAGE;
  const maxListed = opts.maxListed ?? 1000;
  const report: ChainReport = { chains: 0, events: 0, brokenCount: 0, broken: [], audit: { entries: 0, faultCount: 0, faults: [], head: GENESIS } };

  for (let after = ""; ; ) {
    const heads = await requestHeads(db, after, page);
    if (heads.length === 0) break;
    after = heads[heads.length - 1].id;
    const events = await chainEvents(db, heads.map((h) => h.id));
    report.events += events.length;
    let i = 0;
    for (const h of heads) {
      // Both lists are in request id order: walk them together.
      while (i < events.length && events[i].requestId < h.id) i++;
      const links = [];
      for (; i < events.length && events[i].requestId === h.id; i++) links.push({ ...events[i], payload: eventPayload(events[i], events[i].seq, events[i].prevHash) });
      report.chains++;
      const fault = firstFault(links, { seq: h.eventSeq, hash: h.eventHash }, sha256Hex);
      if (!fault) continue;
      report.brokenCount++;
      if (report.broken.length < maxListed) report.broken.push({ trackingNumber: h.trackingNumber, requestId: h.id, fault, why: describeFault(fault) });
    }
  }

  let prev = GENESIS;
  for (;;) {
    const entries = await auditEntries(db, prev.seq, AUDIT_PAGE);
    if (entries.length === 0) break;
    for (const e of entries) {
      for (const fault of linkFaults(prev, e, auditPayload(e, e.seq, e.prevHash), sha256Hex)) {
        report.audit.faultCount++;
        if (report.audit.faults.length < maxListed) report.audit.faults.push({ fault, why: describeFault(fault) });
      }
      prev = { seq: e.seq, hash: e.hash };
    }
    report.audit.entries += entries.length;
  }
  report.audit.head = prev;
  return report;
}

export function isIntact(r: ChainReport): boolean {
  return r.brokenCount === 0 && r.audit.faultCount === 0;
}

const count = (n: number) => n.toLocaleString("en-US");

// What the command prints: one summary line, one line per broken chain, the audit log's line
// and its head (worth copying somewhere the database's writers cannot reach: decision 0013).
export function reportLines(r: ChainReport): string[] {
  const lines = [`${count(r.chains)} chains, ${count(r.events)} events verified, ${count(r.brokenCount)} broken`];
  for (const b of r.broken) lines.push(`  BROKEN ${b.trackingNumber}: ${b.why}`);
  if (r.brokenCount > r.broken.length) lines.push(`  … and ${count(r.brokenCount - r.broken.length)} more`);
  lines.push(`audit log: ${count(r.audit.entries)} entries verified, ${count(r.audit.faultCount)} broken`);
  for (const f of r.audit.faults) lines.push(`  BROKEN audit log: ${f.why}`);
  lines.push(`audit log head: seq ${r.audit.head.seq} sha256 ${r.audit.head.hash || "-"}`);
  return lines;
}

export type BackfillReport = { requests: number; events: number; auditEntries: number; refused: string[] };

// Seals the rows that the upgrade migration left unsealed (decision 0013). Run once, right
// after `prisma migrate deploy`; refuses (and reports) any chain that is not a clean legacy prefix.
export async function backfillChains(db: Db): Promise<BackfillReport> {
  const out: BackfillReport = { requests: 0, events: 0, auditEntries: 0, refused: [] };
  for (let after = ""; ; ) {
    const ids = await requestsWithUnsealedEvents(db, after, 200);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    await db.$transaction(
      async (tx) => {
        const events = await chainEvents(tx, ids);
        for (const id of ids) {
          const plan = planBackfill(
            events.filter((e) => e.requestId === id),
            storedEventPayload,
            sha256Hex,
          );
          if (!plan) continue;
          if (!plan.ok) {
            const r = await tx.request.findUnique({ where: { id }, select: { trackingNumber: true } });
            out.refused.push(`${r?.trackingNumber ?? id}: ${describeFault(plan.fault)}`);
            continue;
          }
          await resealEvents(tx, id, plan.sealed, plan.head);
          out.requests++;
          out.events += plan.sealed.length;
        }
      },
      { timeout: 120_000 },
    );
  }
  await db.$transaction(
    async (tx) => {
      const all: StoredAuditEntry[] = [];
      for (let seq = 0; ; ) {
        const page = await auditEntries(tx, seq, AUDIT_PAGE);
        if (page.length === 0) break;
        all.push(...page);
        seq = page[page.length - 1].seq;
      }
      const plan = planBackfill(all, storedAuditPayload, sha256Hex);
      if (!plan) return;
      if (!plan.ok) {
        out.refused.push(`audit log: ${describeFault(plan.fault)}`);
        return;
      }
      await resealAudit(tx, plan.sealed);
      out.auditEntries = plan.sealed.length;
    },
    { timeout: 120_000 },
  );
  return out;
}
