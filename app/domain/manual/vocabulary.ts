// Closed vocabularies of the citizen manual (R3.1, R7.5, R7.6). Stored as strings; every
// label is translated through locales/<lng>/manual.json under the same key.
export const PERMIT_KINDS = ["licence", "registration", "notification", "approval", "certification"] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const CATEGORIES = [
  "construction",
  "food_health",
  "commerce",
  "alcohol_tobacco",
  "agriculture",
  "entertainment",
  "medicine",
] as const;
export type Category = (typeof CATEGORIES)[number];

// R7.6: a time limit is a value with one of these units; a bare number is not a time limit.
export const TIME_UNITS = ["minutes", "hours", "working_days", "calendar_days"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export type TimeLimit = { value: number; unit: TimeUnit };

export const SERVICE_TYPES = ["single_agency", "multi_agency"] as const;
export const IMPACT_LEVELS = ["general", "economic", "social"] as const;
export const SERVICE_AREAS = ["central", "regional", "local"] as const;
export const CHANNEL_KINDS = ["agency_counter", "service_center", "oss", "online"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const STEP_KINDS = [
  "submission",
  "document_check",
  "inspection",
  "review",
  "decision",
  "payment",
  "issue",
  "other",
] as const;
export const DOCUMENT_GROUPS = ["identity", "other"] as const;
export const DOCUMENT_UNITS = ["copy", "set"] as const;
export const FEE_KINDS = ["fixed", "range", "percentage"] as const;
export const HOLIDAY_KINDS = ["annual", "substitution", "special"] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export const MANUAL_STATUSES = ["draft", "published"] as const;

export function isOneOf<T extends readonly string[]>(list: T, value: string): value is T[number] {
  return (list as readonly string[]).includes(value);
}
