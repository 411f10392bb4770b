// The note on a request's "due_date_moved" event (T7, O1): from what, to what and why, kept as
// JSON so the request page can say it in the reader's language. An unreadable note is shown
// as written.
import type { DateMove, HolidayChange, StepMove } from "./recompute";

export const DUE_DATE_MOVED = "due_date_moved";
// A year's import may change many days; the note names the first few that touched this request.
const MAX_REASONS = 5;

export type MoveNote = {
  due?: DateMove;
  resultNotice?: DateMove;
  steps?: StepMove[];
  why: HolidayChange[];
  more: number;
};

export function formatMoveNote(n: { due?: DateMove | null; resultNotice?: DateMove | null; steps?: StepMove[]; why: readonly HolidayChange[] }): string {
  const note: MoveNote = { why: n.why.slice(0, MAX_REASONS), more: Math.max(0, n.why.length - MAX_REASONS) };
  if (n.due) note.due = n.due;
  if (n.resultNotice) note.resultNotice = n.resultNotice;
  if (n.steps?.length) note.steps = n.steps;
  return JSON.stringify(note);
}

const isMove = (m: unknown): m is DateMove => typeof m === "object" && m !== null && typeof (m as DateMove).from === "string" && typeof (m as DateMove).to === "string";

export function parseMoveNote(text: string): MoveNote | null {
  try {
    const n = JSON.parse(text) as Partial<MoveNote>;
    if (!Array.isArray(n.why) || (n.due !== undefined && !isMove(n.due)) || (n.resultNotice !== undefined && !isMove(n.resultNotice))) return null;
    const why = n.why.filter((c): c is HolidayChange => (c?.change === "added" || c?.change === "removed") && typeof c.date === "string");
    const steps = Array.isArray(n.steps) ? n.steps.filter((s): s is StepMove => isMove(s) && Number.isInteger(s.position)) : undefined;
    return { due: n.due, resultNotice: n.resultNotice, steps, why, more: Number.isInteger(n.more) ? n.more! : 0 };
  } catch {
    return null;
  }
}
