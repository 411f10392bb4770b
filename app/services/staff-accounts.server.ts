// Staff accounts (issue 7): created, given a role and a scope, reset and deactivated by an
// administrator — never deleted, so every history keeps its actor. A temporary password is
// shown once and stored only as its argon2id hash; the account must choose its own at the
// next sign-in. Ending an account's access ends its sessions in the same transaction.
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { changedFields } from "~/domain/admin/diff";
import { selfChangeProblem } from "~/domain/admin/scope";
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import type { StaffRole } from "~/domain/auth/permissions";
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/models/audit.server";
import { agencyOptions, centerOptions } from "~/models/organisation.server";
import { evictSessionCache, getPasswordHash, getUserForAdmin, listUsers, type StaffUser } from "~/models/user.server";
import type { PasswordChange, UserCreate, UserEdit, UserFilter } from "~/schemas/staff-accounts";
import { now } from "~/utils/clock.server";
import { isUniqueViolation, prisma } from "~/utils/db.server";
import { readSessionToken, sessionIdOf } from "~/utils/session.server";

export type Actor = Pick<StaffUser, "id" | "role">;
type Tx = Prisma.TransactionClient;
type Errors = Record<string, string>;

// 4 groups of 5 from 31 unambiguous characters (no 0/o, 1/l/i): ≈99 bits, easy to read aloud.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}

// What the audit log keeps of an account: names and codes a reader recognises, no secrets.
async function snapshot(tx: Tx, id: string) {
  const u = await tx.user.findUnique({
    where: { id },
    select: { email: true, name: true, role: true, active: true, serviceCenter: { select: { code: true } }, agency: { select: { code: true } } },
  });
  return u && { email: u.email, name: u.name, role: u.role, serviceCenter: u.serviceCenter?.code ?? null, agency: u.agency?.code ?? null, active: u.active };
}

async function scopeErrors(tx: Tx, input: { serviceCenterId: string; agencyId: string }): Promise<Errors | null> {
  if (input.serviceCenterId && !(await tx.serviceCenter.findUnique({ where: { id: input.serviceCenterId }, select: { id: true } }))) return { serviceCenterId: "validation:choose" };
  if (input.agencyId && !(await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } }))) return { agencyId: "validation:choose" };
  return null;
}

const scopeData = (input: { serviceCenterId: string; agencyId: string }) => ({ serviceCenterId: input.serviceCenterId || null, agencyId: input.agencyId || null });

export async function createUser(actor: Actor, input: UserCreate): Promise<{ ok: true; id: string; temporaryPassword: string } | { ok: false; errors: Errors }> {
  const password = temporaryPassword();
  const passwordHash = await hash(password);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false as const, errors: { email: "admin:users.errors.emailTaken" } };
      const problems = await scopeErrors(tx, input);
      if (problems) return { ok: false as const, errors: problems };
      const { id } = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, ...scopeData(input), passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await recordAudit(tx, { actor, at: now(), entity: "user", entityId: id, action: "create", label: input.email, after: await snapshot(tx, id) });
      return { ok: true as const, id, temporaryPassword: password };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { email: "admin:users.errors.emailTaken" } };
    throw error;
  }
}

// Name, role and scope. A new role or scope is a "role_change" and takes effect at once.
export async function updateUser(actor: Actor, id: string, input: UserEdit): Promise<{ ok: true; changed: boolean } | { ok: false; errors: Errors }> {
  const self = selfChangeProblem(actor.id, id, "role_change", input.role as StaffRole);
  if (self) return { ok: false, errors: { role: self } };
  const result = await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new Response("Not found", { status: 404 });
    const problems = await scopeErrors(tx, input);
    if (problems) return { ok: false as const, errors: problems };
    await tx.user.update({ where: { id }, data: { name: input.name, role: input.role, ...scopeData(input) }, select: { id: true } });
    const after = (await snapshot(tx, id))!;
    const diff = changedFields(before, after);
    if (!diff) return { ok: true as const, changed: false, roleChange: false };
    const roleChange = ["role", "serviceCenter", "agency"].some((k) => k in diff.after);
    await recordAudit(tx, { actor, at: now(), entity: "user", entityId: id, action: roleChange ? "role_change" : "update", label: before.email, ...diff });
    return { ok: true as const, changed: true, roleChange };
  });
  if (!result.ok) return result;
  if (result.roleChange) evictSessionCache();
  return { ok: true, changed: result.changed };
}

