// SQL for the supervisor dashboard (issue #6). Each list is one indexed query with the user's
// scope and the filters in its WHERE; the page and the COUNT share that WHERE, so the numbers on
// the cards are the rows in the lists. The rules are app/domain/dashboard/lists.ts; this file
// says the same in SQL:
//   overdue         status IN deciding AND dueDate < today                 index (status, dueDate)
//   at_risk         status IN deciding AND today ≤ dueDate ≤ window end    index (status, dueDate)
//   result_overdue  status IN decided AND decidedOn set AND not notified
//                   AND resultNoticeDueOn < today                          index (status, resultNoticeDueOn)
//   delay_missing   delay notices awaiting a reason past their due date    index (kind, state, dueOn)
//                   UNION ALL overdue requests without a row for their current delay period,
//                   found by joining a small table of due date → current period (one row per
//                   calendar day, from the domain) and probing the unique (requestId, kind, period).
// Only the page's rows are joined to names. Personal data is never selected (O4).
import { Prisma } from "~/generated/prisma/client";
import { DECIDED_STATES, DECIDING_STATES, type DashboardList, type DashboardSort, type DelayPeriodRow } from "~/domain/dashboard/lists";
import { prisma } from "~/utils/db.server";
import { memo } from "~/utils/memo.server";

const { sql, join, raw, empty } = Prisma;

export type DashboardScope = { role: string; serviceCenterId: string | null; agencyId: string | null };
export type DashboardFilter = { agencyId: string | null; serviceCenterId: string | null; permitId: string | null };
/** Everything about "today" that the lists need, computed by the domain from the calendar. */
export type DashboardDay = { today: string; atRiskUntil: string; delayPeriods: readonly DelayPeriodRow[] };
export type SortLanguage = "th" | "en";
/** Where the previous batch ended (keyset pagination for the CSV). */
export type DashboardCursor = { sortName: string | null; due: string; tn: string; period: number };

type Arm = { from: Prisma.Sql; where: Prisma.Sql; due: Prisma.Sql; period: Prisma.Sql; kind: Prisma.Sql; state: Prisma.Sql };

const deciding = join([...DECIDING_STATES]);
const decided = join([...DECIDED_STATES]);

// Same reach as inScope in app/domain/auth/permissions.ts, as SQL on the request row r.
function scopeSql(user: DashboardScope): Prisma.Sql {
  if (user.role === "admin") return sql`1 = 1`;
  const reach: Prisma.Sql[] = [];
  if (user.serviceCenterId && user.role !== "officer") reach.push(sql`r."serviceCenterId" = ${user.serviceCenterId}`);
  if (user.agencyId && user.role !== "counter") reach.push(sql`r."agencyId" = ${user.agencyId}`);
  return reach.length ? sql`(${join(reach, " OR ")})` : sql`1 = 0`;
}

function filterSql(f: DashboardFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.agencyId) parts.push(sql` AND r."agencyId" = ${f.agencyId}`);
  if (f.serviceCenterId) parts.push(sql` AND r."serviceCenterId" = ${f.serviceCenterId}`);
  if (f.permitId) parts.push(sql` AND r."permitId" = ${f.permitId}`);
  return parts.length ? join(parts, "") : empty;
}

// The day's lookup table of current delay periods; absent when nothing can be missing.
function delayTable(day: DashboardDay): Prisma.Sql {
  if (day.delayPeriods.length === 0) return empty;
  const rows = day.delayPeriods.map((p) => sql`(${p.dueDate}, ${p.period}, ${p.noticeDueOn})`);
  return sql`WITH "delayPeriod" ("d", "k", "due") AS (VALUES ${join(rows)}) `;
}

