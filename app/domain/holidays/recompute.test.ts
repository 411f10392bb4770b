// T7 planner: old calendar + new calendar → which stored due dates move, computed with the very
// functions that stored them (T2–T5, R7.1, R10.1, R10.2 with T6).
import { describe, expect, it } from "vitest";
import { bangkokInstant, buildWorkCalendar, DEFAULT_OFFICE_HOURS, type Holiday } from "../calendar";
import type { TimeLimit } from "../manual/vocabulary";
import { changesWithin, holidayChanges, planKeyMove, planRequestMoves, planResultNoticeMove, type DueKey, type OpenRequest } from "./recompute";

const hol = (date: string, nameEn = "Songkran"): Holiday => ({ date, nameTh: "วันหยุด", nameEn, kind: "annual" });
const SONGKRAN = [hol("2026-04-13"), hol("2026-04-14"), hol("2026-04-15")];
const before = buildWorkCalendar(SONGKRAN);
// An administrator adds Monday 20 April 2026.
const after = buildWorkCalendar([...SONGKRAN, hol("2026-04-20", "Special")]);
const wd = (value: number): TimeLimit => ({ value, unit: "working_days" });
const key = (total: TimeLimit, extra: Partial<DueKey> = {}): DueKey => ({ completeOn: "2026-04-09", total, hours: DEFAULT_OFFICE_HOURS, steps: [], ...extra });

describe("planKeyMove (T7)", () => {
  it.each([
    // T2 + T3: 5 working days from Thu 9 Apr skip Songkran → Tue 21 Apr; one more holiday → Wed 22.
    ["working days", key(wd(5)), { from: "2026-04-21", to: "2026-04-22" }],
    // T4: 10 calendar days end on Sun 19 Apr, rolled to Mon 20; closed now → Tue 21.
    ["calendar days rolled forward", key({ value: 10, unit: "calendar_days" }), { from: "2026-04-20", to: "2026-04-21" }],
    ["calendar days ending before the new holiday", key({ value: 7, unit: "calendar_days" }), null],
    ["a period that ends before the new holiday", key(wd(2)), null],
    ["a period that starts after it", key(wd(5), { completeOn: "2026-04-21" }), null],
    // T5: 60 office minutes from 16:00 on Fri 17 Apr: 30 that day, 30 on the next working day.
    ["office minutes across the new holiday", key({ value: 60, unit: "minutes" }, { completeOn: "2026-04-17", completedAt: bangkokInstant("2026-04-17", "16:00") }), { from: "2026-04-20", to: "2026-04-21" }],
    ["office minutes used up the same day", key({ value: 60, unit: "minutes" }, { completeOn: "2026-04-17", completedAt: bangkokInstant("2026-04-17", "10:00") }), null],
  ])("%s", (_, k, due) => {
    expect(planKeyMove(k, before, after).due).toEqual(due);
  });

  it("steps move too, and none is due after the request (R7.1, R10.1)", () => {
    const km = planKeyMove(key(wd(5), { steps: [wd(2), wd(3), wd(9)] }), before, after);
    expect(km.due).toEqual({ from: "2026-04-21", to: "2026-04-22" });
    // Step 1 ends Thu 16 Apr either way; step 2 three working days later; step 3 is clamped.
    expect(km.steps).toEqual([
      { position: 2, from: "2026-04-21", to: "2026-04-22" },
      { position: 3, from: "2026-04-21", to: "2026-04-22" },
    ]);
  });

  it("removing the holiday moves everything back", () => {
    expect(planKeyMove(key(wd(5)), after, before).due).toEqual({ from: "2026-04-22", to: "2026-04-21" });
  });
});

describe("planRequestMoves", () => {
  const open = (id: string, dueDate: string | null, steps: OpenRequest["steps"] = [], k = key(wd(5), { steps: [wd(2), wd(3)] })): OpenRequest => ({ id, trackingNumber: `T-${id}`, dueDate, steps, key: k });

  it("moves the stored date, only steps not yet done, and leaves a request already on the new date", () => {
    const moves = planRequestMoves(
      [
        open("a", "2026-04-21", [
          { position: 1, dueDate: "2026-04-16", completedOn: null },
          { position: 2, dueDate: "2026-04-21", completedOn: null },
        ]),
        open("b", "2026-04-21", [
          { position: 1, dueDate: "2026-04-16", completedOn: "2026-04-10" },
          { position: 2, dueDate: "2026-04-21", completedOn: "2026-04-17" },
        ]),
        open("c", "2026-04-22"),
        open("d", "2026-04-10", [], key(wd(1))),
      ],
      before,
      after,
    );
    expect(moves).toEqual([
      { id: "a", trackingNumber: "T-a", dueDate: { from: "2026-04-21", to: "2026-04-22" }, steps: [{ position: 2, from: "2026-04-21", to: "2026-04-22" }] },
      { id: "b", trackingNumber: "T-b", dueDate: { from: "2026-04-21", to: "2026-04-22" }, steps: [] },
    ]);
  });
});

describe("planResultNoticeMove (R10.2, T6)", () => {
  it.each([
    // 7 calendar days after Mon 13 Apr is Mon 20 Apr, closed now → Tue 21 Apr (T4).
    ["calendar days", "2026-04-13", "calendar_days", { from: "2026-04-20", to: "2026-04-21" }],
    ["working days", "2026-04-09", "working_days", { from: "2026-04-23", to: "2026-04-24" }],
    ["decided after the holiday", "2026-04-21", "calendar_days", null],
  ] as const)("%s", (_, decidedOn, unit, move) => {
    expect(planResultNoticeMove(decidedOn, before, after, unit)).toEqual(move);
  });
});

describe("holidayChanges", () => {
  it("names the days added and removed; a rename closes no other day", () => {
    const changes = holidayChanges([hol("2026-04-13"), hol("2026-05-01")], [hol("2026-04-13", "Renamed"), hol("2026-04-20", "Special")]);
    expect(changes).toEqual([
      { change: "added", date: "2026-04-20", nameTh: "วันหยุด", nameEn: "Special" },
      { change: "removed", date: "2026-05-01", nameTh: "วันหยุด", nameEn: "Songkran" },
    ]);
    expect(changesWithin(changes, "2026-04-09", "2026-04-22")).toEqual([changes[0]]);
  });
});
