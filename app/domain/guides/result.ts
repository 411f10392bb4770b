// A guide's result for one set of answers: the permits that apply in the order they can be
// obtained, each document once, the fees together and the expected date of the last decision.
import type { WorkCalendar } from "../calendar";
import { applicablePermits } from "./applicable";
import { mergeDocuments, type MergedDocument } from "./documents";
import { totalFees, type FeeTotal } from "./fees";
import { expectedDecisions, type Scheduled } from "./timeline";
import type { Answers, GuideDefinition, PermitFacts } from "./types";

export type GuideResultPermit = PermitFacts & Scheduled;
export type GuideResult = {
  permits: GuideResultPermit[];
  /** Slugs the guide names that have no manual in force (left out, and said so). */
  unavailable: string[];
  documents: MergedDocument[];
  fees: FeeTotal;
  lastDecisionOn: string | null;
};

export function guideResult(def: GuideDefinition, answers: Answers, facts: ReadonlyMap<string, PermitFacts>, today: string, calendar: WorkCalendar): GuideResult {
  const applicable = applicablePermits(def, answers);
  const available = applicable.filter((p) => facts.has(p.slug));
  const schedule = expectedDecisions(
    available.map((p) => ({ slug: p.slug, requires: p.requires, total: facts.get(p.slug)!.total })),
    today,
    calendar,
  );
  const permits = schedule.permits.map((s) => ({ ...facts.get(s.slug)!, ...s }));
  return {
    permits,
    unavailable: applicable.filter((p) => !facts.has(p.slug)).map((p) => p.slug),
    documents: mergeDocuments(permits),
    fees: totalFees(permits),
    lastDecisionOn: schedule.lastDecisionOn,
  };
}
