// Staff authentication: argon2id passwords, server-side sessions, lockout after repeated
// failures. `getStaffUser` returns a user or null; `require*` throw a Response.
import { verify } from "@node-rs/argon2";
import { redirect } from "@remix-run/node";
import { afterFailure, isLocked } from "~/domain/auth/lockout";
import { can, type Action } from "~/domain/auth/permissions";
import {
  createSession,
  deleteAllSessions,
  deleteSession,
  findUserForSignIn,
  getSessionUser,
  recordFailedSignIn,
  type StaffUser,
} from "~/models/user.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { newSessionToken, readSessionToken, sessionCookie, sessionIdOf } from "~/utils/session.server";

// A real hash of a random password: verifying against it when the e-mail is unknown takes
// as long as a real check, so timing does not reveal which addresses exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$vIG9cb1vAC0YT7Pv+vU0zw$7GwNYkgpYlOaDHdxQi/L8IuTJU+2XcjWW1GbdE/+7Lk";

export type SignInResult = { ok: true; setCookie: string; mustChangePassword: boolean } | { ok: false; error: "auth.invalid" | "auth.locked" };

// After an administrator's reset the account may open this page only (issue 7).
export const PASSWORD_PATH = "/staff/password";

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const at = now();
  const user = await findUserForSignIn(email);
  if (!user || !user.active) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return { ok: false, error: "auth.invalid" };
  }
  if (isLocked(user, at)) return { ok: false, error: "auth.locked" };
  if (!(await verify(user.passwordHash, password).catch(() => false))) {
    const next = afterFailure(user, at, { maxFailures: env().LOGIN_MAX_FAILURES, lockMinutes: env().LOGIN_LOCK_MINUTES });
    await recordFailedSignIn(user.id, next.failedLogins, next.lockedUntil);
    return { ok: false, error: isLocked(next, at) ? "auth.locked" : "auth.invalid" };
  }
  const token = newSessionToken();
  await createSession(user.id, sessionIdOf(token), new Date(at.getTime() + env().SESSION_TTL_HOURS * 3_600_000));
  return { ok: true, setCookie: await sessionCookie().serialize(token), mustChangePassword: user.mustChangePassword };
}

export async function getStaffUser(request: Request): Promise<StaffUser | null> {
  const token = await readSessionToken(request);
  return token ? getSessionUser(sessionIdOf(token), now()) : null;
}

export async function requireStaffUser(request: Request): Promise<StaffUser> {
  const user = await getStaffUser(request);
  const url = new URL(request.url);
  if (!user) throw redirect(`/sign-in?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  // A temporary password is for choosing a new one, nothing else (single-fetch adds ".data").
  if (user.mustChangePassword && url.pathname.replace(/\.data$/, "") !== PASSWORD_PATH) {
    throw redirect(`${PASSWORD_PATH}?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return user;
}

export async function requirePermission(request: Request, action: Action): Promise<StaffUser> {
  const user = await requireStaffUser(request);
  if (!can(user.role, action)) throw new Response("Forbidden", { status: 403 });
  return user;
}

export async function signOut(request: Request, everywhere: boolean): Promise<string> {
  const token = await readSessionToken(request);
  if (token) {
    const user = everywhere ? await getSessionUser(sessionIdOf(token), now()) : null;
    if (user) await deleteAllSessions(user.id);
    else await deleteSession(sessionIdOf(token));
  }
  return sessionCookie().serialize("", { maxAge: 0 });
}
