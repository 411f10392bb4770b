// Statistics of requests as open data (O3) and for the manual page (R7.5 field 9), computed
// from real requests with small cells withheld. Figures are cached in the process for five
// minutes, as long as HTTP caches keep the open data (Cache-Control max-age=300): they are
// per month, so the delay changes nothing a reader could notice. With the SQLite driver a query
// blocks the process while it runs (about 3 s for every permit over a year at a million
// requests), so the same months must not be recounted for every visitor.
import {
  consecutiveRuns,
  countableMonths,
  lastCompleteMonths,
  mediansByPermit,
  monthlyTotals,
  SMALL_CELL_THRESHOLD,
  statisticsRows,
  statisticsWindow,
  windowStatistics,
  type StatisticsRow as DomainRow,
  type WindowStatistics,
} from "~/domain/statistics";
import type { ChartData, StatisticsTable } from "~/schemas/open-data";
import { decisionPairs, listPermitLabels, monthlyCounts, type StatisticsFilter } from "~/models/statistics.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { memo } from "~/utils/memo.server";
import { hasReadReplica } from "~/utils/db.server";

const CACHE_MS = 5 * 60_000;
const cache = memo<unknown>(CACHE_MS, 200);

// The open-data table is cached per month (all permits, or one permit), not per query: any
// window then costs at most one count of the months not yet cached, so a client asking for
// many different windows cannot make the server count the same months again and again.
const MAX_MONTH_ENTRIES = 20_000;
const monthCache = new Map<string, { at: number; rows: Promise<DomainRow[]> }>();

/** Drops cached statistics (tests that add requests, or an administrator's import). */
export function forgetStatistics() {
  cache.clear();
  monthCache.clear();
}

function cached<T>(key: unknown[], load: () => Promise<T>): Promise<T> {
  return cache.get(JSON.stringify(key), load) as Promise<T>;
}

const permitLabels = () => cached(["labels"], listPermitLabels);

async function permitIdOf(slug: string): Promise<string | null> {
  return (await permitLabels()).find((p) => p.slug === slug)?.id ?? null;
}

async function countRows(query: StatisticsFilter): Promise<DomainRow[]> {
  const [counts, pairs, calendar] = await Promise.all([monthlyCounts(query), decisionPairs(query), getWorkCalendar()]);
  return statisticsRows(counts, pairs, calendar);
}

function rowsOfMonths(permitId: string | undefined, months: readonly string[]): Promise<DomainRow[][]> {
  const at = performance.now();
  const key = (month: string) => `${permitId ?? "*"}|${month}`;
  const missing = months.filter((m) => {
    const hit = monthCache.get(key(m));
    return !hit || at - hit.at >= CACHE_MS;
  });
  for (const run of consecutiveRuns(missing)) {
    const loaded = countRows({ from: run[0], to: run[run.length - 1], permitId });
    loaded.catch(() => run.forEach((m) => monthCache.delete(key(m))));
    for (const m of run) {
      monthCache.delete(key(m)); // re-inserted last, so the oldest entries are evicted first
      monthCache.set(key(m), { at, rows: loaded.then((rows) => rows.filter((r) => r.month === m)) });
    }
  }
  while (monthCache.size > MAX_MONTH_ENTRIES) monthCache.delete(monthCache.keys().next().value!);
  return Promise.all(months.map((m) => monthCache.get(key(m))?.rows ?? countRows({ from: m, to: m, permitId })));
}

/**
 * The manual's statistics for one permit: requests per month over the last 12 complete months
 * (average, highest, lowest) and the share decided on time. Null for an unknown permit.
 */
// The manual page's counts come from the read replica when there is one (DATABASE_READ_URL):
// while it is unavailable the page is shown without them rather than not at all (R7.2: the
// manual is always published) — null, as for a permit with no counts.
export async function permitStatistics(slug: string, today: string): Promise<WindowStatistics | null> {
  const permitId = await permitIdOf(slug);
  if (!permitId) return null;
  const window = lastCompleteMonths(today, 12);
  return cached(["permit", permitId, window], async () => windowStatistics(window, await monthlyCounts({ ...window, permitId }))).catch((error: unknown) => {
    if (hasReadReplica && error instanceof Response && error.status === 503) return null;
    throw error;
  });
}

/**
 * Rows per permit and month of receipt for the open-data API (months without requests have no
 * row). The query is already validated (StatisticsQuerySchema); null for an unknown permit.
 */
export async function statisticsTable(filter: { permit?: string; from?: string; to?: string }, today: string): Promise<StatisticsTable | null> {
  const permitId = filter.permit ? await permitIdOf(filter.permit) : undefined;
  if (permitId === null) return null;
  const window = statisticsWindow(filter, today);
  const [months, labels] = await Promise.all([rowsOfMonths(permitId, countableMonths(window, today)), permitLabels()]);
  const slugOf = new Map(labels.map((p) => [p.id, p.slug]));
  const rows = months
    .flat()
    .filter((r) => slugOf.has(r.permitId))
    .map(({ permitId: id, ...r }) => ({ permit: slugOf.get(id)!, ...r }))
    .sort((a, b) => (a.permit === b.permit ? (a.month < b.month ? -1 : 1) : a.permit < b.permit ? -1 : 1));
  return { from: window.from, to: window.to, permit: filter.permit ?? null, suppressionThreshold: SMALL_CELL_THRESHOLD, rows };
}

export type ChartScope = { agencyId?: string; serviceCenterId?: string } | null;
export type { ChartData };

/**
 * Series for charts over the last 12 complete months: requests and the share decided on time
 * per month, and the median working days to decision per permit. `scope` narrows to an
 * agency's or a service center's requests (both: either), null is everything. Small cells are
 * withheld here too, so a chart can be shown to anyone.
 */
export async function monthlyChartData(scope: ChartScope, today: string): Promise<ChartData> {
  const window = lastCompleteMonths(today, 12);
  const reach = { agencyId: scope?.agencyId, serviceCenterId: scope?.serviceCenterId };
  return cached(["chart", reach, window], async () => {
    const query: StatisticsFilter = { ...window, ...reach };
    const [counts, pairs, calendar, labels] = await Promise.all([monthlyCounts(query), decisionPairs(query), getWorkCalendar(), permitLabels()]);
    const byId = new Map(labels.map((p) => [p.id, p]));
    const permits = mediansByPermit(pairs, calendar)
      .filter((m) => byId.has(m.permitId))
      .map(({ permitId: id, ...m }) => ({ permit: byId.get(id)!.slug, name: byId.get(id)!.name, ...m }))
      .sort((a, b) => (a.permit < b.permit ? -1 : 1));
    return { from: window.from, to: window.to, suppressionThreshold: SMALL_CELL_THRESHOLD, months: monthlyTotals(window, counts), permits };
  });
}
