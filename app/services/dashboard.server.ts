// The supervisor dashboard (issue #6): the four lists of app/domain/dashboard/lists.ts for the
// signed-in user's scope, one page at a time, with the count of every list for the cards. The
// calendar work is done once per call (the at-risk window, the table of current delay periods);
// per row only the page's 50 rows get their lateness in working days. No personal data (O4).
import type { ScopedUser } from "~/domain/auth/permissions";
import {
  atRiskWindow,
  DASHBOARD_LISTS,
  delayPeriodTable,
  lateness,
  type DashboardList,
  type DashboardQuery,
  type Lateness,
} from "~/domain/dashboard/lists";
import { addDays, type WorkCalendar } from "~/domain/calendar";
import type { Language } from "~/i18n/config";
import {
  countDashboardLists,
  findDashboardRows,
  findEarliestOpenDueDate,
  listDashboardFilterOptions,
  type DashboardCursor,
  type DashboardDay,
  type DashboardDbRow,
  type DashboardFilter,
} from "~/models/dashboard.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { env } from "~/utils/env.server";
import { memo } from "~/utils/memo.server";

export const DASHBOARD_PAGE_SIZE = 50;
/** Rows fetched per query while writing the CSV (keyset, so every batch costs the same). */
export const DASHBOARD_EXPORT_BATCH = 5000;
// The delay-period table has one row per day; beyond this many days back (27 years) it stops.
const MAX_DELAY_TABLE_DAYS = 10_000;
/**
 * How long the cards' counts are reused for the same scope and filters. Counting a scope that no
 * index covers (a service center) reads every overdue request once; at a million requests that
 * is ~80 ms, too much for every page view, and a count a few seconds old is fine on a card. The
 * rows of the list itself are always read fresh.
 */
export const DASHBOARD_COUNTS_TTL_MS = 20_000;
const countsCache = memo<Record<DashboardList, number>>(DASHBOARD_COUNTS_TTL_MS, 500);
// The day's at-risk window and delay-period table, rebuilt each minute and whenever the calendar changes.
const dayCache = memo<DashboardDay>(60_000, 8);
const calendarIds = new WeakMap<WorkCalendar, number>();
let calendars = 0;
const calendarId = (calendar: WorkCalendar) => {
  if (!calendarIds.has(calendar)) calendarIds.set(calendar, ++calendars);
  return calendarIds.get(calendar)!;
};

export type DashboardUser = Pick<ScopedUser, "serviceCenterId" | "agencyId"> & { role: string };

export type DashboardRow = {
  /** Unique within a list: a request may owe more than one delay notice. */
  key: string;
  trackingNumber: string;
  /** The request's status (statuses.* in the staff namespace). */
  status: string;
  permit: string;
  agency: string;
  center: string | null;
  /** The date the list is about: the decision's (R10.1), the result notice's (R10.2) or the delay notice's (R10.3). */
  dueDate: string;
  lateness: Lateness;
  /** For the notice lists: which notice, which 7-day period (0 for the result), and why it is listed. */
  notice: { kind: "result" | "delay"; period: number; state: "awaiting_reason" | "not_generated" | null } | null;
};

export type DashboardOptionView = { code: string; name: string };

export type DashboardView = {
  /** The query as applied: codes that match nothing are dropped, the page is within range. */
  query: DashboardQuery;
  today: string;
  /** The at-risk window in working days (AT_RISK_WORKING_DAYS), for the card's hint. */
  atRiskWorkingDays: number;
  counts: Record<DashboardList, number>;
  total: number;
  pages: number;
  rows: DashboardRow[];
  options: { agencies: DashboardOptionView[]; centers: DashboardOptionView[]; permits: DashboardOptionView[] };
};

/** "Today" as the lists need it: the at-risk window end and the current delay period per due date. */
export function dashboardDay(today: string, calendar: WorkCalendar): Promise<DashboardDay> {
  const { AT_RISK_WORKING_DAYS: within, SEVEN_DAY_UNIT: unit } = env();
  return dayCache.get(`${today}|${within}|${unit}|${calendarId(calendar)}`, async () => {
    const earliest = await findEarliestOpenDueDate();
    const floor = addDays(today, -MAX_DELAY_TABLE_DAYS);
    return {
      today,
      atRiskUntil: atRiskWindow(today, calendar, within).to,
      delayPeriods: earliest && earliest < today ? delayPeriodTable(earliest > floor ? earliest : floor, today, calendar, unit) : [],
    };
  });
}

