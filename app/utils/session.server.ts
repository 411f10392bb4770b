// The session cookie carries only a signed random id; the session itself is a database row
// (revocable). HttpOnly, SameSite=Lax, Secure in production or over https.
import { createHash, randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { env } from "~/utils/env.server";

// Used only outside production (the env schema requires SESSION_SECRET in production).
const DEVELOPMENT_SECRET = "anuyat-development-only-secret-do-not-use-in-production";

// Secure in production (browsers still accept Secure cookies from http://localhost, so the
// demo works) and whenever the portal is served over https.
export function cookieSecure(): boolean {
  const e = env();
  return e.NODE_ENV === "production" || e.PUBLIC_URL.startsWith("https://");
}

// Every cookie we set is signed, HttpOnly, SameSite=Lax, and Secure (above). Paths are the
// narrowest that still reach the single-fetch data requests (…/page.data) that read them.
export function signedCookie(name: string, options: { path: string; maxAge: number }) {
  const e = env();
  return createCookie(name, {
    ...options,
    httpOnly: true,
    sameSite: "lax",
    secure: cookieSecure(),
    secrets: (e.SESSION_SECRET ?? DEVELOPMENT_SECRET).split(","),
  });
}

let cookie: ReturnType<typeof createCookie> | undefined;
export function sessionCookie() {
  return (cookie ??= signedCookie("anuyat_session", { path: "/", maxAge: env().SESSION_TTL_HOURS * 3600 }));
}

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

// Only a hash of the token is stored, so a leaked database does not leak live sessions.
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}
