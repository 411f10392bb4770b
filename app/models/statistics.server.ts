// Aggregate queries over requests for the open statistics (O3). The database does the counting:
// one GROUP BY over permit and month of receipt, so no request row ever leaves SQL and the cost
// stays one scan at a million requests. Identifiers are quoted and only standard SQL is used
// (substr, CASE, COUNT, SUM), so the same text runs on PostgreSQL — on its read replica when
// DATABASE_READ_URL names one (prismaRead).
import { Prisma } from "~/generated/prisma/client";
import type { DecisionPair, MonthlyCount } from "~/domain/statistics";
import { dateRangeOf } from "~/domain/statistics";
import { prisma, prismaRead } from "~/utils/db.server";

/** Months of receipt (YYYY-MM, both included) and whose requests: one permit, or an office's reach. */
export type StatisticsFilter = {
  from: string;
  to: string;
  permitId?: string;
  // Both given: requests of the agency or taken at the center (a supervisor's reach, as in
  // listRequestsInScope).
  agencyId?: string;
  serviceCenterId?: string;
};

function where(f: StatisticsFilter): Prisma.Sql {
  const { fromDate, beforeDate } = dateRangeOf(f.from, f.to);
  const reach = [
    ...(f.agencyId ? [Prisma.sql`"agencyId" = ${f.agencyId}`] : []),
    ...(f.serviceCenterId ? [Prisma.sql`"serviceCenterId" = ${f.serviceCenterId}`] : []),
  ];
  return Prisma.sql`WHERE "receivedOn" >= ${fromDate} AND "receivedOn" < ${beforeDate}
    ${f.permitId ? Prisma.sql`AND "permitId" = ${f.permitId}` : Prisma.empty}
    ${reach.length ? Prisma.sql`AND (${Prisma.join(reach, " OR ")})` : Prisma.empty}`;
}

// COUNT and SUM come back as bigint (SQLite through libSQL, PostgreSQL) or numeric text.
const n = (v: number | bigint | string | null) => Number(v ?? 0);

/** Received, decided and decided-on-time (R10.1) per permit and month of receipt. */
export async function monthlyCounts(f: StatisticsFilter): Promise<MonthlyCount[]> {
  const rows = await prismaRead.$queryRaw<{ permitId: string; month: string; received: bigint; decided: bigint; decidedOnTime: bigint }[]>`
    SELECT "permitId", substr("receivedOn", 1, 7) AS "month",
      COUNT(*) AS "received",
      SUM(CASE WHEN "decidedOn" IS NOT NULL THEN 1 ELSE 0 END) AS "decided",
      SUM(CASE WHEN "decidedOn" IS NOT NULL AND "dueDate" IS NOT NULL AND "decidedOn" <= "dueDate" THEN 1 ELSE 0 END) AS "decidedOnTime"
    FROM "Request"
    ${where(f)}
    GROUP BY "permitId", substr("receivedOn", 1, 7)`;
  return rows.map((r) => ({ permitId: r.permitId, month: r.month, received: n(r.received), decided: n(r.decided), decidedOnTime: n(r.decidedOnTime) }));
}

/**
 * Decided requests per permit, month of receipt and (completion day, decision day). Working days
 * depend on the holiday calendar, which is data (T3), so they are counted in the domain once per
 * distinct pair of days rather than per request; the median is then weighted by the counts.
 */
export async function decisionPairs(f: StatisticsFilter): Promise<DecisionPair[]> {
  const rows = await prismaRead.$queryRaw<{ permitId: string; month: string; completeOn: string; decidedOn: string; count: bigint }[]>`
    SELECT "permitId", substr("receivedOn", 1, 7) AS "month", "completeOn", "decidedOn", COUNT(*) AS "count"
    FROM "Request"
    ${where(f)} AND "decidedOn" IS NOT NULL AND "completeOn" IS NOT NULL
    GROUP BY "permitId", substr("receivedOn", 1, 7), "completeOn", "decidedOn"`;
  return rows.map((r) => ({ permitId: r.permitId, month: r.month, completeOn: r.completeOn, decidedOn: r.decidedOn, count: n(r.count) }));
}

/** Published permits with their public slug and names, to label statistics. */
export async function listPermitLabels() {
  const rows = await prisma.permit.findMany({
    where: { currentVersionId: { not: null } },
    select: { id: true, slug: true, currentVersion: { select: { nameTh: true, nameEn: true } } },
    orderBy: { slug: "asc" },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: { th: r.currentVersion!.nameTh, en: r.currentVersion!.nameEn } }));
}
export type PermitLabel = Awaited<ReturnType<typeof listPermitLabels>>[number];
