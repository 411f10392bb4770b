// Staff accounts as an administrator manages them, and a user's own password change (issue 7).
// The role/scope combination is the domain's rule (scopeProblem), run in the browser and again
// on the server.
import "~/schemas/zod-messages";
import { z } from "zod";
import { scopeProblem } from "~/domain/admin/scope";
import { STAFF_ROLES } from "~/domain/auth/permissions";

// Long enough to resist guessing; no composition rules (NIST SP 800-63B).
export const MIN_PASSWORD_LENGTH = 12;

const text = (max: number) => z.string().trim().max(max, "validation:tooLong");
const id = z.string().max(64).default("");

const roleAndScope = {
  name: text(200).min(1, "validation:required"),
  role: z.enum(STAFF_ROLES, { error: "validation:choose" }),
  serviceCenterId: id,
  agencyId: id,
};

function checkScope(v: { role: (typeof STAFF_ROLES)[number]; serviceCenterId: string; agencyId: string }, ctx: z.RefinementCtx) {
  const problem = scopeProblem(v.role, v);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.error });
}

export const UserCreateSchema = z
  .object({ email: text(200).toLowerCase().min(1, "validation:required").email("validation:email"), ...roleAndScope })
  .superRefine(checkScope);
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserEditSchema = z.object(roleAndScope).superRefine(checkScope);
export type UserEdit = z.infer<typeof UserEditSchema>;

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "validation:required").max(200, "validation:tooLong"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "admin:password.errors.tooShort").max(200, "validation:tooLong"),
    confirmPassword: z.string().min(1, "validation:required").max(200, "validation:tooLong"),
    redirectTo: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword && v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "admin:password.errors.sameAsOld" });
    if (v.confirmPassword && v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "admin:password.errors.mismatch" });
  });
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

// The user list's filters (?role=&place=&active=), lenient: anything unknown means "all".
export const UserFilterSchema = z.object({
  role: z.enum(STAFF_ROLES).or(z.literal("")).catch(""),
  place: z.string().regex(/^(center|agency):[A-Za-z0-9_-]{1,64}$/).or(z.literal("")).catch(""),
  active: z.enum(["active", "inactive", ""]).catch(""),
  q: z.string().trim().max(100).catch(""),
});
export type UserFilter = z.infer<typeof UserFilterSchema>;
