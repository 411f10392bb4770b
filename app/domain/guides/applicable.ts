// Which permits of a guide apply to the citizen's answers: every condition of a permit must
// hold. A condition on a question left unanswered does not hold (nothing is assumed).
import type { Answers, Condition, GuideDefinition, GuidePermit, Question } from "./types";

export function conditionHolds(c: Condition, question: Question | undefined, answers: Answers): boolean {
  const a = answers[c.question];
  if (!question || a === undefined) return false;
  if (question.type === "number") {
    const want = Number(c.value);
    if (typeof a !== "number" || !Number.isFinite(want)) return false;
    switch (c.op) {
      case "eq": return a === want;
      case "ne": return a !== want;
      case "gt": return a > want;
      case "gte": return a >= want;
      case "lt": return a < want;
      case "lte": return a <= want;
    }
  }
  const given = typeof a === "boolean" ? (a ? "yes" : "no") : String(a);
  if (c.op === "eq") return given === c.value;
  if (c.op === "ne") return given !== c.value;
  return false; // ordering a yes/no or a choice has no meaning (refused when saved)
}

export function permitApplies(p: GuidePermit, questions: readonly Question[], answers: Answers): boolean {
  return p.conditions.every((c) => conditionHolds(c, questions.find((q) => q.key === c.question), answers));
}

/** The permits that apply, in the guide's own order. */
export function applicablePermits(def: GuideDefinition, answers: Answers): GuidePermit[] {
  return def.permits.filter((p) => permitApplies(p, def.questions, answers));
}
