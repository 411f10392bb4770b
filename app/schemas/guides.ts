// Life-event guides (issue 10). GuideDefinitionSchema is the stored JSON document (checked
// when written and when read); GuideFormSchema is the administrator's form, shared by
// react-hook-form in the browser and the action on the server, turning its rows into that
// document. Blank rows are ignored, so the form offers empty rows to fill without JavaScript.
// Whether a named permit exists and is published, and whether the slug is free, are checked
// on the server only.
import "~/schemas/zod-messages";
import { z } from "zod";
import { findCycle } from "~/domain/guides/order";
import { OPERATORS, OPERATORS_BY_TYPE, QUESTION_TYPES, type GuideDefinition, type Question } from "~/domain/guides/types";

export const GUIDE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const QUESTION_KEY = /^[a-z][a-z0-9_]{0,29}$/;
const OPTION_VALUE = /^[a-z0-9][a-z0-9_-]{0,29}$/;
// Names the result link and the intake pages use for themselves.
export const RESERVED_KEYS = new Set(["lng", "file", "guide", "print", "number"]);
export const MAX_QUESTIONS = 12;
export const MAX_GUIDE_PERMITS = 12;
export const MAX_CONDITIONS = 3;

const bi = z.object({ th: z.string().max(500), en: z.string().max(500) });

export const GuideDefinitionSchema = z.object({
  questions: z
    .array(
      z.object({
        key: z.string().regex(QUESTION_KEY),
        type: z.enum(QUESTION_TYPES),
        label: bi,
        hint: bi,
        options: z.array(z.object({ value: z.string().regex(OPTION_VALUE), label: bi })).max(20),
        unit: bi,
      }),
    )
    .min(1)
    .max(MAX_QUESTIONS),
  permits: z
    .array(
      z.object({
        slug: z.string().regex(GUIDE_SLUG).max(80),
        conditions: z.array(z.object({ question: z.string(), op: z.enum(OPERATORS), value: z.string().max(60) })).max(MAX_CONDITIONS),
        requires: z.array(z.string().max(80)).max(MAX_GUIDE_PERMITS),
      }),
    )
    .min(1)
    .max(MAX_GUIDE_PERMITS),
}) satisfies z.ZodType<GuideDefinition>;

const text = (max: number) => z.string().trim().max(max, "validation:tooLong");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const QuestionRow = z.object({
  key: text(30).default(""),
  type: z.enum(QUESTION_TYPES, { error: "validation:choose" }).default("yes_no"),
  labelTh: text(300).default(""),
  labelEn: text(300).default(""),
  hintTh: text(500).default(""),
  hintEn: text(500).default(""),
  unitTh: text(30).default(""),
  unitEn: text(30).default(""),
  // One option a line: value | ไทย | English
  options: text(3000).default(""),
});
const ConditionRow = z.object({
  question: text(30).default(""),
  op: z.enum(OPERATORS, { error: "validation:choose" }).default("eq"),
  value: text(60).default(""),
});
const PermitRow = z.object({
  slug: text(80).default(""),
  conditions: z.array(ConditionRow).max(MAX_CONDITIONS).default([]),
  // Checkboxes named permits.<i>.requires.<slug>
  requires: z.record(z.string().max(80), checkbox).default({}),
});

export type OptionLine = { value: string; th: string; en: string } | null;
export function parseOptionLine(line: string): OptionLine {
  const parts = line.split("|").map((p) => p.trim());
  if (parts.length !== 3 || !OPTION_VALUE.test(parts[0]) || !parts[1] || !parts[2]) return null;
  return { value: parts[0], th: parts[1], en: parts[2] };
}
const optionLines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

const isBlankQuestion = (q: z.infer<typeof QuestionRow>) => !q.key && !q.labelTh && !q.labelEn && !q.options;
const isBlankCondition = (c: z.infer<typeof ConditionRow>) => !c.question && !c.value;

