// Online application (issue #5), one schema per page, shared by react-hook-form in the browser
// and the action on the server. Messages are i18n keys.
import "~/schemas/zod-messages";
import { z } from "zod";
import { ApplicantSchema } from "./intake";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const ApplicantStepSchema = ApplicantSchema;
export type ApplicantStep = z.infer<typeof ApplicantStepSchema>;

// The declaration page: the applicant confirms the information is true (a false statement is
// an offence) and agrees to the use of personal data described on the page (PDPA).
export const DeclarationStepSchema = z.object({
  truthful: checkbox.refine((v) => v, "apply:errors.truthful"),
  consent: checkbox.refine((v) => v, "apply:errors.consent"),
});
export type DeclarationStep = z.infer<typeof DeclarationStepSchema>;

export const ResumeSchema = z.object({
  code: z.string().trim().min(1, "validation:required").max(20, "validation:tooLong"),
});

// Public forms carry a field people never see; a bot that fills it is ignored.
export const HONEYPOT_FIELD = "website";
export function isBot(values: Record<string, unknown>): boolean {
  const v = values[HONEYPOT_FIELD];
  return typeof v === "string" && v.trim() !== "";
}

// The answers kept in a draft between pages.
export const DraftDataSchema = z.object({
  applicant: ApplicantStepSchema.optional().catch(undefined),
  declaration: DeclarationStepSchema.optional().catch(undefined),
});
export type DraftData = z.infer<typeof DraftDataSchema>;
