// The administration sections and the permission each needs (see app/domain/auth/permissions).
import type { Action } from "~/domain/auth/permissions";

export const ADMIN_SECTIONS = [
  { key: "manuals", to: "/staff/admin/manuals", action: "manual.edit" },
  { key: "guides", to: "/staff/admin/guides", action: "guide.manage" },
  { key: "holidays", to: "/staff/admin/holidays", action: "holiday.manage" },
  { key: "agencies", to: "/staff/admin/agencies", action: "organisation.manage" },
  { key: "centers", to: "/staff/admin/centers", action: "organisation.manage" },
  { key: "users", to: "/staff/admin/users", action: "user.manage" },
  { key: "audit", to: "/staff/admin/audit", action: "audit.view" },
] as const satisfies readonly { key: string; to: string; action: Action }[];