function arms(list: DashboardList, day: DashboardDay): Arm[] {
  const requestOnly = { kind: raw("NULL"), state: raw("NULL"), period: raw("0") };
  switch (list) {
    case "overdue":
      return [{ ...requestOnly, from: sql`"Request" r`, where: sql`r."status" IN (${deciding}) AND r."dueDate" < ${day.today}`, due: sql`r."dueDate"` }];
    case "at_risk":
      return [
        {
          ...requestOnly,
          from: sql`"Request" r`,
          where: sql`r."status" IN (${deciding}) AND r."dueDate" >= ${day.today} AND r."dueDate" <= ${day.atRiskUntil}`,
          due: sql`r."dueDate"`,
        },
      ];
    case "result_overdue":
      return [
        {
          from: sql`"Request" r`,
          where: sql`r."status" IN (${decided}) AND r."resultNoticeDueOn" < ${day.today} AND r."decidedOn" IS NOT NULL AND r."resultNotifiedOn" IS NULL`,
          due: sql`r."resultNoticeDueOn"`,
          period: raw("0"),
          kind: raw("'result'"),
          state: raw("NULL"),
        },
      ];
    case "delay_missing": {
      const unsent: Arm = {
        from: sql`"Notice" n JOIN "Request" r ON r."id" = n."requestId"`,
        where: sql`n."kind" = 'delay' AND n."state" = 'awaiting_reason' AND n."dueOn" < ${day.today}`,
        due: sql`n."dueOn"`,
        period: sql`n."period"`,
        kind: raw("'delay'"),
        state: raw("'awaiting_reason'"),
      };
      if (day.delayPeriods.length === 0) return [unsent];
      const notGenerated: Arm = {
        from: sql`"delayPeriod" p JOIN "Request" r ON r."dueDate" = p."d"`,
        where: sql`r."status" IN (${deciding}) AND NOT EXISTS (SELECT 1 FROM "Notice" m WHERE m."requestId" = r."id" AND m."kind" = 'delay' AND m."period" = p."k")`,
        due: sql`p."due"`,
        period: sql`p."k"`,
        kind: raw("'delay'"),
        state: raw("'not_generated'"),
      };
      return [unsent, notGenerated];
    }
  }
}

function sortNameSql(sort: DashboardSort, lng: SortLanguage): { join: Prisma.Sql; column: Prisma.Sql } {
  const col = raw(lng === "th" ? '"nameTh"' : '"nameEn"');
  if (sort === "permit") return { join: sql` JOIN "ManualVersion" sv ON sv."id" = r."manualVersionId"`, column: sql`sv.${col}` };
  if (sort === "agency") return { join: sql` JOIN "Agency" sa ON sa."id" = r."agencyId"`, column: sql`sa.${col}` };
  return { join: empty, column: raw("NULL") };
}

// The keys of every row of a list, before names are joined: request id, tracking number, the
// date the list is about, the notice period (0 for a request), and the sort name if sorting by one.
function keysSql(list: DashboardList, user: DashboardScope, filter: DashboardFilter, day: DashboardDay, sort: DashboardSort, lng: SortLanguage) {
  const name = sortNameSql(sort, lng);
  const selects = arms(list, day).map(
    (a) => sql`SELECT r."id" AS "rid", r."trackingNumber" AS "tn", ${a.due} AS "due", ${a.period} AS "period", ${a.kind} AS "noticeKind", ${a.state} AS "noticeState", ${name.column} AS "sortName"
      FROM ${a.from}${name.join}
      WHERE ${a.where} AND ${scopeSql(user)}${filterSql(filter)}`,
  );
  return join(selects, " UNION ALL ");
}

function orderSql(sort: DashboardSort, alias: string): Prisma.Sql {
  const c = (column: string) => raw(`${alias}."${column}"`);
  switch (sort) {
    case "due_asc":
      return sql`${c("due")} ASC, ${c("tn")} ASC, ${c("period")} ASC`;
    case "due_desc":
      return sql`${c("due")} DESC, ${c("tn")} DESC, ${c("period")} DESC`;
    case "permit":
    case "agency":
      return sql`${c("sortName")} ASC, ${c("due")} ASC, ${c("tn")} ASC, ${c("period")} ASC`;
  }
}

function cursorSql(sort: DashboardSort, after: DashboardCursor | null): Prisma.Sql {
  if (!after) return empty;
  if (sort === "due_asc") return sql`WHERE (k."due", k."tn", k."period") > (${after.due}, ${after.tn}, ${after.period})`;
  if (sort === "due_desc") return sql`WHERE (k."due", k."tn", k."period") < (${after.due}, ${after.tn}, ${after.period})`;
  return sql`WHERE (k."sortName", k."due", k."tn", k."period") > (${after.sortName ?? ""}, ${after.due}, ${after.tn}, ${after.period})`;
}

export type DashboardDbRow = {
  tn: string;
  due: string;
  period: number;
  noticeKind: "result" | "delay" | null;
  noticeState: "awaiting_reason" | "not_generated" | null;
  sortName: string | null;
  status: string;
  permitTh: string;
  permitEn: string;
  agencyTh: string;
  agencyEn: string;
  centerCode: string | null;
  centerTh: string | null;
  centerEn: string | null;
};

