// The manual editor's schemas (issue 7), used by the browser and by the actions. A draft is
// saved as typed (ManualDraftSchema only checks shapes and bounds); publishing runs every rule
// of the citizen manual (ManualPublishSchema: R7.1, R7.5, R7.6). Messages are i18n keys.
import "~/schemas/zod-messages";
import { z } from "zod";
import type { EditorState } from "~/domain/manual/editor-state";
import { stepsFitTotal } from "~/domain/manual/time-fit";
import {
  CATEGORIES,
  CHANNEL_KINDS,
  DOCUMENT_GROUPS,
  DOCUMENT_UNITS,
  FEE_KINDS,
  IMPACT_LEVELS,
  PERMIT_KINDS,
  SERVICE_AREAS,
  SERVICE_TYPES,
  STEP_KINDS,
  TIME_UNITS,
  type TimeUnit,
} from "~/domain/manual/vocabulary";

const MAX_ROWS = 100;
const text = (max = 500) => z.string().trim().max(max, "validation:tooLong").default("");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
// "" while a draft is incomplete; otherwise one of the list.
const choice = (list: readonly string[]) =>
  z
    .string()
    .default("")
    .refine((v) => v === "" || list.includes(v), "validation:choose");
// Form fields arrive as strings: "" is "not given yet" (null); anything else must be a number.
const toNumber = (v: unknown) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.trim().replace(/,/g, "")) : v);
const int = z.preprocess(toNumber, z.number({ error: "editor:errors.number" }).int("editor:errors.wholeNumber").max(1_000_000_000, "editor:errors.number").nullable());
const amount = z.preprocess(toNumber, z.number({ error: "editor:errors.number" }).max(1_000_000_000_000, "editor:errors.number").nullable());
// Rows arrive as a sparse array when a field is missing; holes are dropped.
const rows = <T extends z.ZodType>(row: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v.filter((r) => r && typeof r === "object") : v === undefined ? [] : v), z.array(row).max(MAX_ROWS, "editor:errors.tooManyRows"));
const url = text(500).refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "editor:errors.url");

const LawRowSchema = z.object({ titleTh: text(), titleEn: text() });
const ChannelRowSchema = z.object({
  kind: choice(CHANNEL_KINDS),
  serviceCenterId: z.string().max(40).default(""),
  placeTh: text(),
  placeEn: text(),
  hoursTh: text(),
  hoursEn: text(),
  phone: text(60),
  url,
  remarkTh: text(),
  remarkEn: text(),
});
const StepRowSchema = z.object({
  kind: choice(STEP_KINDS),
  titleTh: text(300),
  titleEn: text(300),
  descriptionTh: text(2000),
  descriptionEn: text(2000),
  durationValue: int,
  durationUnit: choice(TIME_UNITS),
  responsibleTh: text(300),
  responsibleEn: text(300),
  remarkTh: text(),
  remarkEn: text(),
});
const DocumentRowSchema = z.object({
  group: choice(DOCUMENT_GROUPS),
  nameTh: text(),
  nameEn: text(),
  issuerTh: text(300),
  issuerEn: text(300),
  originals: int,
  copies: int,
  unit: choice(DOCUMENT_UNITS),
  conditionTh: text(),
  conditionEn: text(),
});
const FeeRowSchema = z.object({
  kind: choice(FEE_KINDS),
  descriptionTh: text(),
  descriptionEn: text(),
  amount,
  amountMin: amount,
  amountMax: amount,
  percent: amount,
  remarkTh: text(),
  remarkEn: text(),
});
const ComplaintRowSchema = z.object({ nameTh: text(300), nameEn: text(300), detailTh: text(), detailEn: text() });
const FormRowSchema = z.object({ id: z.string().max(40).default(""), code: text(40), nameTh: text(300), nameEn: text(300), url });

