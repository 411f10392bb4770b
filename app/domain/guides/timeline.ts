// When each permit's decision can be expected, from today: a permit starts when everything it
// needs first has been decided (the day of that decision, T2: the next day is the first one
// counted), permits with nothing to wait for start today and run in parallel. Each runs the
// total time of its manual in force (R10.1) on the real working-day calendar (T2–T5).
import { computeDue } from "../deadlines/deadlines";
import type { WorkCalendar } from "../calendar";
import type { TimeLimit } from "../manual/vocabulary";
import { orderByPrerequisites } from "./order";

export type Scheduled = { slug: string; startsOn: string; after: string[]; expectedOn: string };

export function expectedDecisions(
  permits: readonly { slug: string; requires: readonly string[]; total: TimeLimit }[],
  today: string,
  calendar: WorkCalendar,
): { permits: Scheduled[]; lastDecisionOn: string | null } {
  const present = new Set(permits.map((p) => p.slug));
  const decided = new Map<string, string>();
  const out: Scheduled[] = [];
  for (const p of orderByPrerequisites(permits)) {
    const after = p.requires.filter((r) => present.has(r));
    const latest = after.reduce((d, r) => (decided.get(r)! > d ? decided.get(r)! : d), today);
    // A day limit counts from the day after the prerequisite's decision (T2). An hour limit
    // cannot use the hours of that day (the decision may come at closing time): it starts on
    // the next working day.
    const hourly = p.total.unit === "hours" || p.total.unit === "minutes";
    const startsOn = after.length > 0 && hourly ? calendar.nextWorkingDay(latest) : latest;
    const expectedOn = computeDue(startsOn, p.total, calendar).dueDate;
    decided.set(p.slug, expectedOn);
    out.push({ slug: p.slug, startsOn, after, expectedOn });
  }
  const lastDecisionOn = out.reduce<string | null>((last, s) => (last === null || s.expectedOn > last ? s.expectedOn : last), null);
  return { permits: out, lastDecisionOn };
}
