// The audit log page's query string, read leniently: anything malformed is dropped, so a
// hand-edited link shows more entries rather than an error. Dates are Bangkok calendar dates.
import { isIsoDate } from "~/domain/calendar/bangkok-date";

export const AUDIT_ENTITIES = ["manual", "permit", "holiday", "ministry", "agency", "service_center", "user", "guide"] as const;
export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "publish",
  "import",
  "deactivate",
  "reactivate",
  "reset_password",
  "role_change",
  "password_changed",
  "draft.create",
  "draft.save",
] as const;

export type AuditQuery = { entity: string; action: string; actor: string; from: string; to: string; q: string; cursor: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
// Entities and actions are lower-case words, with "_" or "." ("draft.save" from the editor).
const WORD = /^[a-z][a-z0-9_.]{0,39}$/;

export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const get = (k: string) => (params.get(k) ?? "").trim();
  const entity = get("entity");
  const action = get("action");
  let from = isIsoDate(get("from")) ? get("from") : "";
  let to = isIsoDate(get("to")) ? get("to") : "";
  // A range typed backwards still means the days between.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    // Other areas may log entities and actions we do not list: any plain word is accepted.
    entity: WORD.test(entity) ? entity : "",
    action: WORD.test(action) ? action : "",
    actor: ID.test(get("actor")) ? get("actor") : "",
    from,
    to,
    q: get("q").slice(0, 100),
    cursor: ID.test(get("cursor")) ? get("cursor") : "",
  };
}

// The same filters without the cursor, for the "newest" and "older" links and the CSV.
export function auditQueryString(query: AuditQuery, cursor = ""): string {
  const params = new URLSearchParams();
  for (const key of ["entity", "action", "actor", "from", "to", "q"] as const) if (query[key]) params.set(key, query[key]);
  if (cursor) params.set("cursor", cursor);
  const s = params.toString();
  return s ? `?${s}` : "";
}
