// Prisma access for the notices outbox (issue #5). Every write after the read is conditional,
// so several processes (the server's schedule, `npm run sweep`) can deliver at the same time
// without sending a notice twice: a notice is claimed by moving its nextAttemptAt forward
// (a lease), and only the holder of the lease records the outcome.
import type { OutboxFilter } from "~/domain/outbox/query";
import { prisma } from "~/utils/db.server";

export async function findDueNotices(at: Date, limit: number) {
  return prisma.notice.findMany({
    where: { state: "pending", nextAttemptAt: { lte: at } },
    select: { id: true, requestId: true, kind: true, nextAttemptAt: true, attempts: true, recipients: true, copyTo: true, subject: true, body: true, language: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}
export type DueNotice = Awaited<ReturnType<typeof findDueNotices>>[number];

// True only for the one caller whose read is still current: anyone else (who read the same
// row before, or claims it after) matches nothing.
export async function claimNotice(id: string, seenNextAttemptAt: Date, leaseUntil: Date): Promise<boolean> {
  const { count } = await prisma.notice.updateMany({
    where: { id, state: "pending", nextAttemptAt: seenNextAttemptAt },
    data: { nextAttemptAt: leaseUntil },
  });
  return count === 1;
}

export async function markSent(id: string, leaseUntil: Date, at: Date) {
  await prisma.notice.updateMany({
    where: { id, state: "pending", nextAttemptAt: leaseUntil },
    data: { state: "sent", sentAt: at, nextAttemptAt: null, lastError: "" },
  });
}

export async function markAttemptFailed(
  id: string,
  leaseUntil: Date,
  outcome: { attempts: number; lastError: string } & ({ state: "pending"; nextAttemptAt: Date } | { state: "failed" }),
) {
  await prisma.notice.updateMany({
    where: { id, state: "pending", nextAttemptAt: leaseUntil },
    data: {
      state: outcome.state,
      attempts: outcome.attempts,
      lastError: outcome.lastError,
      nextAttemptAt: outcome.state === "pending" ? outcome.nextAttemptAt : null,
    },
  });
}

// Notices of the requests a user may see (same rule as inScope in app/domain/auth/permissions.ts),
// newest first, one page at a time.
export async function listOutboxNotices(
  user: { role: string; serviceCenterId: string | null; agencyId: string | null },
  filter: OutboxFilter,
  page: { skip: number; take: number },
) {
  const reach = [
    ...(user.serviceCenterId && user.role !== "officer" ? [{ serviceCenterId: user.serviceCenterId }] : []),
    ...(user.agencyId && user.role !== "counter" ? [{ agencyId: user.agencyId }] : []),
  ];
  if (user.role !== "admin" && reach.length === 0) return { total: 0, rows: [] };
  const where = {
    ...(filter === "all" ? {} : { state: filter }),
    ...(user.role === "admin" ? {} : { request: { OR: reach } }),
  };
  const [total, rows] = await Promise.all([
    prisma.notice.count({ where }),
    prisma.notice.findMany({
      where,
      select: {
        id: true,
        kind: true,
        language: true,
        dueOn: true,
        state: true,
        attempts: true,
        nextAttemptAt: true,
        sentAt: true,
        lastError: true,
        recipients: true,
        request: { select: { trackingNumber: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
    }),
  ]);
  return { total, rows };
}
export type OutboxListRow = Awaited<ReturnType<typeof listOutboxNotices>>["rows"][number];
