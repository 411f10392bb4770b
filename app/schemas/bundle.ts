// Filing a guide's permits together (issue 10). At the counter the form is the single intake
// form (IntakeSchema): one applicant, one checklist whose lines are the bundle's documents,
// each once. Online: the applicant, the declaration (apply.ts) and the form's own key.
import "~/schemas/zod-messages";
import { z } from "zod";
import { DeclarationStepSchema } from "./apply";
import { ApplicantSchema } from "./intake";

// The online form's key, made by the page: its idempotency key and the owner of the files kept
// for it while it comes back with errors (decision 0021).
export const FormKeySchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);
export const OnlineBundleSchema = z.object({ idempotencyKey: FormKeySchema }).and(ApplicantSchema).and(DeclarationStepSchema);
export type OnlineBundleInput = z.infer<typeof OnlineBundleSchema>;
