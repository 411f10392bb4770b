// Issue 9, HTTP security: the Origin rule (CSRF), cookie flags in every mode, the per-client
// sign-in limit, and the log's personal-data net (O4). The server middleware itself is tested
// on the wire by tests/e2e/security-headers.spec.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sameOriginAllowed } from "../../app/server/origin-check.mjs";
import { languageOf, refusalPage } from "../../app/server/refusal-page.mjs";
import { scrub } from "../../app/server/logger.mjs";
import { securityHeaders } from "../../app/server/security-headers.mjs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { action as signInAction } from "~/routes/sign-in";

const ROOT = path.resolve(import.meta.dirname, "../..");
const base = { protocol: "http", host: "portal.example", publicUrl: "https://anuyat.go.th" };

describe("Origin check on state-changing requests (CSRF)", () => {
  it.each<[string, string | undefined, string | undefined, boolean, string]>([
    // method, Origin, Referer, allowed, why
    ["POST", "https://evil.example", undefined, false, "foreign Origin"],
    ["POST", "null", undefined, false, "opaque Origin (sandboxed frame)"],
    ["POST", undefined, "https://evil.example/form", false, "no Origin, foreign Referer"],
    ["DELETE", "http://portal.example:8080", undefined, false, "same host, other port"],
    ["PATCH", "https://portal.example", undefined, false, "same host, other scheme than the request"],
    ["POST", "http://portal.example", undefined, true, "the Host the request came to"],
    ["POST", "https://anuyat.go.th", undefined, true, "PUBLIC_URL (behind a TLS proxy)"],
    ["POST", undefined, "https://anuyat.go.th/staff/counter?x=1", true, "no Origin, our Referer"],
    ["POST", undefined, undefined, true, "neither header: not a browser, cannot ride cookies"],
    ["POST", "not a url", undefined, false, "malformed Origin"],
    ["GET", "https://evil.example", "https://evil.example/", true, "GET is never refused (links from other sites)"],
    ["HEAD", "https://evil.example", undefined, true, "HEAD neither"],
  ])("%s Origin=%s Referer=%s → allowed %s (%s)", (method, origin, referer, allowed) => {
    expect(sameOriginAllowed({ ...base, method, origin, referer })).toBe(allowed);
  });

  it("the refusal page speaks the visitor's language: lng cookie, then Accept-Language, then Thai", () => {
    const en = `lng=${encodeURIComponent(Buffer.from(JSON.stringify("en")).toString("base64"))}`;
    expect(languageOf(en, "th-TH")).toBe("en");
    expect(languageOf(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(languageOf("lng=garbage", undefined)).toBe("th");
    expect(refusalPage("crossSite", undefined, "en")).toContain('<html lang="en">');
    expect(refusalPage("crossSite", undefined, undefined)).toContain("เว็บไซต์อื่น");
  });
});

// Every cookie the app can set, found by reading the source: a new cookie must be added here.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [p] : [];
  });
}
const KNOWN_COOKIES: Record<string, string> = {
  anuyat_session: "/",
  anuyat_track: "/",
  anuyat_apply: "/apply",
  anuyat_holiday_change: "/staff/admin",
  lng: "/",
};

