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
// "status IN" is written as one arm per status, so that every arm is one index range in due-date
// order and a page stops reading after its rows. Only the page's rows are joined to names.
// The scope has no index of its own (a service center): counting it reads each candidate row,
// which is why the service reuses the counts for a few seconds. Personal data is never selected (O4).
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

// The day's lookup table of current delay periods. Its values come from the domain (dates that
// passed isIsoDate and whole numbers), and are checked again here, so they are written into the
// statement as literals: a thousand rows of bound parameters would cost more than the query.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function delayTable(day: DashboardDay): Prisma.Sql {
  if (day.delayPeriods.length === 0) return empty;
  const rows = day.delayPeriods.map((p) => {
    if (!ISO_DATE.test(p.dueDate) || !ISO_DATE.test(p.noticeDueOn) || !Number.isSafeInteger(p.period)) throw new RangeError("Bad delay period row");
    return `('${p.dueDate}', ${p.period}, '${p.noticeDueOn}')`;
  });
  return sql`WITH "delayPeriod" ("d", "k", "due") AS (VALUES ${raw(rows.join(", "))}) `;
}

// One arm per status, so that each is one range of an index in due-date order: a page then
// reads its rows from the front of each range and stops, instead of sorting the whole list.
function arms(list: DashboardList, day: DashboardDay): Arm[] {
  const requestOnly = { kind: raw("NULL"), state: raw("NULL"), period: raw("0") };
  switch (list) {
    case "overdue":
      return DECIDING_STATES.map((status) => ({
        ...requestOnly,
        from: sql`"Request" r`,
        where: sql`r."status" = ${status} AND r."dueDate" < ${day.today}`,
        due: sql`r."dueDate"`,
      }));
    case "at_risk":
      return DECIDING_STATES.map((status) => ({
        ...requestOnly,
        from: sql`"Request" r`,
        where: sql`r."status" = ${status} AND r."dueDate" >= ${day.today} AND r."dueDate" <= ${day.atRiskUntil}`,
        due: sql`r."dueDate"`,
      }));
    case "result_overdue":
      return DECIDED_STATES.map((status) => ({
        from: sql`"Request" r`,
        where: sql`r."status" = ${status} AND r."resultNoticeDueOn" < ${day.today} AND r."decidedOn" IS NOT NULL AND r."resultNotifiedOn" IS NULL`,
        due: sql`r."resultNoticeDueOn"`,
        period: raw("0"),
        kind: raw("'result'"),
        state: raw("NULL"),
      }));
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
      // CROSS JOIN keeps the day table outside (SQLite takes the join order as written): one
      // index probe (status, dueDate) per day, then one probe of the unique notice key per request.
      const notGenerated = DECIDING_STATES.map(
        (status): Arm => ({
          from: sql`"delayPeriod" p CROSS JOIN "Request" r`,
          where: sql`r."status" = ${status} AND r."dueDate" = p."d" AND NOT EXISTS (SELECT 1 FROM "Notice" m WHERE m."requestId" = r."id" AND m."kind" = 'delay' AND m."period" = p."k")`,
          due: sql`p."due"`,
          period: sql`p."k"`,
          kind: raw("'delay'"),
          state: raw("'not_generated'"),
        }),
      );
      return [unsent, ...notGenerated];
    }
  }
}

function sortName(sort: DashboardSort, lng: SortLanguage): { join: Prisma.Sql; column: Prisma.Sql } {
  const col = raw(lng === "th" ? '"nameTh"' : '"nameEn"');
  if (sort === "permit") return { join: sql` JOIN "ManualVersion" sv ON sv."id" = r."manualVersionId"`, column: sql`sv.${col}` };
  if (sort === "agency") return { join: sql` JOIN "Agency" sa ON sa."id" = r."agencyId"`, column: sql`sa.${col}` };
  return { join: empty, column: raw("NULL") };
}

