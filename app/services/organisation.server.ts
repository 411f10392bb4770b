// Ministries, agencies and service centers (issue 7). Each change and its audit entry are one
// transaction; a duplicate code is a field error, never a half-written row. Nothing here
// deletes: permits, requests, users and history refer to these rows.
import type { Prisma } from "~/generated/prisma/client";
import { changedFields, type Snapshot } from "~/domain/admin/diff";
import { recordAudit, type AuditEntity } from "~/models/audit.server";
import { agencyFields, agencyOptions, centerFields, getAgency, getCenter, getMinistry, listAgencies, listMinistries, permitOptions } from "~/models/organisation.server";
import { evictSessionCache, type StaffUser } from "~/models/user.server";
import type { AgencyInput, CenterInput, MinistryInput } from "~/schemas/organisation";
import { now } from "~/utils/clock.server";
import { isUniqueViolation, prisma } from "~/utils/db.server";

export type Actor = Pick<StaffUser, "id" | "role">;
export type SaveResult = { ok: true; id: string; changed: boolean } | { ok: false; errors: Record<string, string> };

type Tx = Prisma.TransactionClient;

// Create or update one row and its audit entry. `write` returns the row's id; `snapshot` reads
// the audited fields; `check` adds database-dependent field errors (unknown ids, locked codes).
async function save(opts: {
  entity: AuditEntity;
  id: string | null;
  actor: Actor;
  after: Snapshot;
  label: string;
  codeError: string;
  snapshot: (tx: Tx, id: string) => Promise<Snapshot | null>;
  check?: (tx: Tx, before: Snapshot | null) => Promise<Record<string, string> | null>;
  write: (tx: Tx) => Promise<string>;
}): Promise<SaveResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = opts.id ? await opts.snapshot(tx, opts.id) : null;
      if (opts.id && !before) throw new Response("Not found", { status: 404 });
      const problems = opts.check ? await opts.check(tx, before) : null;
      if (problems) return { ok: false as const, errors: problems };
      const diff = changedFields(before ?? {}, opts.after);
      if (!diff) return { ok: true as const, id: opts.id!, changed: false };
      const id = await opts.write(tx);
      await recordAudit(tx, {
        actor: opts.actor,
        at: now(),
        entity: opts.entity,
        entityId: id,
        action: before ? "update" : "create",
        label: opts.label,
        ...(before ? { before: diff.before } : {}),
        after: before ? diff.after : opts.after,
      });
      return { ok: true as const, id, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { code: opts.codeError } };
    throw error;
  }
}

const pick = <T extends Record<string, unknown>>(row: T, keys: readonly string[]): Snapshot => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
const blankToNull = (v: string) => (v === "" ? null : v);

// ── Ministries ────────────────────────────────────────────────────────────────────────────

export function saveMinistry(actor: Actor, id: string | null, input: MinistryInput) {
  const fields = ["code", "nameTh", "nameEn"] as const;
  return save({
    entity: "ministry",
    id,
    actor,
    after: pick(input, fields),
    label: input.code,
    codeError: "admin:agencies.errors.codeTaken",
    snapshot: async (tx, id) => {
      const row = await tx.ministry.findUnique({ where: { id }, select: { code: true, nameTh: true, nameEn: true } });
      return row && pick(row, fields);
    },
    write: async (tx) => (id ? (await tx.ministry.update({ where: { id }, data: input, select: { id: true } })).id : (await tx.ministry.create({ data: input, select: { id: true } })).id),
  });
}

// ── Agencies ──────────────────────────────────────────────────────────────────────────────

const AGENCY_FIELDS = Object.keys(agencyFields);