export const ManualDraftSchema = z.object({
  nameTh: text(300),
  nameEn: text(300),
  serviceType: choice(SERVICE_TYPES),
  impactLevel: choice(IMPACT_LEVELS),
  serviceArea: choice(SERVICE_AREAS),
  timeLawTh: text(1000),
  timeLawEn: text(1000),
  statutoryValue: int,
  statutoryUnit: choice(TIME_UNITS),
  statsAvg: int,
  statsMax: int,
  statsMin: int,
  referenceName: text(300),
  criteriaTh: text(20_000),
  criteriaEn: text(20_000),
  totalValue: int,
  totalUnit: choice(TIME_UNITS),
  streamlined: checkbox,
  noFee: checkbox,
  noDocuments: checkbox,
  remarksTh: text(5000),
  remarksEn: text(5000),
  preparedByTh: text(300),
  preparedByEn: text(300),
  approvedByTh: text(300),
  approvedByEn: text(300),
  publishedByTh: text(300),
  publishedByEn: text(300),
  laws: rows(LawRowSchema),
  channels: rows(ChannelRowSchema),
  steps: rows(StepRowSchema),
  documents: rows(DocumentRowSchema),
  fees: rows(FeeRowSchema),
  complaintChannels: rows(ComplaintRowSchema),
  forms: rows(FormRowSchema),
}) satisfies z.ZodType<EditorState, unknown>;

type Issue = { path: (string | number)[]; message: string };

