// Life-event guides (issue 10): the public list, a guide's result for the answers in its
// link, and the plan of a bundle (the permits chosen among those that apply, their documents
// once) that the counter and the online form file.
import { answersToSearch, guideResult, parseAnswers, type GuideResult, type GuideResultPermit, type MergedDocument } from "~/domain/guides";
import type { Language } from "~/i18n/config";
import { mergeDocuments } from "~/domain/guides/documents";
import { findGuideBySlug, listGuides, permitFactsBySlug, type BundlePermitFacts, type Guide } from "~/models/guide.server";
import { FILE_PARAM } from "~/schemas/guides";
import { getWorkCalendar } from "./calendar.server";

export async function publishedGuides() {
  return listGuides({ publishedOnly: true });
}

export async function requirePublishedGuide(slug: string): Promise<Guide> {
  const guide = await findGuideBySlug(slug);
  if (!guide?.published) throw new Response("Not found", { status: 404 });
  return guide;
}

export type GuideOutcome = {
  answers: ReturnType<typeof parseAnswers>;
  result: (Omit<GuideResult, "permits"> & { permits: (GuideResultPermit & BundlePermitFacts)[] }) | null;
};

/** The answers in the link and, once every question is answered, the result from today. */
export async function guideOutcome(guide: Guide, params: URLSearchParams, today: string): Promise<GuideOutcome> {
  const answers = parseAnswers(guide.definition.questions, (k) => params.get(k));
  if (!answers.complete) return { answers, result: null };
  const facts = await permitFactsBySlug(guide.definition.permits.map((p) => p.slug));
  const result = guideResult(guide.definition, answers.answers, facts, today, await getWorkCalendar());
  return { answers, result: { ...result, permits: result.permits.map((p) => ({ ...facts.get(p.slug)!, ...p })) } };
}

export type BundlePlan = {
  guide: Guide;
  outcome: GuideOutcome & { result: NonNullable<GuideOutcome["result"]> };
  /** The permits to file now, in the order they can be obtained. */
  permits: (GuideResultPermit & BundlePermitFacts)[];
  /** Their documents, each once, with the permit documents each line answers. */
  documents: MergedDocument[];
};

/**
 * The permits the citizen files now: those of the result named by `file` in the link (all of
 * them when none is named; a name outside the result is ignored). Null when the answers are
 * incomplete or nothing is left to file.
 */
export async function bundlePlan(guide: Guide, params: URLSearchParams, today: string, keep: (p: BundlePermitFacts) => boolean = () => true): Promise<BundlePlan | null> {
  const outcome = await guideOutcome(guide, params, today);
  if (!outcome.result) return null;
  const named = new Set(params.getAll(FILE_PARAM));
  const offered = outcome.result.permits.filter(keep);
  const permits = named.size === 0 ? offered : offered.filter((p) => named.has(p.slug));
  if (permits.length === 0) return null;
  return { guide, outcome: outcome as BundlePlan["outcome"], permits, documents: mergeDocuments(permits) };
}

// ── What the pages show, in one language ──────────────────────────────────────────────────

const pick = (b: { th: string; en: string }, lng: Language) => (lng === "th" ? b.th : b.en) || b.th;

export function presentQuestions(guide: Guide, params: URLSearchParams, answers: GuideOutcome["answers"] | null, lng: Language) {
  return guide.definition.questions.map((q) => ({
    key: q.key,
    type: q.type,
    label: pick(q.label, lng),
    hint: pick(q.hint, lng),
    unit: pick(q.unit, lng),
    options: q.options.map((o) => ({ value: o.value, label: pick(o.label, lng) })),
    value: (params.get(q.key) ?? "").slice(0, 40),
    // Errors only once the form was sent (some answer is in the link).
    error: answers && [...params.keys()].some((k) => guide.definition.questions.some((x) => x.key === k)) ? (answers.errors[q.key] ?? null) : null,
  }));
}
export type PresentedQuestion = ReturnType<typeof presentQuestions>[number];

export function presentResult(result: NonNullable<GuideOutcome["result"]>, lng: Language, names = new Map(result.permits.map((p) => [p.slug, pick(p.name, lng)]))) {
  return {
    permits: result.permits.map((p) => ({
      slug: p.slug,
      name: pick(p.name, lng),
      agency: pick(p.agency, lng),
      total: p.total,
      startsOn: p.startsOn,
      expectedOn: p.expectedOn,
      after: p.after.map((s) => names.get(s) ?? s),
      online: p.online,
      noFee: p.noFee,
      fees: p.fees.map((f) => ({ ...f, description: pick(f.description, lng) })),
    })),
    documents: presentDocuments(result.documents, lng, names),
    fees: {
      min: result.fees.min,
      max: result.fees.max,
      exact: result.fees.exact,
      percentages: result.fees.percentages.map((f) => ({ permit: names.get(f.slug) ?? f.slug, percent: f.percent, description: pick(f.description, lng) })),
      free: result.fees.free.map((s) => names.get(s) ?? s),
    },
    lastDecisionOn: result.lastDecisionOn,
    unavailable: result.unavailable,
  };
}
export type PresentedResult = ReturnType<typeof presentResult>;

export function presentDocuments(documents: readonly MergedDocument[], lng: Language, names: ReadonlyMap<string, string>) {
  return documents.map((d) => ({
    id: d.usedBy[0].documentId,
    group: d.group,
    name: pick(d.name, lng),
    issuer: pick(d.issuer, lng),
    originals: d.originals,
    copies: d.copies,
    unit: d.unit,
    condition: d.condition ? pick(d.condition, lng) : null,
    usedBy: d.usedBy.map((u) => names.get(u.slug) ?? u.slug),
  }));
}
export type PresentedDocument = ReturnType<typeof presentDocuments>[number];

export function presentGuide(guide: Guide, lng: Language) {
  return { slug: guide.slug, title: pick({ th: guide.titleTh, en: guide.titleEn }, lng), summary: pick({ th: guide.summaryTh, en: guide.summaryEn }, lng) };
}

/** The canonical link of these answers: stable whatever order or spelling the form sent. */
export function canonicalSearch(guide: Guide, outcome: GuideOutcome): string {
  return answersToSearch(guide.definition.questions, outcome.answers.answers);
}