function countLists(user: DashboardUser, filter: DashboardFilter, day: DashboardDay) {
  const key = JSON.stringify([user.role, user.serviceCenterId, user.agencyId, filter, day.today, day.atRiskUntil, day.delayPeriods[0]?.dueDate ?? null, day.delayPeriods.length]);
  return countsCache.get(key, () => countDashboardLists(DASHBOARD_LISTS, user, filter, day));
}

// Codes and slugs in the query → ids for SQL; a code that matches nothing is dropped.
async function resolveFilters(query: DashboardQuery, lng: Language) {
  const options = await listDashboardFilterOptions();
  const find = (list: typeof options.agencies, code: string | null) => (code ? list.find((o) => o.code === code) : undefined);
  const agency = find(options.agencies, query.agency);
  const center = find(options.centers, query.center);
  const permit = find(options.permits, query.permit);
  const filter: DashboardFilter = { agencyId: agency?.id ?? null, serviceCenterId: center?.id ?? null, permitId: permit?.id ?? null };
  const view = (list: typeof options.agencies) => list.map((o) => ({ code: o.code, name: o[lng] }));
  return {
    filter,
    query: { ...query, agency: agency?.code ?? null, center: center?.code ?? null, permit: permit?.code ?? null },
    options: { agencies: view(options.agencies), centers: view(options.centers), permits: view(options.permits) },
  };
}

function toRow(row: DashboardDbRow, lng: Language, today: string, calendar: WorkCalendar): DashboardRow {
  return {
    key: `${row.tn}:${row.noticeKind ?? "request"}:${row.period}`,
    trackingNumber: row.tn,
    status: row.status,
    permit: lng === "th" ? row.permitTh : row.permitEn,
    agency: lng === "th" ? row.agencyTh : row.agencyEn,
    center: row.centerCode ? (lng === "th" ? row.centerTh : row.centerEn) : null,
    dueDate: row.due,
    lateness: lateness(row.due, today, calendar),
    notice: row.noticeKind ? { kind: row.noticeKind, period: row.period, state: row.noticeState } : null,
  };
}

/** One page of the chosen list and the count of all four, in the user's scope. */
export async function loadDashboard(user: DashboardUser, requested: DashboardQuery, today: string, lng: Language): Promise<DashboardView> {
  const calendar = await getWorkCalendar();
  const [day, resolved] = await Promise.all([dashboardDay(today, calendar), resolveFilters(requested, lng)]);
  const counts = await countLists(user, resolved.filter, day);
  const total = counts[requested.list];
  const pages = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  const page = Math.min(requested.page, pages);
  const rows =
    total === 0
      ? []
      : await findDashboardRows({
          list: requested.list,
          user,
          filter: resolved.filter,
          day,
          sort: requested.sort,
          lng,
          take: DASHBOARD_PAGE_SIZE,
          skip: (page - 1) * DASHBOARD_PAGE_SIZE,
        });
  return {
    query: { ...resolved.query, page },
    today,
    atRiskWorkingDays: env().AT_RISK_WORKING_DAYS,
    counts,
    total,
    pages,
    rows: rows.map((r) => toRow(r, lng, today, calendar)),
    options: resolved.options,
  };
}

/** Every row of the chosen list (all pages), batch by batch, in the page's order: for the CSV. */
export async function* exportDashboardRows(
  user: DashboardUser,
  requested: DashboardQuery,
  today: string,
  lng: Language,
  batch: number = DASHBOARD_EXPORT_BATCH,
): AsyncGenerator<DashboardRow[]> {
  const calendar = await getWorkCalendar();
  const [day, resolved] = await Promise.all([dashboardDay(today, calendar), resolveFilters(requested, lng)]);
  let after: DashboardCursor | null = null;
  for (;;) {
    const rows = await findDashboardRows({ list: requested.list, user, filter: resolved.filter, day, sort: requested.sort, lng, take: batch, after });
    if (rows.length) yield rows.map((r) => toRow(r, lng, today, calendar));
    if (rows.length < batch) return;
    const last = rows[rows.length - 1];
    after = { sortName: last.sortName, due: last.due, tn: last.tn, period: last.period };
  }
}
