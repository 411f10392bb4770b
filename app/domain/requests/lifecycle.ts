import { isDeficiencyExpired } from "../deadlines/deadlines";

// The request lifecycle as one transition table (architecture.md). The UI asks
// `availableEvents` which actions to offer; the services run `transition` again on the server
// before they write, so both always agree. Reasons are i18n keys (staff namespace).
export const STATES = ["draft", "submitted", "incomplete", "accepted", "in_review", "approved", "refused", "notified", "abandoned", "withdrawn"] as const;
export type RequestState = (typeof STATES)[number];
export type Role = "applicant" | "counter" | "officer" | "supervisor" | "admin" | "system";

export const OPEN_STATES: readonly RequestState[] = ["draft", "submitted", "incomplete", "accepted", "in_review"];
export const isOpen = (state: string) => (OPEN_STATES as readonly string[]).includes(state);

const OPEN = OPEN_STATES;
export const TRANSITIONS = {
  submit: { from: ["draft"], to: "submitted", roles: ["applicant", "counter"] },
  accept_complete: { from: ["submitted"], to: "accepted", roles: ["counter", "officer"] },
  record_deficiency: { from: ["submitted", "accepted", "in_review", "incomplete"], to: "incomplete", roles: ["counter", "officer"] },
  supply_items: { from: ["incomplete"], to: "incomplete", roles: ["counter", "officer", "applicant"] },
  cure: { from: ["incomplete"], to: "accepted", roles: ["counter", "officer", "applicant"] },
  abandon: { from: ["incomplete"], to: "abandoned", roles: ["system"] },
  approve_exception: { from: OPEN, to: null, roles: ["supervisor"] },
  start_review: { from: ["accepted"], to: "in_review", roles: ["officer"] },
  approve: { from: ["accepted", "in_review"], to: "approved", roles: ["officer"] },
  refuse: { from: ["accepted", "in_review"], to: "refused", roles: ["officer"] },
  notify_result: { from: ["approved", "refused"], to: "notified", roles: ["officer", "system"] },
  withdraw: { from: OPEN, to: "withdrawn", roles: ["applicant", "counter"] },
} as const satisfies Record<string, { from: readonly RequestState[]; to: RequestState | null; roles: readonly Role[] }>;
export type RequestEvent = keyof typeof TRANSITIONS;

export type TransitionContext = {
  role: Role;
  today: string;
  deficiencyRecords: number;
  approvedExceptions: number;
  cureDeadline?: string | null;
  refusal?: { reasons: string; appealInfo: string };
};
export type Effect = "start_clock" | "stop_clock" | "issue_deficiency_record" | "notice_deficiency" | "notice_abandonment" | "notice_result_due";
export type TransitionResult = { ok: true; to: RequestState; effects: Effect[] } | { ok: false; reason: string };

export function transition(state: RequestState, event: RequestEvent, ctx: TransitionContext): TransitionResult {
  const rule = TRANSITIONS[event];
  if (!(rule.roles as readonly Role[]).includes(ctx.role)) return { ok: false, reason: "errors.roleNotAllowed" };
  if (!(rule.from as readonly RequestState[]).includes(state)) return { ok: false, reason: "errors.notAllowedInState" };
  const to = rule.to ?? state;
  switch (event) {
    case "record_deficiency":
      // R8.3: one record per request; each further one needs its own approved exception.
      if (ctx.deficiencyRecords > ctx.approvedExceptions) return { ok: false, reason: "errors.secondDeficiency" };
      return { ok: true, to, effects: ["stop_clock", "issue_deficiency_record", "notice_deficiency"] };
    case "abandon":
      // R8.4: the applicant has the whole cure-deadline day.
      if (!ctx.cureDeadline || !isDeficiencyExpired(ctx.cureDeadline, ctx.today)) return { ok: false, reason: "errors.cureDeadlineNotPassed" };
      return { ok: true, to, effects: ["notice_abandonment"] };
    case "accept_complete":
    case "cure":
      // R8.5: the clock starts the day the request becomes complete.
      return { ok: true, to, effects: ["start_clock"] };
    case "refuse":
      // R10.4: a refusal gives reasons and says what the applicant may do.
      if (!ctx.refusal?.reasons.trim() || !ctx.refusal.appealInfo.trim()) return { ok: false, reason: "errors.refusalNeedsReasons" };
      return { ok: true, to, effects: ["notice_result_due"] };
    case "approve":
      return { ok: true, to, effects: ["notice_result_due"] };
    default:
      return { ok: true, to, effects: [] };
  }
}

export function availableEvents(state: RequestState, role: Role): RequestEvent[] {
  return (Object.keys(TRANSITIONS) as RequestEvent[]).filter((e) => {
    const rule = TRANSITIONS[e];
    return (rule.roles as readonly Role[]).includes(role) && (rule.from as readonly RequestState[]).includes(state);
  });
}
