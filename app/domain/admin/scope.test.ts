import { describe, expect, it } from "vitest";
import type { StaffRole } from "~/domain/auth/permissions";
import { scopeProblem, selfChangeProblem } from "./scope";

const C = "center-1";
const A = "agency-1";

describe("role and scope fit together (issue 7: users set role and scope)", () => {
  it.each<[StaffRole, string | null, string | null, string | null]>([
    ["counter", C, null, null],
    ["counter", null, null, "serviceCenterId:admin:users.errors.centerRequired"],
    ["counter", C, A, "agencyId:admin:users.errors.noAgencyForRole"],
    ["counter", null, A, "serviceCenterId:admin:users.errors.centerRequired"],
    ["officer", null, A, null],
    ["officer", null, null, "agencyId:admin:users.errors.agencyRequired"],
    ["officer", C, A, "serviceCenterId:admin:users.errors.noCenterForRole"],
    ["editor", null, A, null],
    ["editor", C, null, "agencyId:admin:users.errors.agencyRequired"],
    ["supervisor", C, null, null],
    ["supervisor", null, A, null],
    ["supervisor", C, A, "agencyId:admin:users.errors.centerOrAgency"],
    ["supervisor", null, null, "serviceCenterId:admin:users.errors.centerOrAgency"],
    ["admin", null, null, null],
    ["admin", C, null, "serviceCenterId:admin:users.errors.adminNoScope"],
    ["admin", null, A, "agencyId:admin:users.errors.adminNoScope"],
    // An empty select posts "": the same as not chosen.
    ["officer", "", A, null],
    ["admin", "", "", null],
  ])("%s with center %s and agency %s → %s", (role, serviceCenterId, agencyId, expected) => {
    const problem = scopeProblem(role, { serviceCenterId, agencyId });
    expect(problem ? `${problem.field}:${problem.error}` : null).toBe(expected);
  });
});

describe("an administrator cannot lock themself out", () => {
  it.each<[string, string, "deactivate" | "reset_password" | "role_change", StaffRole | undefined, string | null]>([
    ["me", "me", "deactivate", undefined, "admin:users.errors.selfDeactivate"],
    ["me", "me", "reset_password", undefined, "admin:users.errors.selfReset"],
    ["me", "me", "role_change", "officer", "admin:users.errors.selfDemote"],
    ["me", "me", "role_change", "admin", null],
    ["me", "you", "deactivate", undefined, null],
    ["me", "you", "role_change", "counter", null],
    ["me", "you", "reset_password", undefined, null],
  ])("%s changes %s: %s to %s → %s", (actor, target, change, role, expected) => {
    expect(selfChangeProblem(actor, target, change, role)).toBe(expected);
  });
});