/** One page (offset) or one batch after a cursor (keyset), in the list's order, with names. */
export async function findDashboardRows(args: {
  list: DashboardList;
  user: DashboardScope;
  filter: DashboardFilter;
  day: DashboardDay;
  sort: DashboardSort;
  lng: SortLanguage;
  take: number;
  skip?: number;
  after?: DashboardCursor | null;
}): Promise<DashboardDbRow[]> {
  const { list, user, filter, day, sort, lng } = args;
  const keys = keysSql(list, user, filter, day, sort, lng);
  const rows = await prisma.$queryRaw<DashboardDbRow[]>`${delayTable(day)}SELECT k."tn", k."due", k."period", k."noticeKind", k."noticeState", k."sortName",
      r."status", mv."nameTh" AS "permitTh", mv."nameEn" AS "permitEn", a."nameTh" AS "agencyTh", a."nameEn" AS "agencyEn",
      sc."code" AS "centerCode", sc."nameTh" AS "centerTh", sc."nameEn" AS "centerEn"
    FROM (SELECT * FROM (${keys}) AS k ${cursorSql(sort, args.after ?? null)} ORDER BY ${orderSql(sort, "k")} LIMIT ${args.take} OFFSET ${args.skip ?? 0}) AS k
    JOIN "Request" r ON r."id" = k."rid"
    JOIN "ManualVersion" mv ON mv."id" = r."manualVersionId"
    JOIN "Agency" a ON a."id" = r."agencyId"
    LEFT JOIN "ServiceCenter" sc ON sc."id" = r."serviceCenterId"
    ORDER BY ${orderSql(sort, "k")}`;
  return rows.map((row) => ({ ...row, period: Number(row.period) }));
}

/** COUNT(*) of every list with the same WHERE as its rows, in one statement. */
export async function countDashboardLists(
  lists: readonly DashboardList[],
  user: DashboardScope,
  filter: DashboardFilter,
  day: DashboardDay,
): Promise<Record<DashboardList, number>> {
  const counts = lists.map((list) => {
    const parts = arms(list, day).map((a) => sql`(SELECT COUNT(*) FROM ${a.from} WHERE ${a.where} AND ${scopeSql(user)}${filterSql(filter)})`);
    return sql`${join(parts, " + ")} AS ${raw(`"${list}"`)}`;
  });
  const [row] = await prisma.$queryRaw<Record<string, number | bigint>[]>`${delayTable(day)}SELECT ${join(counts)}`;
  return Object.fromEntries(lists.map((list) => [list, Number(row[list] ?? 0)])) as Record<DashboardList, number>;
}

/** The earliest decision due date of any undecided request: where the delay-period table starts. */
export async function findEarliestOpenDueDate(): Promise<string | null> {
  // One ordered index probe per status (MIN over an IN list would scan the range).
  const firsts = await Promise.all(
    DECIDING_STATES.map((status) =>
      prisma.request.findFirst({ where: { status, dueDate: { not: null } }, select: { dueDate: true }, orderBy: { dueDate: "asc" } }),
    ),
  );
  const dates = firsts.map((f) => f?.dueDate).filter((d): d is string => !!d);
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}

// The filter choices (agencies, service centers, permits): small tables that rarely change.
const optionsCache = memo<Awaited<ReturnType<typeof loadFilterOptions>>>(60_000, 1);

async function loadFilterOptions() {
  const [agencies, centers, permits] = await Promise.all([
    prisma.agency.findMany({ where: { permits: { some: {} } }, select: { id: true, code: true, nameTh: true, nameEn: true }, orderBy: { code: "asc" } }),
    prisma.serviceCenter.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true }, orderBy: { code: "asc" } }),
    prisma.permit.findMany({
      select: { id: true, slug: true, currentVersion: { select: { nameTh: true, nameEn: true } } },
      orderBy: { slug: "asc" },
    }),
  ]);
  return {
    agencies: agencies.map((a) => ({ id: a.id, code: a.code, th: a.nameTh, en: a.nameEn })),
    centers: centers.map((c) => ({ id: c.id, code: c.code, th: c.nameTh, en: c.nameEn })),
    permits: permits.map((p) => ({ id: p.id, code: p.slug, th: p.currentVersion?.nameTh ?? p.slug, en: p.currentVersion?.nameEn ?? p.slug })),
  };
}
export type DashboardOption = { id: string; code: string; th: string; en: string };

export function listDashboardFilterOptions(): Promise<{ agencies: DashboardOption[]; centers: DashboardOption[]; permits: DashboardOption[] }> {
  return optionsCache.get("all", loadFilterOptions);
}
