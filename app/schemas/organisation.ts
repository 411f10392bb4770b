// Ministries, agencies and service centers as an administrator edits them (issue 7). One schema
// for react-hook-form in the browser and the action on the server; uniqueness of codes and
// whether a referenced row exists are checked on the server only.
import "~/schemas/zod-messages";
import { z } from "zod";
import { officeHoursProblems } from "~/domain/admin/office-hours";

const text = (max: number) => z.string().trim().max(max, "validation:tooLong");
const required = (max: number) => text(max).min(1, "validation:required");
// Codes are what people and tracking numbers use: upper-case letters, digits and hyphens.
const code = (pattern: RegExp, message: string, max: number) =>
  z.string().trim().toUpperCase().min(1, "validation:required").max(max, "validation:tooLong").regex(pattern, message);

export const MinistrySchema = z.object({
  code: code(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "admin:agencies.errors.codeFormat", 20),
  nameTh: required(200),
  nameEn: required(200),
});
export type MinistryInput = z.infer<typeof MinistrySchema>;

const website = text(300).refine((v) => v === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), "admin:agencies.errors.website");

export const AgencySchema = z.object({
  code: code(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "admin:agencies.errors.codeFormat", 20),
  nameTh: required(200),
  nameEn: required(200),
  ministryId: z.string().min(1, "validation:choose").max(64),
  parentId: z.string().max(64).default(""),
  phone: text(50).default(""),
  website: website.default(""),
  addressTh: text(500).default(""),
  addressEn: text(500).default(""),
});
export type AgencyInput = z.infer<typeof AgencySchema>;

// A center's code is printed in every tracking number (BKK01-2569-000123-X, decision 0004).
export const CenterSchema = z
  .object({
    code: code(/^[A-Z0-9]{2,6}$/, "admin:centers.errors.codeFormat", 6),
    nameTh: required(200),
    nameEn: required(200),
    addressTh: required(500),
    addressEn: required(500),
    phone: required(50),
    opensAt: z.string().trim(),
    closesAt: z.string().trim(),
    lunchStart: z.string().trim().default(""),
    lunchEnd: z.string().trim().default(""),
  })
  .superRefine((v, ctx) => {
    for (const [field, message] of Object.entries(officeHoursProblems(v))) ctx.addIssue({ code: "custom", path: [field], message });
  });
export type CenterInput = z.infer<typeof CenterSchema>;
