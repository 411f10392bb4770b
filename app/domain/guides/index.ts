export * from "./types";
export { answersToSearch, parseAnswer, parseAnswers, MAX_NUMBER_ANSWER, type AnswerErrors, type ParsedAnswers } from "./answers";
export { applicablePermits, conditionHolds, permitApplies } from "./applicable";
export { documentIdentity, lineId, mergeDocuments, normaliseDocumentText, type MergedDocument } from "./documents";
export { totalFees, type FeeTotal } from "./fees";
export { findCycle, orderByPrerequisites } from "./order";
export { expectedDecisions, type Scheduled } from "./timeline";
export { guideResult, type GuideResult, type GuideResultPermit } from "./result";
