// Reads for verifying the hash chains (decision 0013), in pages, and the one update the chains
// allow: the backfill that seals rows from before the chain existed (prevHash and hash only).
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import type { Tx } from "~/models/request.server";

export type Db = PrismaClient;

const auditSelect = { id: true, seq: true, at: true, actorId: true, actorRole: true, entity: true, entityId: true, action: true, label: true, before: true, after: true, prevHash: true, hash: true } as const;

// Requests in id order after `afterId`, with their recorded chain head. Raw SQL: a verification
// reads every row once, and Prisma's row mapping costs five times the query here.
export async function requestHeads(db: Db, afterId: string, take: number) {
  const rows = await db.$queryRaw<{ id: string; trackingNumber: string; eventSeq: number | bigint; eventHash: string }[]>`
    SELECT "id", "trackingNumber", "eventSeq", "eventHash" FROM "Request" WHERE "id" > ${afterId} ORDER BY "id" LIMIT ${take}`;
  return rows.map((r) => ({ ...r, eventSeq: Number(r.eventSeq) }));
}

export type StoredEvent = {
  id: string;
  requestId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorRole: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string;
  prevHash: string;
  hash: string;
};

// The events of these requests, chain by chain in seq order (the unique (requestId, seq) index).
export async function chainEvents(db: Db | Tx, requestIds: string[]): Promise<StoredEvent[]> {
  if (requestIds.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<StoredEvent, "seq" | "at"> & { seq: number | bigint; at: string | number | Date })[]>`
    SELECT "id", "requestId", "seq", "at", "actorId", "actorRole", "type", "fromStatus", "toStatus", "note", "prevHash", "hash"
    FROM "RequestEvent" WHERE "requestId" IN (${Prisma.join(requestIds)}) ORDER BY "requestId", "seq"`;
  // The stored instant as Prisma reads it (ISO text with an offset): the same Date that was sealed.
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: new Date(r.at) }));
}

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
