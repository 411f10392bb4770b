// The officer's queue filters (issue #6): shared by the list page and its query.
export const QUEUE_FILTERS = ["open", "overdue", "decided", "all"] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];