type AccessChange = "reset_password" | "deactivate" | "reactivate";

// Reset, deactivate and reactivate: one transaction changes the account, ends its sessions
// (not on reactivation: there are none) and writes the audit entry; then this process's
// session cache is dropped so the change holds from the very next request.
export async function changeAccess(actor: Actor, id: string, change: AccessChange): Promise<{ ok: true; email: string; temporaryPassword?: string } | { ok: false; error: string }> {
  const self = change === "reactivate" ? null : selfChangeProblem(actor.id, id, change);
  if (self) return { ok: false, error: self };
  const password = change === "reset_password" ? temporaryPassword() : undefined;
  const passwordHash = password ? await hash(password) : undefined;
  const at = now();
  const result = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true, active: true, mustChangePassword: true } });
    if (!user) throw new Response("Not found", { status: 404 });
    if (change === "deactivate" && !user.active) return { ok: false as const, error: "admin:users.errors.alreadyInactive" };
    if (change === "reactivate" && user.active) return { ok: false as const, error: "admin:users.errors.alreadyActive" };
    if (change === "reset_password" && !user.active) return { ok: false as const, error: "admin:users.errors.resetInactive" };
    const data =
      change === "reset_password"
        ? { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null }
        : change === "deactivate"
          ? { active: false, deactivatedAt: at }
          : { active: true, deactivatedAt: null, failedLogins: 0, lockedUntil: null };
    await tx.user.update({ where: { id }, data, select: { id: true } });
    if (change !== "reactivate") await tx.session.deleteMany({ where: { userId: id } });
    const [before, after] =
      change === "reset_password" ? [{ mustChangePassword: user.mustChangePassword }, { mustChangePassword: true }] : [{ active: user.active }, { active: change === "reactivate" }];
    await recordAudit(tx, { actor, at, entity: "user", entityId: id, action: change, label: user.email, before, after });
    return { ok: true as const, email: user.email };
  });
  evictSessionCache();
  return result.ok ? { ...result, ...(password ? { temporaryPassword: password } : {}) } : result;
}

// A user's own new password (after a reset, or whenever they like). The other sessions of the
// account end; this one continues.
export async function changeOwnPassword(request: Request, user: Actor & { email: string }, input: PasswordChange): Promise<{ ok: true } | { ok: false; errors: Errors }> {
  const stored = await getPasswordHash(user.id);
  if (!stored || !(await verify(stored.passwordHash, input.currentPassword).catch(() => false))) return { ok: false, errors: { currentPassword: "admin:password.errors.currentWrong" } };
  const passwordHash = await hash(input.newPassword);
  const token = await readSessionToken(request);
  const keep = token ? sessionIdOf(token) : "";
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: keep } } });
    await recordAudit(tx, { actor: user, at: now(), entity: "user", entityId: user.id, action: "password_changed", label: user.email });
  });
  evictSessionCache();
  return { ok: true };
}

// ── What the pages read ──────────────────────────────────────────────────────────────────

export async function userList(filter: UserFilter) {
  const [kind, id] = filter.place ? filter.place.split(":") : ["", ""];
  const [users, centers, agencies] = await Promise.all([
    listUsers({ role: filter.role, active: filter.active, q: filter.q, centerId: kind === "center" ? id : "", agencyId: kind === "agency" ? id : "" }),
    centerOptions(),
    agencyOptions(),
  ]);
  return { users, centers, agencies };
}

// `id` "new" is the create form; `self` tells the page to offer no lock-out buttons.
export async function userFormData(id: string, admin: Actor) {
  const user = id === "new" ? null : await getUserForAdmin(id);
  if (id !== "new" && !user) throw new Response("Not found", { status: 404 });
  const [centers, agencies] = await Promise.all([centerOptions(), agencyOptions()]);
  return {
    user: user && { ...user, deactivatedOn: user.deactivatedAt ? toBangkokDate(user.deactivatedAt) : null, self: user.id === admin.id },
    centers,
    agencies,
  };
}
