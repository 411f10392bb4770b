// Signs a demo staff member in through the real sign-in service and returns the cookie.
import { DEMO_PASSWORD } from "../../prisma/seed/data/staff";
import { signIn } from "~/services/auth.server";

const cookies = new Map<string, string>();

export async function cookieFor(email: string): Promise<string> {
  if (!cookies.has(email)) {
    const result = await signIn(email, DEMO_PASSWORD);
    if (!result.ok) throw new Error(`cannot sign in ${email}: ${result.error}`);
    cookies.set(email, result.setCookie.split(";")[0]);
  }
  return cookies.get(email)!;
}

export function staffRequest(path: string, cookie: string | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie);
  headers.set("Accept-Language", "en");
  return new Request(`http://localhost${path}`, { ...init, headers });
}

// Loaders and actions throw Responses for redirects and errors; return whatever came out.
export async function outcome(run: () => Promise<unknown>): Promise<{ status: number; location?: string | null }> {
  try {
    const value = await run();
    return value instanceof Response ? { status: value.status, location: value.headers.get("Location") } : { status: 200 };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}
