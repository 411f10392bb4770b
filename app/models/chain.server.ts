// Reads for verifying the hash chains (decision 0013), in pages, and the one update the chains
// allow: the backfill that seals rows from before the chain existed (prevHash and hash only).
import type { PrismaClient } from "~/generated/prisma/client";
import type { Tx } from "~/models/request.server";

export type Db = PrismaClient;

const eventSelect = { id: true, requestId: true, seq: true, at: true, actorId: true, actorRole: true, type: true, fromStatus: true, toStatus: true, note: true, prevHash: true, hash: true } as const;
const auditSelect = { id: true, seq: true, at: true, actorId: true, actorRole: true, entity: true, entityId: true, action: true, label: true, before: true, after: true, prevHash: true, hash: true } as const;

// Requests in id order after `afterId`, with their recorded chain head.
export function requestHeads(db: Db, afterId: string, take: number) {
  return db.request.findMany({
    where: afterId ? { id: { gt: afterId } } : {},
    orderBy: { id: "asc" },
    take,
    select: { id: true, trackingNumber: true, eventSeq: true, eventHash: true },
  });
}

// The events of these requests, chain by chain in seq order (the unique (requestId, seq) index).
export function chainEvents(db: Db | Tx, requestIds: string[]) {
  return db.requestEvent.findMany({ where: { requestId: { in: requestIds } }, orderBy: [{ requestId: "asc" }, { seq: "asc" }], select: eventSelect });
}
export type StoredEvent = Awaited<ReturnType<typeof chainEvents>>[number];

export function auditEntries(db: Db | Tx, afterSeq: number, take: number) {
  return db.auditEntry.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take, select: auditSelect });
}
export type StoredAuditEntry = Awaited<ReturnType<typeof auditEntries>>[number];

// Requests whose history holds a row from before the chain (hash ""), in pages.
export async function requestsWithUnsealedEvents(db: Db, afterId: string, take: number): Promise<string[]> {
  const rows = await db.requestEvent.findMany({
    where: { hash: "", ...(afterId ? { requestId: { gt: afterId } } : {}) },
    orderBy: { requestId: "asc" },
    distinct: ["requestId"],
    take,
    select: { requestId: true },
  });
  return rows.map((r) => r.requestId);
}

export async function resealEvents(tx: Tx, requestId: string, links: { id: string; prevHash: string; hash: string }[], head: { seq: number; hash: string }) {
  for (const l of links) await tx.requestEvent.update({ where: { id: l.id }, data: { prevHash: l.prevHash, hash: l.hash }, select: { id: true } });
  await tx.request.update({ where: { id: requestId }, data: { eventSeq: head.seq, eventHash: head.hash }, select: { id: true } });
}

export async function resealAudit(tx: Tx, links: { id: string; prevHash: string; hash: string }[]) {
  for (const l of links) await tx.auditEntry.update({ where: { id: l.id }, data: { prevHash: l.prevHash, hash: l.hash }, select: { id: true } });
}