export const GuideFormSchema = z
  .object({
    slug: text(80).min(1, "validation:required").regex(GUIDE_SLUG, "admin:guides.errors.slug"),
    titleTh: text(200).min(1, "validation:required"),
    titleEn: text(200).min(1, "validation:required"),
    summaryTh: text(1000).default(""),
    summaryEn: text(1000).default(""),
    published: checkbox,
    position: z.coerce.number({ error: "validation:number" }).int("validation:number").min(0, "validation:number").max(999, "validation:number").default(0),
    questions: z.array(QuestionRow).max(MAX_QUESTIONS + 4).default([]),
    permits: z.array(PermitRow).max(MAX_GUIDE_PERMITS + 4).default([]),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const types = new Map<string, Question["type"]>();
    const options = new Map<string, Set<string>>();
    v.questions.forEach((q, i) => {
      if (isBlankQuestion(q)) return;
      if (!QUESTION_KEY.test(q.key) || RESERVED_KEYS.has(q.key)) issue(["questions", i, "key"], "admin:guides.errors.key");
      else if (types.has(q.key)) issue(["questions", i, "key"], "admin:guides.errors.duplicateKey");
      if (!q.labelTh) issue(["questions", i, "labelTh"], "validation:required");
      if (!q.labelEn) issue(["questions", i, "labelEn"], "validation:required");
      types.set(q.key, q.type);
      if (q.type === "choice") {
        const lines = optionLines(q.options);
        const parsed = lines.map(parseOptionLine);
        const values = parsed.flatMap((o) => (o ? [o.value] : []));
        if (lines.length < 2) issue(["questions", i, "options"], "admin:guides.errors.twoOptions");
        else if (parsed.some((o) => !o)) issue(["questions", i, "options"], "admin:guides.errors.optionLine");
        else if (new Set(values).size !== values.length) issue(["questions", i, "options"], "admin:guides.errors.duplicateOption");
        options.set(q.key, new Set(values));
      }
    });
    if (types.size === 0) issue(["questions"], "admin:guides.errors.oneQuestion");

    const slugs = new Set<string>();
    v.permits.forEach((p, i) => {
      if (!p.slug) return;
      if (slugs.has(p.slug)) issue(["permits", i, "slug"], "admin:guides.errors.duplicatePermit");
      slugs.add(p.slug);
      p.conditions.forEach((c, j) => {
        if (isBlankCondition(c)) return;
        const type = types.get(c.question);
        if (!type) return issue(["permits", i, "conditions", j, "question"], "admin:guides.errors.noSuchQuestion");
        if (!OPERATORS_BY_TYPE[type].includes(c.op)) return issue(["permits", i, "conditions", j, "op"], "admin:guides.errors.operator");
        const ok =
          type === "yes_no" ? c.value === "yes" || c.value === "no" : type === "choice" ? !!options.get(c.question)?.has(c.value) : /^\d+(\.\d+)?$/.test(c.value);
        if (!ok) issue(["permits", i, "conditions", j, "value"], `admin:guides.errors.value_${type}`);
      });
    });
    if (slugs.size === 0) issue(["permits"], "admin:guides.errors.onePermit");
    v.permits.forEach((p, i) => {
      if (!p.slug) return;
      const needs = requiredSlugs(p.requires);
      if (needs.includes(p.slug)) issue(["permits", i, "requires"], "admin:guides.errors.requiresItself");
      else if (needs.some((r) => !slugs.has(r))) issue(["permits", i, "requires"], "admin:guides.errors.requiresOutside");
    });
    // A prerequisite cycle can never be satisfied: refused when saved.
    const cycle = findCycle(v.permits.filter((p) => p.slug).map((p) => ({ slug: p.slug, requires: requiredSlugs(p.requires) })));
    if (cycle) {
      const at = v.permits.findIndex((p) => p.slug === cycle[0]);
      issue(["permits", at, "requires"], "admin:guides.errors.cycle");
    }
  });
export type GuideFormInput = z.infer<typeof GuideFormSchema>;

function requiredSlugs(requires: Record<string, boolean>): string[] {
  return Object.entries(requires)
    .filter(([, on]) => on)
    .map(([slug]) => slug);
}

/** The stored document of a valid form: blank rows gone, options and conditions parsed. */
export function definitionOf(v: GuideFormInput): GuideDefinition {
  return {
    questions: v.questions
      .filter((q) => !isBlankQuestion(q))
      .map((q) => ({
        key: q.key,
        type: q.type,
        label: { th: q.labelTh, en: q.labelEn },
        hint: { th: q.hintTh, en: q.hintEn },
        options: q.type === "choice" ? optionLines(q.options).map((l) => parseOptionLine(l)!).map((o) => ({ value: o.value, label: { th: o.th, en: o.en } })) : [],
        unit: q.type === "number" ? { th: q.unitTh, en: q.unitEn } : { th: "", en: "" },
      })),
    permits: v.permits
      .filter((p) => p.slug)
      .map((p) => ({ slug: p.slug, conditions: p.conditions.filter((c) => !isBlankCondition(c)), requires: requiredSlugs(p.requires) })),
  };
}

/** The form's rows of a stored guide (the inverse of definitionOf). */
export function formRowsOf(def: GuideDefinition) {
  return {
    questions: def.questions.map((q) => ({
      key: q.key,
      type: q.type,
      labelTh: q.label.th,
      labelEn: q.label.en,
      hintTh: q.hint.th,
      hintEn: q.hint.en,
      unitTh: q.unit.th,
      unitEn: q.unit.en,
      options: q.options.map((o) => `${o.value} | ${o.label.th} | ${o.label.en}`).join("\n"),
    })),
    permits: def.permits.map((p) => ({
      slug: p.slug,
      conditions: p.conditions.map((c) => ({ question: c.question, op: c.op, value: c.value })),
      requires: Object.fromEntries(p.requires.map((r) => [r, true])),
    })),
  };
}

/** A stored definition, or null when it no longer parses (never trusted blindly). */
export function readDefinition(json: string): GuideDefinition | null {
  try {
    const parsed = GuideDefinitionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// The citizen's choice of which applicable permits to file now (counter and online).
export const FILE_PARAM = "file";
