// Shapes of the open-data API (O3), documented in README. The model layer builds these
// objects and the API routes parse them before sending, so a drift fails loudly in tests.
import "~/schemas/zod-messages";
import { z } from "zod";
import {
  CATEGORIES,
  CHANNEL_KINDS,
  DOCUMENT_GROUPS,
  DOCUMENT_UNITS,
  IMPACT_LEVELS,
  PERMIT_KINDS,
  SERVICE_AREAS,
  SERVICE_TYPES,
  STEP_KINDS,
  TIME_UNITS,
} from "~/domain/manual/vocabulary";
import { isMonth, MAX_STATISTICS_MONTHS, monthCount } from "~/domain/statistics";

export const BilingualSchema = z.object({ th: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof BilingualSchema>;
export const TimeLimitSchema = z.object({ value: z.number().int().nonnegative(), unit: z.enum(TIME_UNITS) });

const AgencyRefSchema = z.object({
  code: z.string(),
  name: BilingualSchema,
  ministry: z.object({ code: z.string(), name: BilingualSchema }),
});

export const PermitSummarySchema = z.object({
  slug: z.string(),
  name: BilingualSchema,
  kind: z.enum(PERMIT_KINDS),
  category: z.enum(CATEGORIES),
  agency: AgencyRefSchema,
  serviceCenters: z.array(z.string()),
  totalTime: TimeLimitSchema,
  online: z.boolean(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  url: z.string(),
});
export type PermitSummary = z.infer<typeof PermitSummarySchema>;
export const PermitListSchema = z.array(PermitSummarySchema);

const StepSchema = z.object({
  position: z.number().int(),
  kind: z.enum(STEP_KINDS),
  title: BilingualSchema,
  description: BilingualSchema,
  duration: TimeLimitSchema,
  responsible: BilingualSchema,
  remark: BilingualSchema,
});
const DocumentSchema = z.object({
  position: z.number().int(),
  group: z.enum(DOCUMENT_GROUPS),
  name: BilingualSchema,
  issuer: BilingualSchema,
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  unit: z.enum(DOCUMENT_UNITS),
  condition: BilingualSchema.nullable(),
});
const FeeSchema = z.object({
  position: z.number().int(),
  kind: z.enum(["fixed", "range", "percentage"]),
  description: BilingualSchema,
  amount: z.number().nullable(),
  amountMin: z.number().nullable(),
  amountMax: z.number().nullable(),
  percent: z.number().nullable(),
  remark: BilingualSchema,
});
const ChannelSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  serviceCenter: z.string().nullable(),
  place: BilingualSchema,
  hours: BilingualSchema,
  phone: z.string(),
  url: z.string(),
  remark: BilingualSchema,
});

export const ManualSchema = PermitSummarySchema.extend({
  serviceType: z.enum(SERVICE_TYPES),
  impactLevel: z.enum(IMPACT_LEVELS),
  serviceArea: z.enum(SERVICE_AREAS),
  laws: z.array(BilingualSchema),
  timeLaw: BilingualSchema,
  statutoryTime: TimeLimitSchema,
  statistics: z.object({ average: z.number(), highest: z.number(), lowest: z.number() }),
  referenceName: z.string(),
  channels: z.array(ChannelSchema),
  criteria: BilingualSchema,
  steps: z.array(StepSchema),
  streamlined: z.boolean(),
  documents: z.array(DocumentSchema),
  noDocuments: z.boolean(),
  fees: z.array(FeeSchema),
  noFee: z.boolean(),
  complaintChannels: z.array(z.object({ name: BilingualSchema, detail: BilingualSchema })),
  // file: an attached PDF (form or filled-in sample), downloaded from its own URL.
  forms: z.array(
    z.object({
      code: z.string(),
      name: BilingualSchema,
      url: z.string(),
      file: z.object({ url: z.string(), name: z.string(), size: z.number().int().nonnegative(), sha256: z.string() }).nullable(),
    }),
  ),
  remarks: BilingualSchema,
  preparedBy: BilingualSchema,
  approvedBy: BilingualSchema,
  publishedBy: BilingualSchema,
});
export type Manual = z.infer<typeof ManualSchema>;

export const ApiErrorSchema = z.object({ error: z.object({ status: z.number(), message: z.string() }) });

// Statistics (O3): aggregates per permit and month of receipt, small cells withheld (null, and
// the field named in `suppressed`). Never any data about a person.
const MonthSchema = z.string().refine(isMonth, "must be a month written as YYYY-MM");
const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const StatisticsQuerySchema = z
  .object({
    permit: optionalParam(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "must be a permit slug")),
    from: optionalParam(MonthSchema),
    to: optionalParam(MonthSchema),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["to"] })
  .refine((q) => !q.from || !q.to || monthCount(q.from, q.to) <= MAX_STATISTICS_MONTHS, {
    message: `at most ${MAX_STATISTICS_MONTHS} months at a time`,
    path: ["to"],
  });
export type StatisticsQuery = z.infer<typeof StatisticsQuerySchema>;

const count = z.number().int().nonnegative().nullable();
export const STATISTICS_FIELDS = ["received", "decided", "decidedOnTime", "onTimeShare", "medianWorkingDays"] as const;
export const StatisticsRowSchema = z.object({
  permit: z.string(),
  month: MonthSchema,
  received: count,
  decided: count,
  decidedOnTime: count,
  onTimeShare: z.number().min(0).max(1).nullable(),
  medianWorkingDays: z.number().nonnegative().nullable(),
  suppressed: z.array(z.enum(STATISTICS_FIELDS)),
});
export type StatisticsRow = z.infer<typeof StatisticsRowSchema>;

export const StatisticsTableSchema = z.object({
  from: MonthSchema,
  to: MonthSchema,
  permit: z.string().nullable(),
  // Counts below this, and shares and medians computed from fewer requests, are withheld.
  suppressionThreshold: z.number().int().positive(),
  rows: z.array(StatisticsRowSchema),
});
export type StatisticsTable = z.infer<typeof StatisticsTableSchema>;

/** The statistics query of a URL; empty parameters count as absent. */
export function parseStatisticsQuery(url: URL) {
  const p = url.searchParams;
  return StatisticsQuerySchema.safeParse({ permit: p.get("permit"), from: p.get("from"), to: p.get("to") });
}

/** One line for a 400 answer: the first problem, and what a good query looks like. */
export function statisticsQueryMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "query"}: ${issue?.message ?? "invalid"} (permit is a slug; from and to are months written as YYYY-MM)`;
}

// Series for the statistics charts (built by monthlyChartData, drawn by components/statistics).
export type ChartMonth = {
  month: string;
  received: number | null;
  decided: number | null;
  decidedOnTime: number | null;
  onTimeShare: number | null;
  suppressed: ("received" | "decided" | "decidedOnTime" | "onTimeShare")[];
};
export type ChartPermitMedian = {
  permit: string;
  name: Bilingual;
  decided: number | null;
  medianWorkingDays: number | null;
  suppressed: ("decided" | "medianWorkingDays")[];
};
export type ChartData = { from: string; to: string; suppressionThreshold: number; months: ChartMonth[]; permits: ChartPermitMedian[] };
