import { describe, expect, it } from "vitest";
import { availableEvents, STATES, transition, TRANSITIONS, type RequestEvent, type RequestState, type Role } from "./lifecycle";

const ROLES: Role[] = ["applicant", "counter", "officer", "supervisor", "admin", "system"];
const OPEN = ["draft", "submitted", "incomplete", "accepted", "in_review"];
// Written out independently of the table: every (state, event, role) allowed by the lifecycle.
const ALLOWED: Record<RequestEvent, { from: string[]; roles: Role[] }> = {
  submit: { from: ["draft"], roles: ["applicant", "counter"] },
  accept_complete: { from: ["submitted"], roles: ["counter", "officer"] },
  record_deficiency: { from: ["submitted", "accepted", "in_review", "incomplete"], roles: ["counter", "officer"] },
  supply_items: { from: ["incomplete"], roles: ["counter", "officer", "applicant"] },
  cure: { from: ["incomplete"], roles: ["counter", "officer", "applicant"] },
  abandon: { from: ["incomplete"], roles: ["system"] },
  approve_exception: { from: OPEN, roles: ["supervisor"] },
  start_review: { from: ["accepted"], roles: ["officer"] },
  approve: { from: ["accepted", "in_review"], roles: ["officer"] },
  refuse: { from: ["accepted", "in_review"], roles: ["officer"] },
  notify_result: { from: ["approved", "refused"], roles: ["officer", "system"] },
  withdraw: { from: OPEN, roles: ["applicant", "counter"] },
};
// A context that satisfies every rule-specific condition, so only the table decides.
const permissive = { today: "2026-05-01", deficiencyRecords: 0, approvedExceptions: 0, cureDeadline: "2026-04-23", refusal: { reasons: "r", appealInfo: "a" } };

describe("lifecycle table", () => {
  it("has exactly the expected events", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(ALLOWED).sort());
  });
  for (const state of STATES) {
    for (const role of ROLES) {
      it(`${role} in ${state}: allowed events match`, () => {
        const expected = (Object.keys(ALLOWED) as RequestEvent[]).filter((e) => ALLOWED[e].from.includes(state) && ALLOWED[e].roles.includes(role));
        expect(availableEvents(state as RequestState, role).sort()).toEqual(expected.sort());
        for (const e of Object.keys(ALLOWED) as RequestEvent[]) {
          expect(transition(state as RequestState, e, { ...permissive, role }).ok, `${e}`).toBe(expected.includes(e));
        }
      });
    }
  }
});

describe("rules", () => {
  it("R8.5: accepting a complete request and curing start the clock", () => {
    expect(transition("submitted", "accept_complete", { ...permissive, role: "counter" })).toEqual({ ok: true, to: "accepted", effects: ["start_clock"] });
    expect(transition("incomplete", "cure", { ...permissive, role: "counter" })).toEqual({ ok: true, to: "accepted", effects: ["start_clock"] });
  });
  it("R8.3: a second deficiency record is refused without an approved exception", () => {
    const ctx = { ...permissive, role: "counter" as const, deficiencyRecords: 1 };
    expect(transition("incomplete", "record_deficiency", ctx)).toEqual({ ok: false, reason: "errors.secondDeficiency" });
    expect(transition("incomplete", "record_deficiency", { ...ctx, approvedExceptions: 1 }).ok).toBe(true);
    expect(transition("incomplete", "record_deficiency", { ...ctx, deficiencyRecords: 2, approvedExceptions: 1 }).ok).toBe(false);
    expect(transition("submitted", "record_deficiency", { ...ctx, deficiencyRecords: 0 })).toMatchObject({ ok: true, to: "incomplete" });
  });
  it.each([
    ["2026-04-22", false],
    ["2026-04-23", false], // the deadline day itself still belongs to the applicant
    ["2026-04-24", true],
  ])("R8.4: abandonment on %s with cure deadline 2026-04-23 → %s", (today, ok) => {
    expect(transition("incomplete", "abandon", { ...permissive, role: "system", today, cureDeadline: "2026-04-23" }).ok).toBe(ok);
  });
  it("R10.4: a refusal needs reasons and what the applicant may do", () => {
    const base = { ...permissive, role: "officer" as const };
    expect(transition("in_review", "refuse", { ...base, refusal: { reasons: " ", appealInfo: "appeal within 15 days" } }).ok).toBe(false);
    expect(transition("in_review", "refuse", { ...base, refusal: { reasons: "zoning", appealInfo: "" } }).ok).toBe(false);
    expect(transition("in_review", "refuse", base)).toMatchObject({ ok: true, to: "refused" });
  });
  it("closed requests cannot be withdrawn", () => {
    for (const state of ["approved", "refused", "notified", "abandoned", "withdrawn"] as const) {
      expect(transition(state, "withdraw", { ...permissive, role: "applicant" }).ok).toBe(false);
    }
  });
});
