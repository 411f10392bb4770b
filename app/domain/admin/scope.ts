// Which place a staff account belongs to, by role (issue 7). The permissions table decides what
// a role may do; the scope decides where: counter staff work at a service center, officers and
// manual editors for an agency, supervisors oversee one center or one agency, administrators
// everything (no scope). A wrong combination would give an account nothing to see, or too much.
import type { StaffRole } from "~/domain/auth/permissions";

export type Scope = { serviceCenterId: string | null; agencyId: string | null };
export type ScopeField = "serviceCenterId" | "agencyId";
export type ScopeProblem = { field: ScopeField; error: string };

const NEEDS: Record<StaffRole, "center" | "agency" | "either" | "none"> = {
  counter: "center",
  officer: "agency",
  editor: "agency",
  supervisor: "either",
  admin: "none",
};

// The i18n key of the first problem, on the field it belongs to, or null when the role and
// scope fit together. Empty strings count as "not chosen".
export function scopeProblem(role: StaffRole, scope: Scope): ScopeProblem | null {
  const center = !!scope.serviceCenterId;
  const agency = !!scope.agencyId;
  switch (NEEDS[role]) {
    case "center":
      if (!center) return { field: "serviceCenterId", error: "admin:users.errors.centerRequired" };
      if (agency) return { field: "agencyId", error: "admin:users.errors.noAgencyForRole" };
      return null;
    case "agency":
      if (!agency) return { field: "agencyId", error: "admin:users.errors.agencyRequired" };
      if (center) return { field: "serviceCenterId", error: "admin:users.errors.noCenterForRole" };
      return null;
    case "either":
      if (center && agency) return { field: "agencyId", error: "admin:users.errors.centerOrAgency" };
      if (!center && !agency) return { field: "serviceCenterId", error: "admin:users.errors.centerOrAgency" };
      return null;
    case "none":
      if (center) return { field: "serviceCenterId", error: "admin:users.errors.adminNoScope" };
      if (agency) return { field: "agencyId", error: "admin:users.errors.adminNoScope" };
      return null;
  }
}

// What an administrator may do to an account: never lock themself out (deactivate, demote or
// reset their own password from the admin page). Since only an admin can change an admin, the
// last active administrator can never be removed.
export type AccountChange = "deactivate" | "reset_password" | "role_change";
export function selfChangeProblem(actorId: string, targetId: string, change: AccountChange, newRole?: StaffRole): string | null {
  if (actorId !== targetId) return null;
  if (change === "deactivate") return "admin:users.errors.selfDeactivate";
  if (change === "reset_password") return "admin:users.errors.selfReset";
  return newRole !== undefined && newRole !== "admin" ? "admin:users.errors.selfDemote" : null;
}
