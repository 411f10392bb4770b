// The administrative audit log (issue 7): append-only. Writes go through `recordAudit`, inside
// the caller's transaction so a change and its entry land together or not at all.
import { auditPayload, GENESIS, seal, type AuditFields } from "~/domain/audit/chain";
import type { Prisma } from "~/generated/prisma/client";
import { containsText, lockTransaction, LOCKS, prisma } from "~/utils/db.server";
import { sha256Hex } from "~/utils/digest.server";

export type AuditEntity = "manual" | "permit" | "holiday" | "ministry" | "agency" | "service_center" | "user" | "guide";
export type AuditActor = { id: string | null; role: string };
export type AuditInput = {
  actor: AuditActor;
  at: Date;
  entity: AuditEntity;
  entityId: string;
  action: string;
  label?: string;
  // Snapshots of the fields that matter (never a password hash or other secret).
  before?: unknown;
  after?: unknown;
};

type Db = Prisma.TransactionClient | typeof prisma;

// The log is one hash chain (decision 0013): the entry is sealed after the last one, read in the
// same transaction; the unique seq refuses a second entry sealed after the same head. On
// PostgreSQL an advisory lock makes concurrent writers wait their turn instead (decision 0016).
export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  const fields: AuditFields = {
    at: input.at,
    actorId: input.actor.id,
    actorRole: input.actor.role,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    label: input.label ?? "",
    before: input.before === undefined ? "" : JSON.stringify(input.before),
    after: input.after === undefined ? "" : JSON.stringify(input.after),
  };
  const append = async (tx: Prisma.TransactionClient) => {
    await lockTransaction(tx, LOCKS.auditChain);
    const last = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
    const { sealed } = seal(last ?? GENESIS, [fields], auditPayload, sha256Hex);
    await tx.auditEntry.create({ data: sealed[0] });
  };
  // Outside a transaction the read and the write must still go together.
  await ("$transaction" in db ? db.$transaction(append) : append(db));
}

// ── Reading the log (the audit viewer, /staff/admin/audit) ──────────────────────────────

export type AuditWhere = { entity?: string; action?: string; actorId?: string; from?: Date; until?: Date; q?: string };

function whereOf(f: AuditWhere): Prisma.AuditEntryWhereInput {
  return {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.from || f.until ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.until ? { lt: f.until } : {}) } } : {}),
    ...(f.q ? { label: containsText(f.q) } : {}),
  };
}

const entrySelect = { id: true, at: true, actorId: true, actorRole: true, entity: true, entityId: true, action: true, label: true, before: true, after: true } as const;

// Newest first; `cursor` is the id of the last entry of the previous page. One extra row tells
// whether there is an older page.
export async function listAuditEntries(filter: AuditWhere, cursor: string, take: number) {
  const rows = await prisma.auditEntry.findMany({
    where: whereOf(filter),
    select: entrySelect,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  return { rows: rows.slice(0, take), next: rows.length > take ? rows[take - 1].id : null };
}

// Every entry matching the filters, for the CSV export (bounded).
export function allAuditEntries(filter: AuditWhere, max: number) {
  return prisma.auditEntry.findMany({ where: whereOf(filter), select: entrySelect, orderBy: [{ at: "desc" }, { id: "desc" }], take: max });
}

export async function auditActors() {
  const rows = await prisma.auditEntry.findMany({ where: { actorId: { not: null } }, select: { actorId: true }, distinct: ["actorId"] });
  return actorNames(rows.map((r) => r.actorId!));
}

export async function actorNames(ids: string[]) {
  if (ids.length === 0) return [];
  return prisma.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true, email: true, role: true }, orderBy: { name: "asc" } });
}

// Every entity and action the log holds, so the filters offer what other areas write too.
export async function auditVocabulary() {
  const [entities, actions] = await Promise.all([
    prisma.auditEntry.findMany({ select: { entity: true }, distinct: ["entity"] }),
    prisma.auditEntry.findMany({ select: { action: true }, distinct: ["action"] }),
  ]);
  return { entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action) };
}
