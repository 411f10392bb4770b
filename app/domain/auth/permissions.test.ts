import { describe, expect, it } from "vitest";
import { ACTIONS, can, inScope, manualInScope, STAFF_ROLES } from "./permissions";

// The expected grants, written out independently of the table: a change to the table that
// is not also made here fails.
const GRANTS: Record<string, string[]> = {
  "staff.home": ["counter", "officer", "supervisor", "editor", "admin"],
  "counter.home": ["counter", "supervisor", "admin"],
  "intake.create": ["counter"],
  "request.view": ["counter", "officer", "supervisor", "admin"],
  "request.viewPersonalData": ["counter", "officer", "supervisor"],
  "request.checkDocuments": ["counter", "officer"],
  "deficiency.record": ["counter", "officer"],
  "deficiency.approveException": ["supervisor"],
  "deficiency.cure": ["counter", "officer"],
  "request.withdraw": ["counter"],
  "request.viewFiles": ["counter", "officer", "supervisor"],
  "outbox.view": ["supervisor", "admin"],
  "request.advanceStep": ["officer"],
  "request.decide": ["officer"],
  "request.note": ["officer", "supervisor"],
  "delay.giveReason": ["officer"],
  "result.recordNotified": ["officer"],
  "dashboard.view": ["supervisor", "admin"],
  "sweep.run": ["admin"],
  "session.signOutEverywhere": ["counter", "officer", "supervisor", "editor", "admin"],
  "manual.edit": ["editor", "admin"],
  "manual.publish": ["editor", "admin"],
  "holiday.manage": ["admin"],
  "guide.manage": ["admin"],
  "organisation.manage": ["admin"],
  "user.manage": ["admin"],
  "audit.view": ["admin"],
};

describe("permissions table", () => {
  it("covers exactly the expected actions", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(GRANTS).sort());
  });
  for (const action of ACTIONS) {
    for (const role of [...STAFF_ROLES, null, "applicant", "root"]) {
      const expected = !!role && GRANTS[action].includes(role);
      it(`${role ?? "anonymous"} ${expected ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(expected);
      });
    }
  }
  it("admins hold no personal-data right (O4)", () => {
    expect(can("admin", "request.viewPersonalData")).toBe(false);
    expect(can("admin", "request.viewFiles")).toBe(false);
  });
});

describe("scope", () => {
  const req = { serviceCenterId: "C1", agencyId: "A1" };
  it.each([
    [{ role: "counter", serviceCenterId: "C1", agencyId: null }, true],
    [{ role: "counter", serviceCenterId: "C2", agencyId: null }, false],
    [{ role: "counter", serviceCenterId: null, agencyId: null }, false],
    [{ role: "officer", serviceCenterId: null, agencyId: "A1" }, true],
    [{ role: "officer", serviceCenterId: null, agencyId: "A2" }, false],
    [{ role: "supervisor", serviceCenterId: "C1", agencyId: null }, true],
    [{ role: "supervisor", serviceCenterId: null, agencyId: "A1" }, true],
    [{ role: "supervisor", serviceCenterId: "C9", agencyId: "A9" }, false],
    [{ role: "admin", serviceCenterId: null, agencyId: null }, true],
    [{ role: "editor", serviceCenterId: null, agencyId: "A1" }, false],
  ] as const)("%j → %s", (user, expected) => {
    expect(inScope(user, req)).toBe(expected);
  });
});

describe("manual scope", () => {
  it.each([
    [{ role: "admin", serviceCenterId: null, agencyId: null }, "A1", true],
    [{ role: "editor", serviceCenterId: null, agencyId: "A1" }, "A1", true],
    [{ role: "editor", serviceCenterId: null, agencyId: "A1" }, "A2", false],
    [{ role: "editor", serviceCenterId: null, agencyId: null }, "A1", false],
    [{ role: "officer", serviceCenterId: null, agencyId: "A1" }, "A1", false],
    [{ role: "supervisor", serviceCenterId: null, agencyId: "A1" }, "A1", false],
  ] as const)("%j on a permit of %s → %s", (user, agencyId, expected) => {
    expect(manualInScope(user, { agencyId })).toBe(expected);
  });
});
