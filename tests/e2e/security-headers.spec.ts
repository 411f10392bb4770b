// Issue 9, security headers and cookies, against the production server (app/server/serve.mjs).
// Chromium enforces the Content-Security-Policy, so every other e2e spec also proves that
// nothing legitimate is blocked; this one listens for violations explicitly, shows that a
// script without the nonce does not run, and checks the headers, the Origin rule and the
// cookie flags on the wire.
import { expect, test, type Page } from "@playwright/test";
import { lngOf, text } from "./support";

const PASSWORD = "anuyat-demo-2569";

// Collects CSP violations two ways: the DOM event (from the first moment of every document)
// and Chromium's console message.
async function watchViolations(page: Page) {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  page.on("pageerror", (e) => seen.push(`pageerror: ${e.message}`));
  return async () => [...seen, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
}

test("public and staff pages, with JavaScript, raise no CSP violation and hydrate", async ({ page }) => {
  const lng = lngOf(test.info());
  const violations = await watchViolations(page);
  for (const path of ["/", "/permits", "/permits/food-premises-licence", "/holidays", "/track", "/sign-in"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    expect(await violations(), path).toEqual([]);
  }
  // A client-side navigation (React running) and the staff dashboard with its charts
  // (recharts: inline style attributes, SVG).
  await page.goto("/");
  await page.getByRole("link", { name: text(lng, "nav.permits") }).first().click();
  await expect(page).toHaveURL(/\/permits$/);
  await page.goto("/sign-in?redirectTo=%2Fstaff%2Fdashboard");
  await page.getByLabel(text(lng, "auth.email")).fill("supervisor@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/dashboard$/);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
});

test("a script without this response's nonce does not run (CSP enforced, not report-only)", async ({ page }) => {
  const violations = await watchViolations(page);
  // As if an attacker got markup into the page: an inline script in the HTML itself…
  await page.route("**/permits", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = 'html'</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/permits");
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  // …and one added to the DOM, and an inline event handler.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = 'dom'";
    document.body.append(s);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.__injected = 'handler'");
    img.src = "/no-such-image.png";
    document.body.append(img);
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  const found = await violations();
  expect(found.some((v) => v.includes("script-src"))).toBe(true);
});

test("every kind of response carries the security headers; the nonce is new each time", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/permits.data", "/healthz", "/api/v1/permits", "/favicon.svg", "/no-such-page"]) {
    const res = await request.get(path);
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data:"]) expect(csp, path).toContain(d);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-request-id"], path).toMatch(/^[\w-]{8,}$/);
    // Not production here (NODE_ENV=test): no HSTS; serve.mjs adds it when NODE_ENV=production.
    expect(h["strict-transport-security"], path).toBeUndefined();
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1]);
  }
  expect(nonces.size).toBe(6);
  // The nonce in the header is the one on the page's scripts.
  const res = await request.get("/permits");
  const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"])![1];
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
  // A well-formed X-Request-Id from a proxy is kept; anything else is replaced.
  expect((await request.get("/healthz", { headers: { "X-Request-Id": "proxy-abc-12345" } })).headers()["x-request-id"]).toBe("proxy-abc-12345");
  expect((await request.get("/healthz", { headers: { "X-Request-Id": "bad id<script>" } })).headers()["x-request-id"]).not.toContain("<");
  // Fingerprinted assets are cached for a year, the rest briefly.
  const asset = /\/assets\/[\w.-]+\.css/.exec(html)![0];
  expect((await request.get(asset)).headers()["cache-control"]).toContain("immutable");
  expect((await request.get("/favicon.svg")).headers()["cache-control"]).toBe("public, max-age=3600");
});

test("a POST from another site is refused with a translated page; from this site it goes on", async ({ request, baseURL }) => {
  const lng = lngOf(test.info());
  const form = { email: "counter@bkk01.demo", password: "wrong-password-here" };
  const foreign = await request.post("/sign-in", { form, headers: { Origin: "https://evil.example", "Accept-Language": lng === "en" ? "en-GB" : "th-TH" }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  const page = await foreign.text();
  expect(page).toContain(lng === "en" ? "This request came from another website" : "คำขอนี้ถูกส่งมาจากเว็บไซต์อื่น");
  expect(foreign.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Origin "null" (a sandboxed frame) and, without Origin, a foreign Referer are refused too.
  expect((await request.post("/sign-in", { form, headers: { Origin: "null" }, maxRedirects: 0 })).status()).toBe(403);
  expect((await request.post("/sign-in", { form, headers: { Referer: "https://evil.example/x" }, maxRedirects: 0 })).status()).toBe(403);
  // Our own origin: the action runs (a wrong password is a 401, not a refusal).
  expect((await request.post("/sign-in", { form, headers: { Origin: baseURL! }, maxRedirects: 0 })).status()).toBe(401);
  // GET is never refused for its Referer (links from other sites work).
  expect((await request.get("/permits", { headers: { Referer: "https://evil.example/" } })).status()).toBe(200);
});

test("cookies the app sets are HttpOnly and SameSite=Lax, with the narrowest path", async ({ page }) => {
  const lng = lngOf(test.info());
  const cookies = new Map<string, string>();
  page.on("response", async (res) => {
    for (const h of await res.headersArray()) if (h.name.toLowerCase() === "set-cookie") cookies.set(h.value.split("=")[0], h.value);
  });
  await page.goto(`/?lng=${lng}`);
  await page.goto("/permits/commercial-registration");
  await page.getByTestId("apply-online").click();
  await page.getByRole("button", { name: text(lng, "apply:start.button") }).click();
  await expect(page).toHaveURL(/\/apply\/[\w-]+\/applicant$/);
  await page.goto("/sign-in?redirectTo=%2Fstaff");
  await page.getByLabel(text(lng, "auth.email")).fill("counter@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/counter$/);
  expect([...cookies.keys()].sort()).toEqual(["anuyat_apply", "anuyat_session", "lng"]);
  const paths: Record<string, string> = { lng: "/", anuyat_session: "/", anuyat_apply: "/apply" };
  for (const [name, value] of cookies) {
    expect(value, name).toMatch(/; HttpOnly/i);
    expect(value, name).toMatch(/; SameSite=Lax/i);
    expect(value, name).toContain(`; Path=${paths[name]}`);
    // NODE_ENV=test over http: not Secure here (tests/integration/security-cookies.test.ts
    // shows every cookie is Secure in production).
    expect(value, name).not.toMatch(/; Secure/i);
  }
});
