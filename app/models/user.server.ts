// Staff accounts and their server-side sessions.
import { containsText, prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { memo } from "~/utils/memo.server";

const staffSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  agencyId: true,
  serviceCenterId: true,
  active: true,
  // Set by an administrator's reset: nothing but /staff/password until a new one is chosen.
  mustChangePassword: true,
  // Office hours come along: the clock needs them for limits in minutes or hours (T5).
  serviceCenter: { select: { code: true, nameTh: true, nameEn: true, opensAt: true, closesAt: true, lunchStart: true, lunchEnd: true } },
  agency: { select: { code: true, nameTh: true, nameEn: true } },
} as const;

export async function findUserForSignIn(email: string) {
  return prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, mustChangePassword: true, failedLogins: true, lockedUntil: true },
  });
}

export async function recordFailedSignIn(userId: string, failedLogins: number, lockedUntil: Date | null) {
  await prisma.user.update({ where: { id: userId }, data: { failedLogins, lockedUntil } });
}

export async function createSession(userId: string, id: string, expiresAt: Date) {
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null } }),
    prisma.session.create({ data: { id, userId, expiresAt } }),
  ]);
}

function loadSession(sessionId: string) {
  return prisma.session.findUnique({ where: { id: sessionId }, select: { expiresAt: true, user: { select: staffSelect } } });
}

// Every staff request reads its session; through Prisma that is four queries (≈1.6 ms). A
// few seconds of cache take it off the hot path (issue #4). Sign-out in this process evicts
// at once; another process sees a revocation within SESSION_CACHE_SECONDS (decision 0006).
let sessions: ReturnType<typeof memo<Awaited<ReturnType<typeof loadSession>>>> | undefined;
function sessionCache() {
  return (sessions ??= memo(env().SESSION_CACHE_SECONDS * 1000, 2000));
}

export async function getSessionUser(sessionId: string, now: Date) {
  const session = env().SESSION_CACHE_SECONDS > 0 ? await sessionCache().get(sessionId, () => loadSession(sessionId)) : await loadSession(sessionId);
  if (!session || session.expiresAt <= now || !session.user.active) return null;
  return session.user;
}
export type StaffUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

export async function deleteSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
  sessions?.delete(sessionId);
}

export async function deleteAllSessions(userId: string) {
  await prisma.session.deleteMany({ where: { userId } });
  sessions?.clear();
}

// After an administrator deactivates an account, resets its password, changes its role or
// scope, or edits a center's office hours, every cached session in this process is dropped so
// the change holds from the next request (another process: within SESSION_CACHE_SECONDS).
export function evictSessionCache() {
  sessions?.clear();
}

// ── Administration (issue 7): the user list and one account ─────────────────────────────

export type UserListFilter = { role: string; centerId: string; agencyId: string; active: "" | "active" | "inactive"; q: string };

export function listUsers(filter: UserListFilter) {
  return prisma.user.findMany({
    where: {
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.centerId ? { serviceCenterId: filter.centerId } : {}),
      ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
      ...(filter.active ? { active: filter.active === "active" } : {}),
      ...(filter.q ? { OR: [{ email: containsText(filter.q.toLowerCase()) }, { name: containsText(filter.q) }] } : {}),
    },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      mustChangePassword: true,
      serviceCenter: { select: { code: true, nameTh: true, nameEn: true } },
      agency: { select: { code: true, nameTh: true, nameEn: true } },
    },
    orderBy: [{ active: "desc" }, { email: "asc" }],
    take: 500,
  });
}

export function getUserForAdmin(id: string) {
  return prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, serviceCenterId: true, agencyId: true, active: true, deactivatedAt: true, mustChangePassword: true, createdAt: true },
  });
}

export function getPasswordHash(userId: string) {
  return prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
}
