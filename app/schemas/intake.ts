// The counter intake form (R8.1–R8.3): applicant, the checklist generated from the manual
// version, and — when something is missing — the deficiency record's deadline and signatures.
// Shared by react-hook-form in the browser and the action on the server.
import "~/schemas/zod-messages";
import { z } from "zod";
import { isIsoDate } from "~/domain/calendar/bangkok-date";
import { isPlausiblePassportNumber, isValidJuristicId, isValidThaiNationalId, normalizeThaiPhone } from "~/domain/identity/thai-id";

export const APPLICANT_TYPES = ["person", "foreigner", "juristic"] as const;
export const CHECK_STATUSES = ["received", "missing", "defective", "not_applicable"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max, "validation:tooLong");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
// A signature drawn on screen, as a PNG data URL (bounded: ~150 kB).
const signature = z
  .string()
  .max(200_000, "validation:tooLong")
  .refine((s) => s === "" || /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(s), "validation:required")
  .optional();

export const ApplicantSchema = z
  .object({
    applicantType: z.enum(APPLICANT_TYPES, { error: "validation:choose" }),
    applicantId: text(40).min(1, "validation:required"),
    applicantName: text(200).min(1, "validation:required"),
    applicantPhone: text(30).min(1, "validation:required"),
    applicantEmail: text(200).refine((v) => v === "" || z.email().safeParse(v).success, "validation:email"),
    applicantAddress: text(500).min(1, "validation:required"),
    preferredLanguage: z.enum(["th", "en"], { error: "validation:choose" }),
    noticesByEmail: checkbox,
  })
  .superRefine((v, ctx) => {
    const idOk =
      v.applicantType === "person" ? isValidThaiNationalId(v.applicantId) : v.applicantType === "juristic" ? isValidJuristicId(v.applicantId) : isPlausiblePassportNumber(v.applicantId);
    if (!idOk) {
      const message = v.applicantType === "person" ? "validation:thaiId" : v.applicantType === "juristic" ? "validation:juristicId" : "validation:passport";
      ctx.addIssue({ code: "custom", path: ["applicantId"], message });
    }
    if (!normalizeThaiPhone(v.applicantPhone)) ctx.addIssue({ code: "custom", path: ["applicantPhone"], message: "validation:phone" });
    if (v.noticesByEmail && !v.applicantEmail) ctx.addIssue({ code: "custom", path: ["applicantEmail"], message: "validation:required" });
  });

export type ApplicantInput = z.infer<typeof ApplicantSchema>;

export const ChecklistItemSchema = z
  .object({
    id: z.string().min(1).max(40),
    status: z.enum(CHECK_STATUSES, { error: "validation:choose" }),
    note: text(500).default(""),
  })
  .superRefine((item, ctx) => {
    if ((item.status === "defective" || item.status === "not_applicable") && !item.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: item.status === "defective" ? "validation:noteRequired" : "validation:reasonRequired" });
    }
  });

export const IntakeSchema = z
  .object({
    idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/),
    documents: z.array(ChecklistItemSchema).max(200),
    cureDeadline: z.string().refine((v) => v === "" || isIsoDate(v), "validation:date").default(""),
    officerSignature: signature,
    applicantSignature: signature,
    signedOnPaper: checkbox,
  })
  .and(ApplicantSchema)
  .superRefine((v, ctx) => {
    const incomplete = v.documents.some((d) => d.status === "missing" || d.status === "defective");
    const signed = (!!v.officerSignature && !!v.applicantSignature) || v.signedOnPaper;
    // R8.2: a deficiency record is signed by the officer and the applicant.
    if (incomplete && !signed) ctx.addIssue({ code: "custom", path: ["signedOnPaper"], message: "validation:signatureRequired" });
  });
export type IntakeInput = z.infer<typeof IntakeSchema>;

export function isComplete(documents: readonly { status: CheckStatus }[]): boolean {
  return documents.every((d) => d.status === "received" || d.status === "not_applicable");
}

// The completeness check of an online request (R8.1): the same checklist as at the counter.
// No signatures: the deficiency record goes electronically and is acknowledged online (R8.2).
export const CompletenessCheckSchema = z.object({
  documents: z.array(ChecklistItemSchema).max(200),
  cureDeadline: z.string().refine((v) => v === "" || isIsoDate(v), "validation:date").default(""),
});
export type CompletenessCheckInput = z.infer<typeof CompletenessCheckSchema>;
