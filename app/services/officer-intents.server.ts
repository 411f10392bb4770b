// The officer's form intents on the request page, each parsed with its zod schema and handed
// to one service call (issue #6). Returns null for intents that are not the officer's.
import type { StaffUser } from "~/models/user.server";
import { zodFieldErrors } from "~/components/forms/use-validated-form";
import { DecisionSchema, DelayReasonSchema, NoteSchema } from "~/schemas/decision";
import { now } from "~/utils/clock.server";
import { addNote, advanceStep, decide, giveDelayReason, recordResultNotified } from "./decision.server";
import type { ActionResult } from "./deficiency.server";

type Outcome = ActionResult | { ok: false; error: string; status: number; errors: Record<string, string> };

export async function runOfficerIntent(intent: string, user: StaffUser, requestId: string, values: Record<string, unknown>): Promise<Outcome | null> {
  const at = now();
  switch (intent) {
    case "advance_step":
      return advanceStep(user, requestId, at);
    case "result_notified":
      return recordResultNotified(user, requestId, at);
    case "note": {
      const parsed = NoteSchema.safeParse(values);
      return parsed.success ? addNote(user, requestId, parsed.data.body, at) : invalid(parsed.error);
    }
    case "decide": {
      const parsed = DecisionSchema.safeParse(values);
      return parsed.success ? decide(user, requestId, parsed.data, at) : invalid(parsed.error);
    }
    case "delay_reason": {
      const parsed = DelayReasonSchema.safeParse(values);
      return parsed.success ? giveDelayReason(user, requestId, parsed.data.period, parsed.data.reason, at) : invalid(parsed.error);
    }
    default:
      return null;
  }
}

function invalid(error: Parameters<typeof zodFieldErrors>[0]): Outcome {
  const errors = zodFieldErrors(error);
  return { ok: false, error: Object.values(errors)[0] ?? "validation:required", status: 400, errors };
}
