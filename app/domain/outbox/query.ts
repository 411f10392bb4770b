// The staff outbox page's query string (?state=&page=), read leniently: anything unknown falls
// back to the whole list, first page, so a hand-edited or stale link never errors.
export const OUTBOX_FILTERS = ["all", "pending", "failed", "sent"] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

export function parseOutboxQuery(params: URLSearchParams): { filter: OutboxFilter; page: number } {
  const state = params.get("state") ?? "all";
  const filter = (OUTBOX_FILTERS as readonly string[]).includes(state) ? (state as OutboxFilter) : "all";
  const page = Number(params.get("page"));
  // Capped so a huge page number cannot become a huge OFFSET.
  return { filter, page: Number.isInteger(page) && page >= 1 ? Math.min(page, 10_000) : 1 };
}
