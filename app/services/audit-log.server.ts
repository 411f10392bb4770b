// The audit log as administrators read it: filters from the page's query (Bangkok dates turned
// into instants), newest first, each entry with its actor's name and the changed fields.
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditQuery } from "~/domain/admin/audit-query";
import { fieldChanges } from "~/domain/admin/diff";
import { addDays, bangkokInstant } from "~/domain/calendar/bangkok-date";
import { actorNames, allAuditEntries, auditActors, auditVocabulary, listAuditEntries, type AuditWhere } from "~/models/audit.server";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_CSV_MAX = 10_000;

function whereOf(q: AuditQuery): AuditWhere {
  return {
    entity: q.entity || undefined,
    action: q.action || undefined,
    actorId: q.actor || undefined,
    from: q.from ? bangkokInstant(q.from, "00:00") : undefined,
    // "to" is a whole Bangkok day: everything before the next midnight.
    until: q.to ? bangkokInstant(addDays(q.to, 1), "00:00") : undefined,
    q: q.q || undefined,
  };
}

type Row = Awaited<ReturnType<typeof allAuditEntries>>[number];

async function present(rows: Row[]) {
  const actors = new Map((await actorNames(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))).map((a) => [a.id, a]));
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorId ? { name: actors.get(r.actorId)?.name ?? r.actorId, email: actors.get(r.actorId)?.email ?? "" } : null,
    actorRole: r.actorRole,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    label: r.label,
    changes: fieldChanges(r.before, r.after),
  }));
}

export async function readAuditLog(q: AuditQuery) {
  const [{ rows, next }, actors, found] = await Promise.all([listAuditEntries(whereOf(q), q.cursor, AUDIT_PAGE_SIZE), auditActors(), auditVocabulary()]);
  // The filters offer the known words and whatever else the log holds (or the link asks for).
  const entities = [...new Set<string>([...AUDIT_ENTITIES, ...found.entities, ...(q.entity ? [q.entity] : [])])];
  const actions = [...new Set<string>([...AUDIT_ACTIONS, ...found.actions, ...(q.action ? [q.action] : [])])];
  return { entries: await present(rows), next, actors, entities, actions };
}

export async function auditLogForExport(q: AuditQuery) {
  return present(await allAuditEntries(whereOf(q), AUDIT_CSV_MAX));
}
