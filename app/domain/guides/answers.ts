// Reading a questionnaire's answers from a query string (the result link encodes them, so it
// is stable and can be bookmarked or printed) and writing them back in a fixed order.
import type { Answer, Answers, Question } from "./types";

export const MAX_NUMBER_ANSWER = 1_000_000;

export type AnswerErrors = Record<string, "validation:required" | "validation:choose" | "validation:number">;
export type ParsedAnswers = { answers: Answers; errors: AnswerErrors; complete: boolean };

// Thai digits are accepted as typed on a Thai keyboard; separators of thousands are ignored.
function toNumber(raw: string): number | null {
  const ascii = raw.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[,\s]/g, "");
  if (!/^\d+(\.\d+)?$/.test(ascii)) return null;
  const n = Number(ascii);
  return Number.isFinite(n) && n <= MAX_NUMBER_ANSWER ? n : null;
}

export function parseAnswer(q: Question, raw: string | null | undefined): Answer | "invalid" | null {
  const v = (raw ?? "").trim();
  if (v === "") return null;
  switch (q.type) {
    case "yes_no":
      return v === "yes" ? true : v === "no" ? false : "invalid";
    case "choice":
      return q.options.some((o) => o.value === v) ? v : "invalid";
    case "number":
      return toNumber(v) ?? "invalid";
  }
}

/** Every question's answer, or an error key per question left empty or answered wrongly. */
export function parseAnswers(questions: readonly Question[], get: (key: string) => string | null | undefined): ParsedAnswers {
  const answers: Answers = {};
  const errors: AnswerErrors = {};
  for (const q of questions) {
    const a = parseAnswer(q, get(q.key));
    if (a === null) errors[q.key] = q.type === "number" ? "validation:required" : "validation:choose";
    else if (a === "invalid") errors[q.key] = q.type === "number" ? "validation:number" : "validation:choose";
    else answers[q.key] = a;
  }
  return { answers, errors, complete: Object.keys(errors).length === 0 };
}

/** The answers as query parameters, in the guide's question order (one stable link per answer set). */
export function answersToSearch(questions: readonly Question[], answers: Answers): string {
  const params = new URLSearchParams();
  for (const q of questions) {
    const a = answers[q.key];
    if (a === undefined) continue;
    params.set(q.key, typeof a === "boolean" ? (a ? "yes" : "no") : String(a));
  }
  return params.toString();
}
