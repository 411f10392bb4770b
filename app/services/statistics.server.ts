// Statistics of requests as open data (O3) and for the manual page (R7.5 field 9), computed
// from real requests with small cells withheld. Results are cached briefly in the process: the
// figures are per month, so a minute's delay changes nothing a reader could notice, and a
// scan of a million requests is not repeated for every visitor.
import {
  lastCompleteMonths,
  mediansByPermit,
  monthlyTotals,
  SMALL_CELL_THRESHOLD,
  statisticsRows,
  statisticsWindow,
  windowStatistics,
  type MonthTotals,
  type WindowStatistics,
} from "~/domain/statistics";
import type { Bilingual, StatisticsTable } from "~/schemas/open-data";
import { decisionPairs, listPermitLabels, monthlyCounts, type StatisticsFilter } from "~/models/statistics.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { memo } from "~/utils/memo.server";

const CACHE_MS = 60_000;
const cache = memo<unknown>(CACHE_MS, 200);
/** Drops cached statistics (tests that add requests, or an administrator's import). */
export const forgetStatistics = () => cache.clear();

function cached<T>(key: unknown[], load: () => Promise<T>): Promise<T> {
  return cache.get(JSON.stringify(key), load) as Promise<T>;
}

const permitLabels = () => cached(["labels"], listPermitLabels);

async function permitIdOf(slug: string): Promise<string | null> {
  return (await permitLabels()).find((p) => p.slug === slug)?.id ?? null;
}

/**
 * The manual's statistics for one permit: requests per month over the last 12 complete months
 * (average, highest, lowest) and the share decided on time. Null for an unknown permit.
 */
export async function permitStatistics(slug: string, today: string): Promise<WindowStatistics | null> {
  const permitId = await permitIdOf(slug);
  if (!permitId) return null;
  const window = lastCompleteMonths(today, 12);
  return cached(["permit", permitId, window], async () => windowStatistics(window, await monthlyCounts({ ...window, permitId })));
}

/**
 * Rows per permit and month of receipt for the open-data API. The query bounds are already
 * validated (StatisticsQuerySchema); null when the permit is unknown.
 */
export async function statisticsTable(filter: { permit?: string; from?: string; to?: string }, today: string): Promise<StatisticsTable | null> {
  const permitId = filter.permit ? await permitIdOf(filter.permit) : undefined;
  if (permitId === null) return null;
  const window = statisticsWindow(filter, today);
  return cached(["table", permitId ?? null, window], async () => {
    const query: StatisticsFilter = { ...window, permitId };
    const [counts, pairs, calendar, labels] = await Promise.all([monthlyCounts(query), decisionPairs(query), getWorkCalendar(), permitLabels()]);
    const slugOf = new Map(labels.map((p) => [p.id, p.slug]));
    const rows = statisticsRows(counts, pairs, calendar)
      .filter((r) => slugOf.has(r.permitId))
      .map(({ permitId: id, ...r }) => ({ permit: slugOf.get(id)!, ...r }))
      .sort((a, b) => (a.permit === b.permit ? (a.month < b.month ? -1 : 1) : a.permit < b.permit ? -1 : 1));
    return { from: window.from, to: window.to, permit: filter.permit ?? null, suppressionThreshold: SMALL_CELL_THRESHOLD, rows };
  });
}

export type ChartScope = { agencyId?: string; serviceCenterId?: string } | null;
export type PermitMedianPoint = {
  permit: string;
  name: Bilingual;
  decided: number | null;
  medianWorkingDays: number | null;
  suppressed: ("decided" | "medianWorkingDays")[];
};
export type ChartData = { from: string; to: string; months: MonthTotals[]; permits: PermitMedianPoint[] };

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
    return { from: window.from, to: window.to, months: monthlyTotals(window, counts), permits };
  });
}
