// The administrative audit log (issue 7): append-only. Writes go through `recordAudit`, inside
// the caller's transaction so a change and its entry land together or not at all.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";

export type AuditEntity = "manual" | "permit" | "holiday" | "ministry" | "agency" | "service_center" | "user";
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

export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      at: input.at,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      entity: input.entity,
      entityId: input.entityId,
      action: input.action,
      label: input.label ?? "",
      before: input.before === undefined ? "" : JSON.stringify(input.before),
      after: input.after === undefined ? "" : JSON.stringify(input.after),
    },
  });
}
