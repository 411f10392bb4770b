// The holiday form (add and edit) and the import steps; the same schemas run in the browser
// and in the action. Messages are i18n keys.
import "~/schemas/zod-messages";
import { z } from "zod";
import { isIsoDate } from "~/domain/calendar/bangkok-date";
import { MAX_NAME_LENGTH } from "~/domain/holidays/rows";
import { HOLIDAY_KINDS } from "~/domain/manual/vocabulary";

const name = z.string().trim().min(1, "validation:required").max(MAX_NAME_LENGTH, "holidays:errors.nameTooLong");

export const HolidaySchema = z.object({
  date: z.string().trim().min(1, "validation:required").refine(isIsoDate, "holidays:errors.date"),
  nameTh: name,
  nameEn: name,
  kind: z.enum(HOLIDAY_KINDS, { message: "holidays:errors.kind" }),
});
export type HolidayInput = z.infer<typeof HolidaySchema>;

// The year of a page or an import: four digits, within the span the calendar precomputes.
export const YearSchema = z.coerce.number().int().min(2000).max(2100);

export const HolidayRowsSchema = z.array(z.object({ date: z.string(), nameTh: z.string(), nameEn: z.string(), kind: z.string() })).max(366);

export const IMPORT_INTENTS = ["preview", "confirm"] as const;
export const ImportConfirmSchema = z.object({
  intent: z.literal("confirm"),
  year: YearSchema,
  fingerprint: z.string().min(1).max(40),
  // The rows of the preview, carried in a hidden field; checked again on the server.
  rows: z.string().max(200_000).transform((text, ctx) => {
    try {
      return HolidayRowsSchema.parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: "custom", message: "holidays:import.errors.tampered" });
      return z.NEVER;
    }
  }),
});

export const MAX_IMPORT_BYTES = 256 * 1024;

// The upload step: the year the file is for (the file itself is checked on the server).
export const ImportUploadSchema = z.object({
  intent: z.literal("preview"),
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "holidays:import.errors.year")
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, "holidays:import.errors.year"),
});