// The order of a list; ties end on the tracking number and the period, so pages never overlap.
function orderSql(sort: DashboardSort, alias = ""): Prisma.Sql {
  const c = (column: string, direction: "ASC" | "DESC" = "ASC") => `${alias}"${column}" ${direction}`;
  switch (sort) {
    case "due_asc":
      return raw([c("due"), c("tn"), c("period")].join(", "));
    case "due_desc":
      return raw([c("due", "DESC"), c("tn", "DESC"), c("period", "DESC")].join(", "));
    case "permit":
    case "agency":
      return raw([c("sortName"), c("due"), c("tn"), c("period")].join(", "));
  }
}

// Rows strictly after the cursor in the list's order, as a condition inside one arm (the extra
// bound on the due date lets SQLite start its index range there).
function cursorSql(arm: Arm, name: Prisma.Sql, sort: DashboardSort, after: DashboardCursor | null): Prisma.Sql {
  if (!after) return empty;
  const key = sql`${arm.due}, r."trackingNumber", ${arm.period}`;
  const at = sql`${after.due}, ${after.tn}, ${after.period}`;
  if (sort === "due_asc") return sql` AND ${arm.due} >= ${after.due} AND (${key}) > (${at})`;
  if (sort === "due_desc") return sql` AND ${arm.due} <= ${after.due} AND (${key}) < (${at})`;
  return sql` AND (${name}, ${key}) > (${after.sortName ?? ""}, ${at})`;
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
  const { list, user, filter, day, sort, lng, take } = args;
  const skip = args.skip ?? 0;
  const name = sortName(sort, lng);
  const order = orderSql(sort);
  // Each arm gives at most skip + take rows in order; the page is cut from their merge, and only
  // then joined to names (CROSS JOIN: SQLite keeps the page outside, one probe per row).
  const parts = arms(list, day).map(
    (a, i) => sql`SELECT * FROM (SELECT r."id" AS "rid", r."trackingNumber" AS "tn", ${a.due} AS "due", ${a.period} AS "period",
        ${a.kind} AS "noticeKind", ${a.state} AS "noticeState", ${name.column} AS "sortName"
      FROM ${a.from}${name.join}
      WHERE ${a.where} AND ${scopeSql(user)}${filterSql(filter)}${cursorSql(a, name.column, sort, args.after ?? null)}
      ORDER BY ${order} LIMIT ${skip + take}) AS ${raw(`"a${i}"`)}`,
  );
  const rows = await prisma.$queryRaw<DashboardDbRow[]>`${list === "delay_missing" ? delayTable(day) : empty}SELECT k."tn", k."due", k."period", k."noticeKind", k."noticeState", k."sortName",
      r."status", mv."nameTh" AS "permitTh", mv."nameEn" AS "permitEn", a."nameTh" AS "agencyTh", a."nameEn" AS "agencyEn",
      sc."code" AS "centerCode", sc."nameTh" AS "centerTh", sc."nameEn" AS "centerEn"
    FROM (SELECT * FROM (${join(parts, " UNION ALL ")}) AS u ORDER BY ${order} LIMIT ${take} OFFSET ${skip}) AS k
    CROSS JOIN "Request" r
    JOIN "ManualVersion" mv ON mv."id" = r."manualVersionId"
    JOIN "Agency" a ON a."id" = r."agencyId"
    LEFT JOIN "ServiceCenter" sc ON sc."id" = r."serviceCenterId"
    WHERE r."id" = k."rid"
    ORDER BY ${orderSql(sort, "k.")}`;
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
  const needsTable = lists.includes("delay_missing");
  const [row] = await prisma.$queryRaw<Record<string, number | bigint>[]>`${needsTable ? delayTable(day) : empty}SELECT ${join(counts)}`;
  return Object.fromEntries(lists.map((list) => [list, Number(row[list] ?? 0)])) as Record<DashboardList, number>;
}

/** The earliest decision due date of any undecided request: where the delay-period table starts. */
export async function findEarliestOpenDueDate(): Promise<string | null> {
  // MIN per status is one probe of the (status, dueDate) index each (MIN over an IN list scans).
  const firsts = DECIDING_STATES.map((status) => sql`SELECT (SELECT MIN("dueDate") FROM "Request" WHERE "status" = ${status}) AS "d"`);
  const [row] = await prisma.$queryRaw<{ first: string | null }[]>`SELECT MIN("d") AS "first" FROM (${join(firsts, " UNION ALL ")}) AS m`;
  return row?.first ?? null;
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
