// The supervisor dashboard's four lists (issue #6) as pure rules: which request or notice
// belongs to which list on a given day, and how late it is. app/models/dashboard.server.ts
// states the same rules in SQL (one indexed query per list); the tests beside this file and
// tests/integration/dashboard.test.ts hold the two to each other. "today" is always passed in.
import { fromDayNumber, isIsoDate, toDayNumber, type WorkCalendar } from "../calendar";
import { deadlineStatus, delayNoticeSchedule, NOTICE_PERIOD_DAYS, type SevenDayUnit } from "../deadlines";

export const DASHBOARD_LISTS = ["overdue", "at_risk", "result_overdue", "delay_missing"] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];

export const DASHBOARD_SORTS = ["due_asc", "due_desc", "permit", "agency"] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/** R10.1: the decision clock runs (the request is complete, R8.5) and nothing is decided yet. */
export const DECIDING_STATES = ["accepted", "in_review"] as const;
/** Decided and not yet notified (the lifecycle moves approved | refused → notified, R10.2). */
export const DECIDED_STATES = ["approved", "refused"] as const;

const isDeciding = (status: string) => (DECIDING_STATES as readonly string[]).includes(status);
const isDecided = (status: string) => (DECIDED_STATES as readonly string[]).includes(status);

function assertDate(...dates: string[]) {
  for (const d of dates) if (!isIsoDate(d)) throw new RangeError(`Not a YYYY-MM-DD date: ${d}`);
}

export type DecisionClock = { status: string; dueDate: string | null };

/** R10.1: overdue once the whole due date has passed undecided (the office has all of that day). */
export function isOverdue(r: DecisionClock, today: string): boolean {
  assertDate(today);
  return isDeciding(r.status) && r.dueDate !== null && r.dueDate < today;
}

/** The at-risk window: from today through the AT_RISK_WORKING_DAYS-th working day after it. */
export function atRiskWindow(today: string, calendar: WorkCalendar, withinWorkingDays: number): { from: string; to: string } {
  assertDate(today);
  return { from: today, to: calendar.addWorkingDays(today, withinWorkingDays) };
}

/** Undecided and due today or within the window (today ≤ dueDate ≤ addWorkingDays(today, n)). */
export function isAtRisk(r: DecisionClock, today: string, calendar: WorkCalendar, withinWorkingDays: number): boolean {
  const { from, to } = atRiskWindow(today, calendar, withinWorkingDays);
  return isDeciding(r.status) && r.dueDate !== null && r.dueDate >= from && r.dueDate <= to;
}

export type ResultDuty = { status: string; decidedOn: string | null; resultNotifiedOn: string | null; resultNoticeDueOn: string | null };

/** R10.2: decided, the result not yet notified, and its 7-day due date has passed. */
export function isResultNoticeOverdue(r: ResultDuty, today: string): boolean {
  assertDate(today);
  return isDecided(r.status) && r.decidedOn !== null && r.resultNotifiedOn === null && r.resultNoticeDueOn !== null && r.resultNoticeDueOn < today;
}

export type StoredNotice = { kind: string; state: string; dueOn: string };

/** R10.3: a delay notice still waiting for the officer's reason after its due date is itself overdue. */
export function isDelayNoticeUnsent(n: StoredNotice, today: string): boolean {
  assertDate(today);
  return n.kind === "delay" && n.state === "awaiting_reason" && n.dueOn < today;
}

export type CurrentDelayPeriod = { period: number; dueOn: string };

/**
 * R10.3: the delay period whose notice fell due last (delayNoticeSchedule's last entry) for an
 * undecided request due on `dueDate`, or null when no notice has fallen due yet.
 */
export function currentDelayPeriod(dueDate: string, today: string, calendar: WorkCalendar, unit: SevenDayUnit): CurrentDelayPeriod | null {
  const last = delayNoticeSchedule(dueDate, today, calendar, unit).at(-1);
  return last ? { period: last.k, dueOn: last.dueDate } : null;
}

/**
 * R10.3, "a missing notice is itself shown as overdue": an overdue request whose current delay
 * period (the last one that has fallen due, due date ≤ today) has no notice row at all. The
 * sweep generates every period's notice in order as it falls due, so a request that lacks any
 * lacks the current one; one already generated but not sent is `isDelayNoticeUnsent` instead.
 */
