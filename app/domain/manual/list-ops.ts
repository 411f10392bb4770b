// Ordered-list editing for the manual editor as pure functions (issue 7: steps, documents, fees
// and the other lists are added to, removed from and reordered without JavaScript). A submit
// button posts the whole form with name="intent" value="steps.remove:2"; the action applies the
// operation to the posted state and renders it again, so nothing typed is lost.
import { EDITOR_LISTS, EMPTY_ROWS, type EditorList, type EditorState } from "./editor-state";

export const LIST_OPS = ["add", "remove", "up", "down"] as const;
export type ListOp = (typeof LIST_OPS)[number];
export type ListIntent = { list: EditorList; op: ListOp; index: number };

// "steps.add", "steps.remove:2", "documents.up:0" → the operation; anything else → null.
export function parseListIntent(intent: string): ListIntent | null {
  const match = /^([a-zA-Z]+)\.(add|remove|up|down)(?::(\d{1,3}))?$/.exec(intent);
  if (!match) return null;
  const [, list, op, index] = match;
  if (!(EDITOR_LISTS as readonly string[]).includes(list)) return null;
  if (op === "add") return index === undefined ? { list: list as EditorList, op, index: -1 } : null;
  if (index === undefined) return null;
  return { list: list as EditorList, op: op as ListOp, index: Number(index) };
}

export function listIntentName(list: EditorList, op: ListOp, index?: number): string {
  return index === undefined ? `${list}.${op}` : `${list}.${op}:${index}`;
}

// Moves, removes or appends one row; an index outside the list, or a move past an end,
// leaves the list as it is (a stale button must not throw away what was typed).
export function applyToList<T>(rows: readonly T[], op: ListOp, index: number, empty: () => T): T[] {
  const next = [...rows];
  switch (op) {
    case "add":
      next.push(empty());
      return next;
    case "remove":
      if (index >= 0 && index < next.length) next.splice(index, 1);
      return next;
    case "up":
      if (index > 0 && index < next.length) [next[index - 1], next[index]] = [next[index], next[index - 1]];
      return next;
    case "down":
      if (index >= 0 && index < next.length - 1) [next[index], next[index + 1]] = [next[index + 1], next[index]];
      return next;
  }
}

export function applyListIntent(state: EditorState, intent: ListIntent): EditorState {
  const rows = state[intent.list] as readonly unknown[];
  const empty = EMPTY_ROWS[intent.list] as () => unknown;
  return { ...state, [intent.list]: applyToList(rows, intent.op, intent.index, empty) };
}

// Where the keyboard focus belongs after the operation (the row that moved, or the list).
export function focusAfter(intent: ListIntent, length: number): string {
  if (intent.op === "add") return `${intent.list}.${length - 1}`;
  if (intent.op === "up") return `${intent.list}.${Math.max(0, intent.index - 1)}`;
  if (intent.op === "down") return `${intent.list}.${Math.min(length - 1, intent.index + 1)}`;
  return length === 0 ? intent.list : `${intent.list}.${Math.min(intent.index, length - 1)}`;
}
