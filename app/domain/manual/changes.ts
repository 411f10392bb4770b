// The short change list of a publication (audit log, issue 7): which parts of the manual
// differ from the version it replaces. The full comparison is the diff page's job.
import type { EditorState } from "./editor-state";

export const CHANGE_PARTS = {
  name: ["nameTh", "nameEn"],
  facts: ["serviceType", "impactLevel", "serviceArea", "referenceName", "statsAvg", "statsMax", "statsMin"],
  timeLaw: ["timeLawTh", "timeLawEn", "statutoryValue", "statutoryUnit"],
  criteria: ["criteriaTh", "criteriaEn"],
  totalTime: ["totalValue", "totalUnit"],
  streamlined: ["streamlined"],
  fees: ["fees", "noFee"],
  documents: ["documents"],
  laws: ["laws"],
  channels: ["channels"],
  steps: ["steps"],
  complaintChannels: ["complaintChannels"],
  forms: ["forms"],
  remarks: ["remarksTh", "remarksEn"],
  publication: ["preparedByTh", "preparedByEn", "approvedByTh", "approvedByEn", "publishedByTh", "publishedByEn"],
} as const satisfies Record<string, readonly (keyof EditorState)[]>;
export type ChangePart = keyof typeof CHANGE_PARTS;

// Forms are compared without their row ids (a draft's copy has new ids, same content).
function comparable(state: EditorState, key: keyof EditorState): string {
  const value = key === "forms" ? state.forms.map(({ id: _id, ...rest }) => rest) : state[key];
  return JSON.stringify(value);
}

export function changedParts(before: EditorState | null, after: EditorState): ChangePart[] {
  const parts = Object.keys(CHANGE_PARTS) as ChangePart[];
  if (!before) return parts;
  return parts.filter((part) => CHANGE_PARTS[part].some((key) => comparable(before, key) !== comparable(after, key)));
}