export function missingDelayNotice(
  r: DecisionClock,
  existingPeriods: readonly number[],
  today: string,
  calendar: WorkCalendar,
  unit: SevenDayUnit,
): CurrentDelayPeriod | null {
  if (!isOverdue(r, today)) return null;
  const current = currentDelayPeriod(r.dueDate!, today, calendar, unit);
  return current && !existingPeriods.includes(current.period) ? current : null;
}

export type DelayPeriodRow = { dueDate: string; period: number; noticeDueOn: string };

/**
 * The current delay period for every decision due date from `from` up to yesterday that has
 * one: a small lookup table (one row per calendar day, not per request) that lets one SQL join
 * find the requests lacking their current notice, instead of computing a schedule per request.
 * Equal, day by day, to currentDelayPeriod; built in one pass backwards from today because the
 * period count only grows as the due date moves back (each notice date is monotone in both).
 */
export function delayPeriodTable(from: string, today: string, calendar: WorkCalendar, unit: SevenDayUnit): DelayPeriodRow[] {
  assertDate(from, today);
  const after = (date: string, days: number) => (unit === "working_days" ? calendar.addWorkingDays(date, days) : calendar.addCalendarDays(date, days));
  const todayN = toDayNumber(today);
  const rows: DelayPeriodRow[] = [];
  let k = 0;
  for (let n = todayN - 1; n >= toDayNumber(from); n--) {
    const dueDate = fromDayNumber(n);
    while (toDayNumber(after(dueDate, NOTICE_PERIOD_DAYS * (k + 1))) <= todayN) k++;
    if (k > 0) rows.push({ dueDate, period: k, noticeDueOn: after(dueDate, NOTICE_PERIOD_DAYS * k) });
  }
  return rows.reverse();
}

export type Lateness = { overdue: boolean; workingDays: number };

/** "Overdue by N working days" (days d with due < d ≤ today) or "due in N working days" (0 = today). */
export function lateness(dueDate: string, today: string, calendar: WorkCalendar): Lateness {
  const status = deadlineStatus(dueDate, today, calendar);
  return { overdue: status.state === "overdue", workingDays: status.workingDays };
}

/** The message a row's lateness is shown with (dashboard.* in the staff namespace) and its count. */
export function latenessMessage(l: Lateness): { key: "dashboard.overdueBy" | "dashboard.dueIn" | "dashboard.dueToday"; count: number } {
  if (l.overdue) return { key: "dashboard.overdueBy", count: l.workingDays };
  return { key: l.workingDays === 0 ? "dashboard.dueToday" : "dashboard.dueIn", count: l.workingDays };
}

// ---- the page's query string (?list=&agency=&center=&permit=&sort=&page=) ----------------

export type DashboardQuery = {
  list: DashboardList;
  /** Agency code, service center code and permit slug; null = all. */
  agency: string | null;
  center: string | null;
  permit: string | null;
  sort: DashboardSort;
  page: number;
};

export const DEFAULT_DASHBOARD_QUERY: DashboardQuery = { list: "overdue", agency: null, center: null, permit: null, sort: "due_asc", page: 1 };
// Codes and slugs are short ASCII; anything else cannot match and is dropped.
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** Capped so a huge page number cannot become a huge OFFSET. */
export const MAX_DASHBOARD_PAGE = 10_000;

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Read leniently: anything unknown falls back to the default, so a stale link never errors. */
export function parseDashboardQuery(params: URLSearchParams): DashboardQuery {
  const code = (name: string) => {
    const v = params.get(name)?.trim() ?? "";
    return CODE.test(v) ? v : null;
  };
  const page = Number(params.get("page"));
  return {
    list: pick(params.get("list"), DASHBOARD_LISTS, DEFAULT_DASHBOARD_QUERY.list),
    agency: code("agency"),
    center: code("center"),
    permit: code("permit"),
    sort: pick(params.get("sort"), DASHBOARD_SORTS, DEFAULT_DASHBOARD_QUERY.sort),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_DASHBOARD_PAGE) : 1,
  };
}

/** The query string of a query (defaults left out), with "?" when not empty. */
export function dashboardSearch(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.list !== DEFAULT_DASHBOARD_QUERY.list) params.set("list", q.list);
  if (q.agency) params.set("agency", q.agency);
  if (q.center) params.set("center", q.center);
  if (q.permit) params.set("permit", q.permit);
  if (q.sort !== DEFAULT_DASHBOARD_QUERY.sort) params.set("sort", q.sort);
  if (q.page > 1) params.set("page", String(q.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

