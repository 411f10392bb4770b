// Aggregate statistics of requests (O3): per permit and month of receipt, and over a window of
// months. Inputs are already-grouped counts (the database does the counting), so this stays
// cheap at a million requests; nothing here sees a request or a person, only counts.
// "Decided on time" is R10.1: decided on or before the stored due date.
import type { WorkCalendar } from "../calendar";
import { monthsBetween } from "./months";
import { publish, share, type Published } from "./suppression";

/** Requests of one permit received in one month: how many, how many decided, how many on time. */
export type MonthlyCount = { permitId: string; month: string; received: number; decided: number; decidedOnTime: number };
/** How many requests of a permit, received in a month, became complete and were decided on these two days. */
export type DecisionPair = { permitId: string; month: string; completeOn: string; decidedOn: string; count: number };

type Counter = Pick<WorkCalendar, "countWorkingDays">;

/** Median of values with whole-number weights (the mean of the two middle values when the total is even). */
export function weightedMedian(items: Iterable<{ value: number; weight: number }>): number | null {
  const sorted = [...items].filter((i) => i.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, i) => sum + i.weight, 0);
  if (total === 0) return null;
  const lowIndex = Math.floor((total - 1) / 2);
  const highIndex = Math.floor(total / 2);
  let low: number | undefined;
  let seen = 0;
  for (const item of sorted) {
    seen += item.weight;
    if (low === undefined && seen > lowIndex) low = item.value;
    if (seen > highIndex) return (low! + item.value) / 2;
  }
  return low ?? null;
}

// Working days from completion to decision (T2: the day of completion is not counted; T3: only
// working days). The same pair of days recurs across permits and months, so it is counted once.
function workingDaysCounter(calendar: Counter) {
  const cache = new Map<string, number>();
  return (completeOn: string, decidedOn: string) => {
    const key = `${completeOn}|${decidedOn}`;
    let days = cache.get(key);
    if (days === undefined) {
      // A decision dated before completion is a data error; it counts as a same-day decision.
      days = Math.max(0, calendar.countWorkingDays(completeOn, decidedOn));
      cache.set(key, days);
    }
    return days;
  };
}

/** The median working days to decision over some pairs, and how many decisions it is based on. */
export function medianWorkingDays(
  pairs: readonly Pick<DecisionPair, "completeOn" | "decidedOn" | "count">[],
  calendar: Counter,
  count = workingDaysCounter(calendar),
): { median: number | null; basis: number } {
  const items = pairs.map((p) => ({ value: count(p.completeOn, p.decidedOn), weight: p.count }));
  return { median: weightedMedian(items), basis: items.reduce((sum, i) => sum + i.weight, 0) };
}

const key = (permitId: string, month: string) => `${permitId}\u0000${month}`;

function groupPairs(pairs: readonly DecisionPair[], by: (p: DecisionPair) => string): Map<string, DecisionPair[]> {
  const groups = new Map<string, DecisionPair[]>();
  for (const p of pairs) {
    const k = by(p);
    const list = groups.get(k);
    if (list) list.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

export type RowField = "received" | "decided" | "decidedOnTime" | "onTimeShare" | "medianWorkingDays";
export type StatisticsRow = { permitId: string; month: string } & Published<RowField>;

/** One published row per permit and month that received requests, ordered by permit then month. */
export function statisticsRows(counts: readonly MonthlyCount[], pairs: readonly DecisionPair[], calendar: Counter): StatisticsRow[] {
  const byCell = groupPairs(pairs, (p) => key(p.permitId, p.month));
  const count = workingDaysCounter(calendar);
  return [...counts]
    .filter((c) => c.received > 0)
    .sort((a, b) => (a.permitId === b.permitId ? (a.month < b.month ? -1 : 1) : a.permitId < b.permitId ? -1 : 1))
    .map((c) => {
      const median = medianWorkingDays(byCell.get(key(c.permitId, c.month)) ?? [], calendar, count);
      return {
        permitId: c.permitId,
        month: c.month,
        ...publish<RowField>({
          received: { count: c.received },
          decided: { count: c.decided },
          decidedOnTime: { count: c.decidedOnTime },
          onTimeShare: { value: share(c.decidedOnTime, c.decided), basis: c.decided },
          medianWorkingDays: { value: median.median, basis: median.basis },
        }),
      };
    });
}

export type WindowField = "total" | "average" | "highest" | "lowest" | "decided" | "decidedOnTime" | "onTimeShare";
export type WindowStatistics = { from: string; to: string; months: number } & Published<WindowField>;

/**
 * The manual's statistics (R7.5 field 9) over a window of months for one permit: requests per
 * month on average, in the busiest and in the quietest month (a month without requests counts
 * as 0), and the share of the window's requests that were decided on time.
 */
export function windowStatistics(window: { from: string; to: string }, counts: readonly MonthlyCount[]): WindowStatistics {
  const months = monthsBetween(window.from, window.to);
  if (months.length === 0) throw new RangeError(`Empty window: ${window.from} to ${window.to}`);
  const perMonth = new Map(months.map((m) => [m, 0]));
  let decided = 0;
  let decidedOnTime = 0;
  for (const c of counts) {
    if (!perMonth.has(c.month)) continue;
    perMonth.set(c.month, perMonth.get(c.month)! + c.received);
    decided += c.decided;
    decidedOnTime += c.decidedOnTime;
  }
  const values = [...perMonth.values()];
  const total = values.reduce((a, b) => a + b, 0);
  return {
    from: window.from,
    to: window.to,
    months: months.length,
    ...publish<WindowField>({
      total: { count: total },
      // One decimal: "12.5 a month" says more than "13" for a small office.
      average: { value: Math.round((total / months.length) * 10) / 10, basis: total },
      highest: { count: Math.max(...values) },
      lowest: { count: Math.min(...values) },
      decided: { count: decided },
      decidedOnTime: { count: decidedOnTime },
      onTimeShare: { value: share(decidedOnTime, decided), basis: decided },
    }),
  };
}

export type MonthTotalField = "received" | "decided" | "decidedOnTime" | "onTimeShare";
export type MonthTotals = { month: string } & Published<MonthTotalField>;

/** Every month of a window, summed over all permits in the counts (for charts). */
export function monthlyTotals(window: { from: string; to: string }, counts: readonly MonthlyCount[]): MonthTotals[] {
  const sums = new Map(monthsBetween(window.from, window.to).map((m) => [m, { received: 0, decided: 0, decidedOnTime: 0 }]));
  for (const c of counts) {
    const s = sums.get(c.month);
    if (!s) continue;
    s.received += c.received;
    s.decided += c.decided;
    s.decidedOnTime += c.decidedOnTime;
  }
  return [...sums].map(([month, s]) => ({
    month,
    ...publish<MonthTotalField>({
      received: { count: s.received },
      decided: { count: s.decided },
      decidedOnTime: { count: s.decidedOnTime },
      onTimeShare: { value: share(s.decidedOnTime, s.decided), basis: s.decided },
    }),
  }));
}

export type PermitMedian = { permitId: string } & Published<"decided" | "medianWorkingDays">;

/** Median working days from completion to decision per permit, over every pair given. */
export function mediansByPermit(pairs: readonly DecisionPair[], calendar: Counter): PermitMedian[] {
  const count = workingDaysCounter(calendar);
  return [...groupPairs(pairs, (p) => p.permitId)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([permitId, list]) => {
      const m = medianWorkingDays(list, calendar, count);
      return {
        permitId,
        ...publish<"decided" | "medianWorkingDays">({ decided: { count: m.basis }, medianWorkingDays: { value: m.median, basis: m.basis } }),
      };
    });
}
