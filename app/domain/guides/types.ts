// Life-event guides ("what do I need to open a restaurant?", issue 10): the shapes the rules
// work on. Plain data, no I/O: the guide's definition as an administrator saved it, the
// citizen's typed answers, and the facts of each permit's manual in force.
import type { TimeLimit } from "../manual/vocabulary";

export type Bilingual = { th: string; en: string };

export const QUESTION_TYPES = ["yes_no", "choice", "number"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type ChoiceOption = { value: string; label: Bilingual };
export type Question = {
  key: string;
  type: QuestionType;
  label: Bilingual;
  hint: Bilingual;
  /** choice only */
  options: ChoiceOption[];
  /** number only: the unit shown beside the input, e.g. ตร.ม. / m² */
  unit: Bilingual;
};

export const OPERATORS = ["eq", "ne", "gt", "gte", "lt", "lte"] as const;
export type Operator = (typeof OPERATORS)[number];
/** Number questions may be compared; yes/no and choice questions only matched. */
export const OPERATORS_BY_TYPE: Record<QuestionType, readonly Operator[]> = {
  yes_no: ["eq", "ne"],
  choice: ["eq", "ne"],
  number: OPERATORS,
};

/** One test on one answer. The value is kept as written ("yes", an option value, "200"). */
export type Condition = { question: string; op: Operator; value: string };

export type GuidePermit = {
  slug: string;
  /** Every condition must hold (AND); none means the permit always applies. */
  conditions: Condition[];
  /** Slugs of permits of this guide whose decision this one needs first. */
  requires: string[];
};

export type GuideDefinition = { questions: Question[]; permits: GuidePermit[] };

export type Answer = boolean | string | number;
export type Answers = Record<string, Answer>;

/** What a guide needs to know of a permit's manual version in force. */
export type PermitFacts = {
  slug: string;
  name: Bilingual;
  agency: Bilingual;
  total: TimeLimit;
  noFee: boolean;
  fees: Fee[];
  documents: DocumentFacts[];
};

export type Fee =
  | { kind: "fixed"; description: Bilingual; amount: number }
  | { kind: "range"; description: Bilingual; min: number; max: number }
  | { kind: "percentage"; description: Bilingual; percent: number };

export type DocumentFacts = {
  id: string;
  group: "identity" | "other";
  name: Bilingual;
  issuer: Bilingual;
  originals: number;
  copies: number;
  unit: "copy" | "set";
  condition: Bilingual | null;
};