// Every rule a published manual must meet. Pure, so the browser and the server agree.
export function publishIssues(s: EditorState): Issue[] {
  const issues: Issue[] = [];
  const need = (path: (string | number)[], value: string, message = "validation:required") => {
    if (!value) issues.push({ path, message });
  };
  const bilingual = (path: (string | number)[], base: string, row: Record<string, unknown>) => {
    need([...path, `${base}Th`], row[`${base}Th`] as string);
    need([...path, `${base}En`], row[`${base}En`] as string);
  };
  const positive = (path: (string | number)[], value: number | null) => {
    if (value === null || value <= 0) issues.push({ path, message: "editor:errors.durationPositive" });
  };
  const notNegative = (path: (string | number)[], value: number | null, required = true) => {
    if (value === null ? required : value < 0) issues.push({ path, message: value === null ? "validation:required" : "editor:errors.notNegative" });
  };
  // R7.5: names and criteria in both languages; the reference name; the choices of the template.
  bilingual([], "name", s);
  bilingual([], "criteria", s);
  bilingual([], "timeLaw", s);
  need(["referenceName"], s.referenceName);
  need(["serviceType"], s.serviceType, "validation:choose");
  need(["impactLevel"], s.impactLevel, "validation:choose");
  need(["serviceArea"], s.serviceArea, "validation:choose");
  // Field 8: the statutory time is a value with a unit, or 0 when the law sets none.
  notNegative(["statutoryValue"], s.statutoryValue);
  if ((s.statutoryValue ?? 0) > 0 && !s.statutoryUnit) issues.push({ path: ["statutoryUnit"], message: "editor:errors.unitRequired" });
  for (const k of ["statsAvg", "statsMax", "statsMin"] as const) notNegative([k], s[k]);
  if (s.statsMin !== null && s.statsMax !== null && s.statsMin > s.statsMax) issues.push({ path: ["statsMin"], message: "editor:errors.statsOrder" });
  // R7.6: the total time is a value with a unit.
  positive(["totalValue"], s.totalValue);
  if (!s.totalUnit) issues.push({ path: ["totalUnit"], message: "editor:errors.unitRequired" });

  if (s.laws.length === 0) issues.push({ path: ["laws"], message: "editor:errors.lawRequired" });
  s.laws.forEach((l, i) => bilingual(["laws", i], "title", l));
  // R7.3: at least one channel, each with place and hours.
  if (s.channels.length === 0) issues.push({ path: ["channels"], message: "editor:errors.channelRequired" });
  s.channels.forEach((c, i) => {
    need(["channels", i, "kind"], c.kind, "validation:choose");
    if (c.kind === "service_center") need(["channels", i, "serviceCenterId"], c.serviceCenterId, "validation:choose");
    bilingual(["channels", i], "place", c);
    bilingual(["channels", i], "hours", c);
  });
  // R7.1 + R7.6: steps, each with a duration value > 0 and a unit.
  if (s.steps.length === 0) issues.push({ path: ["steps"], message: "editor:errors.stepRequired" });
  s.steps.forEach((st, i) => {
    need(["steps", i, "kind"], st.kind, "validation:choose");
    bilingual(["steps", i], "title", st);
    bilingual(["steps", i], "responsible", st);
    positive(["steps", i, "durationValue"], st.durationValue);
    if (!st.durationUnit) issues.push({ path: ["steps", i, "durationUnit"], message: "editor:errors.unitRequired" });
  });
  // The steps must fit in the total time when their units can be compared (decision 0011).
  const limits = s.steps.filter((st) => st.durationValue !== null && st.durationUnit);
  if (limits.length === s.steps.length && s.totalValue !== null && s.totalUnit) {
    const fit = stepsFitTotal(
      limits.map((st) => ({ value: st.durationValue!, unit: st.durationUnit as TimeUnit })),
      { value: s.totalValue, unit: s.totalUnit as TimeUnit },
    );
    if (fit && !fit.fits) issues.push({ path: ["totalValue"], message: "editor:errors.stepsExceedTotal" });
  }
  // R7.1: documents listed, or "no documents" said explicitly — never both.
  if (s.documents.length === 0 && !s.noDocuments) issues.push({ path: ["documents"], message: "editor:errors.noDocumentsOrDocuments" });
  if (s.documents.length > 0 && s.noDocuments) issues.push({ path: ["noDocuments"], message: "editor:errors.noDocumentsWithDocuments" });
  s.documents.forEach((d, i) => {
    need(["documents", i, "group"], d.group, "validation:choose");
    bilingual(["documents", i], "name", d);
    bilingual(["documents", i], "issuer", d);
    notNegative(["documents", i, "originals"], d.originals);
    notNegative(["documents", i, "copies"], d.copies);
    if ((d.originals ?? 0) <= 0 && (d.copies ?? 0) <= 0 && (d.originals ?? 0) >= 0 && (d.copies ?? 0) >= 0 && d.originals !== null && d.copies !== null) {
      issues.push({ path: ["documents", i, "originals"], message: "editor:errors.originalsOrCopies" });
    }
    need(["documents", i, "unit"], d.unit, "validation:choose");
  });
  // R7.1: fees listed, or "no fee" ticked — never both.
  if (s.fees.length === 0 && !s.noFee) issues.push({ path: ["fees"], message: "editor:errors.noFeeOrFees" });
  if (s.fees.length > 0 && s.noFee) issues.push({ path: ["noFee"], message: "editor:errors.noFeeWithFees" });
  s.fees.forEach((f, i) => {
    need(["fees", i, "kind"], f.kind, "validation:choose");
    bilingual(["fees", i], "description", f);
    if (f.kind === "fixed" && (f.amount === null || f.amount <= 0)) issues.push({ path: ["fees", i, "amount"], message: "editor:errors.amountRequired" });
    if (f.kind === "range") {
      if (f.amountMin === null || f.amountMin < 0) issues.push({ path: ["fees", i, "amountMin"], message: "editor:errors.amountRequired" });
      if (f.amountMax === null || f.amountMax <= 0) issues.push({ path: ["fees", i, "amountMax"], message: "editor:errors.amountRequired" });
      if (f.amountMin !== null && f.amountMax !== null && f.amountMin > f.amountMax) issues.push({ path: ["fees", i, "amountMax"], message: "editor:errors.rangeOrder" });
    }
    if (f.kind === "percentage" && (f.percent === null || f.percent <= 0 || f.percent > 100)) issues.push({ path: ["fees", i, "percent"], message: "editor:errors.percentRange" });
  });
  if (s.complaintChannels.length === 0) issues.push({ path: ["complaintChannels"], message: "editor:errors.complaintRequired" });
  s.complaintChannels.forEach((c, i) => {
    bilingual(["complaintChannels", i], "name", c);
    bilingual(["complaintChannels", i], "detail", c);
  });
  s.forms.forEach((f, i) => bilingual(["forms", i], "name", f));
  return issues;
}

export const ManualPublishSchema = ManualDraftSchema.superRefine((state, ctx) => {
  for (const issue of publishIssues(state)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});
export type ManualDraftInput = z.infer<typeof ManualDraftSchema>;

// Creating a permit: its permanent slug and the facts that are not versioned.
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const toList = (v: unknown) => (v === undefined || v === false || v === null ? [] : Array.isArray(v) ? v : [v]);
export const NewPermitSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "validation:required")
    .max(80, "validation:tooLong")
    .regex(SLUG_PATTERN, "editor:errors.slug"),
  kind: z.enum(PERMIT_KINDS, { error: "validation:choose" }),
  category: z.enum(CATEGORIES, { error: "validation:choose" }),
  agencyId: z.string().min(1, "validation:choose").max(40),
  serviceCenterIds: z.preprocess(toList, z.array(z.string().min(1).max(40)).max(200)),
  nameTh: z.string().trim().min(1, "validation:required").max(300, "validation:tooLong"),
  nameEn: z.string().trim().min(1, "validation:required").max(300, "validation:tooLong"),
});
export type NewPermitInput = z.infer<typeof NewPermitSchema>;