describe("cookies: HttpOnly, SameSite=Lax, Secure in production, narrow paths", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("the source defines exactly the known cookies, all through signedCookie() except lng", () => {
    const found: Record<string, string> = {};
    for (const file of sourceFiles(path.join(ROOT, "app"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/signedCookie\("([\w-]+)", \{ path: "([^"]+)"/g)) found[m[1]] = m[2];
      for (const m of text.matchAll(/createCookie\("([\w-]+)"/g)) found[m[1]] = `createCookie in ${path.relative(ROOT, file)}`;
      // Set-Cookie written by hand would bypass the flags.
      expect(text, file).not.toMatch(/["'`]Set-Cookie["'`]\s*[:,]\s*["'`]/i);
    }
    expect(found).toEqual({ ...KNOWN_COOKIES, lng: "createCookie in app/i18n/i18n.server.ts" });
  });

  async function serializeAll() {
    const session = await import("~/utils/session.server");
    const i18n = await import("~/i18n/i18n.server");
    const lines = [await session.sessionCookie().serialize("token-value-long-enough-123"), await i18n.localeCookie.serialize("en")];
    for (const [name, p] of Object.entries(KNOWN_COOKIES)) if (name !== "anuyat_session" && name !== "lng") lines.push(await session.signedCookie(name, { path: p, maxAge: 60 }).serialize({ n: 1 }));
    return lines;
  }

  it("as tested (NODE_ENV=test, http): HttpOnly and SameSite=Lax, not Secure", async () => {
    vi.resetModules();
    for (const line of await serializeAll()) {
      expect(line).toMatch(/; HttpOnly/);
      expect(line).toMatch(/; SameSite=Lax/);
      expect(line).not.toMatch(/; Secure/);
    }
  });

  it("in production every cookie is also Secure", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SESSION_SECRET", "a-production-secret-of-at-least-32-characters");
    vi.stubEnv("PUBLIC_URL", "http://localhost:3000");
    const lines = await serializeAll();
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).toMatch(/; HttpOnly/);
      expect(line).toMatch(/; SameSite=Lax/);
      expect(line).toMatch(/; Secure/);
    }
  });
});

describe("sign-in: per-client limit SIGN_IN_ATTEMPTS_PER_15_MIN (default 10), in this process", () => {
  const attempt = (n: number, address: string) =>
    signInAction({
      request: new Request("http://localhost/sign-in", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": address, "Accept-Language": "en" },
        body: new URLSearchParams({ email: `nobody-${n}@example.test`, password: "wrong-password" }),
      }),
      params: {},
      context: {},
    }) as unknown as Promise<{ init?: ResponseInit; data?: { errors?: { form?: string } } }>;

  it("ten attempts from one address are answered; the eleventh gets 429 with the translated lockout message", async () => {
    const address = "203.0.113.77";
    for (let n = 1; n <= 10; n++) expect((await attempt(n, address)).init?.status, `attempt ${n}`).toBe(401);
    const refused = await attempt(11, address);
    expect(refused.init?.status).toBe(429);
    expect(refused.data?.errors?.form).toBe("auth.locked");
    // Another client is not affected.
    expect((await attempt(12, "203.0.113.78")).init?.status).toBe(401);
  });
});

describe("logs: the net under personal data (O4)", () => {
  it("masks national IDs, phone numbers and e-mail addresses in error text", () => {
    const masked = scrub("Invalid value 1101700203450 for 081 234 5678 / 0812345678 / +66812345678, a.b@example.co.th");
    expect(masked).not.toMatch(/1101700203450|5678|example\.co\.th/);
    // Request numbers and dates stay readable.
    expect(scrub("BKK01-2569-000123-4 at 2026-04-09T10:00:00+07:00")).toBe("BKK01-2569-000123-4 at 2026-04-09T10:00:00+07:00");
  });
});

describe("security headers middleware: HSTS only in production, a route's own header wins", () => {
  async function headersFrom(production: boolean) {
    const middleware = securityHeaders({ production });
    const server = createServer((req, res) => {
      Object.assign(res, { locals: {} });
      // A route that sets one of the headers itself (as file downloads set nosniff).
      middleware(req as never, res as never, () => {
        res.setHeader("Referrer-Policy", "no-referrer");
        res.end("ok");
      });
    }).listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    try {
      return (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/file`)).headers;
    } finally {
      await new Promise((r) => server.close(r));
    }
  }
  it("production: Strict-Transport-Security for a year with subdomains", async () => {
    const h = await headersFrom(true);
    expect(h.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("no-referrer");
    expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
  it("elsewhere: no HSTS (a developer's localhost would remember it)", async () => {
    expect((await headersFrom(false)).get("strict-transport-security")).toBeNull();
  });
});