export function saveAgency(actor: Actor, id: string | null, input: AgencyInput) {
  const data = {
    ...input,
    parentId: blankToNull(input.parentId),
    phone: blankToNull(input.phone),
    website: blankToNull(input.website),
    addressTh: blankToNull(input.addressTh),
    addressEn: blankToNull(input.addressEn),
  };
  return save({
    entity: "agency",
    id,
    actor,
    after: pick(data, AGENCY_FIELDS),
    label: input.code,
    codeError: "admin:agencies.errors.codeTaken",
    snapshot: async (tx, id) => {
      const row = await tx.agency.findUnique({ where: { id }, select: agencyFields });
      return row && pick(row, AGENCY_FIELDS);
    },
    check: async (tx): Promise<Record<string, string> | null> => {
      if (!(await tx.ministry.findUnique({ where: { id: data.ministryId }, select: { id: true } }))) return { ministryId: "validation:choose" };
      if (data.parentId) {
        if (data.parentId === id) return { parentId: "admin:agencies.errors.parentSelf" };
        // The hierarchy must stay a tree: the new parent may not sit below this agency.
        let at: string | null = data.parentId;
        for (let depth = 0; at && depth < 50; depth++) {
          const row: { parentId: string | null } | null = await tx.agency.findUnique({ where: { id: at }, select: { parentId: true } });
          if (!row) return { parentId: "validation:choose" };
          if (id && row.parentId === id) return { parentId: "admin:agencies.errors.parentCycle" };
          at = row.parentId;
        }
      }
      return null;
    },
    write: async (tx) => (id ? (await tx.agency.update({ where: { id }, data, select: { id: true } })).id : (await tx.agency.create({ data, select: { id: true } })).id),
  });
}

// ── Service centers ───────────────────────────────────────────────────────────────────────

const CENTER_FIELDS = [...Object.keys(centerFields), "permits"];

export async function saveCenter(actor: Actor, id: string | null, input: CenterInput, permitIds: string[]): Promise<SaveResult> {
  const data = { ...input, lunchStart: blankToNull(input.lunchStart), lunchEnd: blankToNull(input.lunchEnd) };
  const permits = await prisma.permit.findMany({ where: { id: { in: permitIds } }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  const result = await save({
    entity: "service_center",
    id,
    actor,
    after: { ...pick(data, CENTER_FIELDS), permits: permits.map((p) => p.slug) },
    label: input.code,
    codeError: "admin:centers.errors.codeTaken",
    snapshot: async (tx, id) => {
      const row = await tx.serviceCenter.findUnique({
        where: { id },
        select: { ...centerFields, permits: { select: { permit: { select: { slug: true } } }, orderBy: { permit: { slug: "asc" } } } },
      });
      return row && { ...pick(row, CENTER_FIELDS), permits: row.permits.map((p) => p.permit.slug) };
    },
    // Tracking numbers already issued carry the code (decision 0004), so it is fixed once a
    // request has been filed at the center.
    check: async (tx, before) => {
      if (!id || !before || before.code === input.code) return null;
      const filed = await tx.request.count({ where: { serviceCenterId: id } });
      return filed > 0 ? { code: "admin:centers.errors.codeLocked" } : null;
    },
    write: async (tx) => {
      const links = { create: permits.map((p) => ({ permitId: p.id })) };
      if (!id) return (await tx.serviceCenter.create({ data: { ...data, permits: links }, select: { id: true } })).id;
      await tx.permitServiceCenter.deleteMany({ where: { serviceCenterId: id } });
      return (await tx.serviceCenter.update({ where: { id }, data: { ...data, permits: links }, select: { id: true } })).id;
    },
  });
  // Counter staff carry their center's office hours in the cached session (T5): drop it so the
  // next intake counts in the new hours.
  if (result.ok && result.changed) evictSessionCache();
  return result;
}

// ── What the pages read ──────────────────────────────────────────────────────────────────

const notFound = () => new Response("Not found", { status: 404 });

export async function organisationLists() {
  const [ministries, agencies] = await Promise.all([listMinistries(), listAgencies()]);
  return { ministries, agencies };
}

// `id` "new" is the create form. An agency is never offered as its own parent.
export async function agencyFormData(id: string) {
  const agency = id === "new" ? null : await getAgency(id);
  if (id !== "new" && !agency) throw notFound();
  const [ministries, agencies] = await Promise.all([listMinistries(), agencyOptions()]);
  return { agency, ministries, agencies: agencies.filter((a) => a.id !== agency?.id) };
}

export async function ministryFormData(id: string) {
  const ministry = id === "new" ? null : await getMinistry(id);
  if (id !== "new" && !ministry) throw notFound();
  return { ministry };
}

// A center's code is shown read-only once requests were filed there (saveCenter refuses it).
export async function centerFormData(id: string) {
  const center = id === "new" ? null : await getCenter(id);
  if (id !== "new" && !center) throw notFound();
  return {
    center: center && { ...center, permitIds: center.permits.map((p) => p.permitId), codeLocked: center._count.requests > 0 },
    permits: await permitOptions(),
  };
}
