// Officer actions on a request (issue #6), validated on the server; messages are i18n keys.
import "~/schemas/zod-messages";
import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, "validation:tooLong");

// R10.4: a refusal gives the reasons and says what the applicant may do (appeal, re-apply).
export const DecisionSchema = z
  .object({
    decision: z.enum(["approved", "refused"], { error: "validation:choose" }),
    reasons: text(4000).default(""),
    appealInfo: text(2000).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "refused") return;
    if (!v.reasons) ctx.addIssue({ code: "custom", path: ["reasons"], message: "validation:reasonRequired" });
    if (!v.appealInfo) ctx.addIssue({ code: "custom", path: ["appealInfo"], message: "validation:required" });
  });

// R10.3: the reason for the delay, written by the responsible officer before the notice goes.
export const DelayReasonSchema = z.object({
  period: z.coerce.number().int().min(1).max(1000),
  reason: text(2000).min(10, "validation:reasonRequired"),
});

export const NoteSchema = z.object({ body: text(4000).min(1, "validation:required") });
