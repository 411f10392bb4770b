// The one permissions table. Every staff route and action asks `can(role, action)` on the
// server; the UI asks the same function which buttons to show. Scope (which center or
// agency a user may touch) is checked separately by `inScope`.
// An editor maintains the manuals of one agency (issue 7); an administrator everything else.
export const STAFF_ROLES = ["counter", "officer", "supervisor", "editor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PERMISSIONS = {
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
  // Uploaded documents carry personal data (O4): the roles that handle the request, not admin.
  "request.viewFiles": ["counter", "officer", "supervisor"],
  "outbox.view": ["supervisor", "admin"],
  // s.10: the agency's officers work the steps, decide, and give the reasons for a delay.
  "request.advanceStep": ["officer"],
  "request.decide": ["officer"],
  "request.note": ["officer", "supervisor"],
  "delay.giveReason": ["officer"],
  "result.recordNotified": ["officer"],
  "dashboard.view": ["supervisor", "admin"],
  "sweep.run": ["admin"],
  "session.signOutEverywhere": ["counter", "officer", "supervisor", "editor", "admin"],
  // Administration (issue 7). Editors are limited to their agency's permits by manualInScope.
  "manual.edit": ["editor", "admin"],
  "manual.publish": ["editor", "admin"],
  "holiday.manage": ["admin"],
  // Life-event guides (issue 10) name permits of many agencies: administrators only.
  "guide.manage": ["admin"],
  "organisation.manage": ["admin"],
  "user.manage": ["admin"],
  "audit.view": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

export function can(role: string | null | undefined, action: Action): boolean {
  return !!role && (PERMISSIONS[action] as readonly string[]).includes(role);
}

export type ScopedUser = { role: StaffRole; serviceCenterId: string | null; agencyId: string | null };
export type ScopedRequest = { serviceCenterId: string | null; agencyId: string };

// Counter staff see requests filed at their center; officers those routed to their agency;
// supervisors their center or agency; administrators everything (but no personal data).
export function inScope(user: ScopedUser, request: ScopedRequest): boolean {
  switch (user.role) {
    case "admin":
      return true;
    case "editor":
      return false;
    case "counter":
      return !!user.serviceCenterId && user.serviceCenterId === request.serviceCenterId;
    case "officer":
      return !!user.agencyId && user.agencyId === request.agencyId;
    case "supervisor":
      return (
        (!!user.serviceCenterId && user.serviceCenterId === request.serviceCenterId) ||
        (!!user.agencyId && user.agencyId === request.agencyId)
      );
  }
}

// Manuals: an administrator edits every permit's manual, an editor only those of the agency
// the editor belongs to.
export function manualInScope(user: ScopedUser, permit: { agencyId: string }): boolean {
  if (user.role === "admin") return true;
  return user.role === "editor" && !!user.agencyId && user.agencyId === permit.agencyId;
}
