// The render cache in Chromium (decision 0019). A reload of a kept manual page is revalidated
// with the ETag the browser holds and answered 304: the browser then runs ITS copy, whose
// scripts carry the nonce of the response it came from, under the headers of the 304 — so the
// 304 must carry that nonce's CSP. If it did not, the page would load but never hydrate, and
// Chromium would report the blocked scripts. A signed-in staff member never gets a kept page.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { serverLog, serversOf } from "./servers";
import { lngOf, text } from "./support";

const PAGE = "/permits/food-premises-licence";

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

// React is running: a link is followed by the client router, without loading a new document.
async function expectHydrated(page: Page) {
  const lng = lngOf(test.info());
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
  await page.getByRole("link", { name: text(lng, "nav.permits") }).first().click();
  await expect(page).toHaveURL(/\/permits$/);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
}

test("a reload of a kept manual page is a 304 that still hydrates, with no CSP violation", async ({ page }) => {
  const lng = lngOf(test.info());
  const violations = await watchViolations(page);
  // What went over the wire for the document: the status and the request's validator.
  const documents: { status: number; ifNoneMatch?: string; etag?: string; csp?: string; requestId?: string }[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "document" || !response.url().endsWith(PAGE)) return;
    const headers = await response.allHeaders();
    const sent = await response.request().allHeaders();
    documents.push({ status: response.status(), ifNoneMatch: sent["if-none-match"], etag: headers["etag"], csp: headers["content-security-policy"], requestId: headers["x-request-id"] });
  });

  await page.goto(PAGE);
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  await page.waitForLoadState("networkidle");
  const etag = documents.at(-1)?.etag;
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+\.[A-Za-z0-9+/]{22}=="$/);
  const scriptNonce = await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce);
  expect(etag).toContain(`.${scriptNonce}"`);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  const reload = documents.at(-1)!;
  expect(reload.ifNoneMatch).toBe(etag);
  // Chromium reports the revalidated copy as its stored 200, with the 304's headers merged in
  // (its X-Request-Id among them); the server's log line for that request id has the status sent.
  const line = readFileSync(serverLog(serversOf(test.info()).port), "utf8").split("\n").find((l) => l.includes(`"reqId":"${reload.requestId}"`));
  expect(line).toContain('"status":304');
  // The copy the browser kept runs under the 304's CSP: the nonce its scripts carry.
  expect(reload.csp).toContain(`'nonce-${scriptNonce}'`);
  expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce)).toBe(scriptNonce);
  await expectHydrated(page);
  expect(await violations()).toEqual([]);
});

test("a signed-in staff member never gets a kept page", async ({ page }) => {
  const lng = lngOf(test.info());
  // Kept for anonymous visitors first.
  const anonymous = await page.request.get(PAGE);
  expect((await page.request.get(PAGE)).headers()["x-render-cache"]).toBe("hit");
  expect(anonymous.status()).toBe(200);

  await page.goto("/sign-in");
  await page.getByLabel(text(lng, "auth.email")).fill("counter@bkk01.demo");
  await page.getByLabel(text(lng, "auth.password")).fill("anuyat-demo-2569");
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(/\/staff/);
  const signedIn = (await page.goto(PAGE))!;
  expect(signedIn.status()).toBe(200);
  const headers = await signedIn.allHeaders();
  expect(headers["x-render-cache"]).toBeUndefined();
  expect(headers["etag"]).toBeUndefined();
  const again = await page.reload();
  expect(again?.status()).toBe(200);
  expect((await again!.allHeaders())["x-render-cache"]).toBeUndefined();
});
