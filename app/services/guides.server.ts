// Life-event guides (issue 10): the public list, a guide's result for the answers in its
// link, and the plan of a bundle (the permits chosen among those that apply, their documents
// once) that the counter and the online form file.
import { guideResult, parseAnswers, type GuideResult, type GuideResultPermit, type MergedDocument } from "~/domain/guides";
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
  result: (GuideResult & { permits: (GuideResultPermit & BundlePermitFacts)[] }) | null;
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
