import { describe, expect, it } from "vitest";
import { newDraftState } from "./editor-state";
import { applyListIntent, applyToList, focusAfter, parseListIntent } from "./list-ops";

// Issue 7: the ordered lists are edited with submit buttons that work without JavaScript.
describe("parseListIntent", () => {
  it.each([
    ["steps.add", { list: "steps", op: "add", index: -1 }],
    ["steps.remove:2", { list: "steps", op: "remove", index: 2 }],
    ["documents.up:0", { list: "documents", op: "up", index: 0 }],
    ["fees.down:11", { list: "fees", op: "down", index: 11 }],
    ["complaintChannels.remove:0", { list: "complaintChannels", op: "remove", index: 0 }],
  ])("%s", (intent, expected) => expect(parseListIntent(intent)).toEqual(expected));

  it.each(["save", "publish", "steps", "steps.remove", "steps.add:1", "nope.add", "steps.swap:1", "steps.up:-1", "__proto__.add", "steps.up:1000"])(
    "%s is not a list operation",
    (intent) => expect(parseListIntent(intent)).toBeNull(),
  );
});

describe("applyToList", () => {
  const rows = ["a", "b", "c"];
  const empty = () => "";
  it.each([
    ["add", -1, ["a", "b", "c", ""]],
    ["remove", 0, ["b", "c"]],
    ["remove", 2, ["a", "b"]],
    ["remove", 3, ["a", "b", "c"]],
    ["up", 1, ["b", "a", "c"]],
    ["up", 0, ["a", "b", "c"]],
    ["down", 1, ["a", "c", "b"]],
    ["down", 2, ["a", "b", "c"]],
    ["down", -1, ["a", "b", "c"]],
  ] as const)("%s at %i", (op, index, expected) => {
    expect(applyToList(rows, op, index, empty)).toEqual(expected);
    expect(rows).toEqual(["a", "b", "c"]);
  });

  it("removing the only row leaves an empty list; adding to an empty list gives one row", () => {
    expect(applyToList(["a"], "remove", 0, empty)).toEqual([]);
    expect(applyToList([], "add", -1, empty)).toEqual([""]);
  });
});

describe("applyListIntent", () => {
  const state = newDraftState({ nameTh: "ก", nameEn: "A", agencyTh: "หน่วย", agencyEn: "Unit", agencyPhone: "02" });
  it("adds an empty step with no duration and no unit (R7.6 is checked at publication)", () => {
    const next = applyListIntent(state, parseListIntent("steps.add")!);
    expect(next.steps).toHaveLength(2);
    expect(next.steps[1]).toMatchObject({ durationValue: null, durationUnit: "", titleTh: "" });
    expect(state.steps).toHaveLength(1);
  });
  it("moves a complaint channel without touching the other lists", () => {
    const next = applyListIntent(state, parseListIntent("complaintChannels.down:0")!);
    expect(next.complaintChannels.map((c) => c.detailEn)).toEqual([state.complaintChannels[1].detailEn, state.complaintChannels[0].detailEn, state.complaintChannels[2].detailEn]);
    expect(next.steps).toBe(state.steps);
  });
});

describe("focusAfter", () => {
  it.each([
    [{ list: "steps", op: "add", index: -1 }, 3, "steps.2"],
    [{ list: "steps", op: "up", index: 2 }, 3, "steps.1"],
    [{ list: "steps", op: "down", index: 0 }, 3, "steps.1"],
    [{ list: "steps", op: "remove", index: 2 }, 2, "steps.1"],
    [{ list: "steps", op: "remove", index: 0 }, 0, "steps"],
  ] as const)("%o", (intent, length, expected) => expect(focusAfter(intent, length)).toBe(expected));
});
