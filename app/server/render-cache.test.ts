// The render cache (decision 0019) in front of a stand-in for the Remix handler, over real HTTP,
// with the production server's own request-id and security-header middleware: what is kept,
// under which key, what every answer carries, and when it is dropped.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { request } from "node:http";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { RenderCache, renderCacheMiddleware, stripMarker, createEntry, bodyOf, gzipOf, acceptsGzip, notModified } from "./render-cache.mjs";
import { requestContext } from "./request-context.mjs";
import { securityHeaders } from "./security-headers.mjs";

const MARK = { "X-Anuyat-Render-Cache": "max-age=60, clock=none" };

let version = 1;
let clockNow = "2026-04-09T10:00";
let renders = 0;
let elapsed = 0;
let cache: RenderCache;
let server: Server;
let base = "";

// The "app": a page in the language the request asks for, with this request's nonce and id,
// as entry.server and root.tsx render them; and the variants the cache must refuse.
function language(request: Request): Promise<string> {
  const url = new URL(request.url);
  const lng = url.searchParams.get("lng") ?? (/(^|;\s*)lng=en/.test(request.headers.get("cookie") ?? "") ? "en" : null) ?? (request.headers.get("accept-language")?.startsWith("en") ? "en" : "th");
  return Promise.resolve(lng);
}
async function handle(request: Request, context: unknown): Promise<Response> {
  renders += 1;
  // A render that takes a while, so that requests arrive while it runs.
  if (new URL(request.url).searchParams.has("slow")) await new Promise((resolve) => setTimeout(resolve, 150));
  const { cspNonce, requestId } = context as { cspNonce: string; requestId: string };
  const url = new URL(request.url);
  const lng = await language(request);
  const html = `<!DOCTYPE html><html lang="${lng}"><head><meta name="anuyat-request-id" content="${requestId}"/></head><body>v${version} ${url.pathname}${url.search}<script nonce="${cspNonce}">1</script><script nonce="${cspNonce}" type="module">2</script></body></html>`;
  const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8" };
  if (url.searchParams.get("case") !== "unmarked") Object.assign(headers, MARK);
  if (url.searchParams.get("case") === "cookie") headers["Set-Cookie"] = "lng=ImVuIg%3D%3D; Path=/";
  if (url.pathname === "/api/v1/permits.csv") return new Response(`\uFEFFslug,name\r\nv${version},x\r\n`, { headers: { "Content-Type": "text/csv; charset=utf-8", ...MARK } });
  if (url.pathname.startsWith("/api/v1/permits")) return new Response(`{"v":${version}}`, { headers: { "Content-Type": "application/json", ETag: `"api-${version}"`, ...MARK } });
  const status = url.searchParams.get("case") === "missing" ? 404 : 200;
  return new Response(html, { status, headers });
}

beforeAll(async () => {
  cache = new RenderCache({ readVersion: async () => version, clock: () => clockNow, checkMs: 1000, now: () => elapsed });
  const app = express();
  app.use(requestContext());
  app.use(securityHeaders({ production: false }));
  app.use(stripMarker());
  const getLoadContext = (_req: unknown, res: { locals: Record<string, string> }) => ({ cspNonce: res.locals.cspNonce, requestId: res.locals.requestId });
  // As in serve.mjs: compression after the cache, handed to it for the answers it does not keep.
  const compress = compression();
  app.use(renderCacheMiddleware({ cache, handle, language, getLoadContext, compress }));
  app.use(compress);
  // Behind the cache, what the Remix adapter does for every request the cache passes on.
  app.all("*", async (req: any, res: any) => {
    const response = await handle(new Request(`http://x${req.originalUrl}`, { headers: req.headers as Record<string, string> }), getLoadContext(req, res));
    res.status(response.status);
    response.headers.forEach((value, name) => res.append(name, value));
    res.end(await response.text());
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.clear();
  renders = 0;
});

// fetch would unpack gzip itself: the raw bytes over a plain request instead.
const raw = (path: string, encoding: string) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    request(`${base}${encodeURI(path)}`, { headers: { "Accept-Encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("render cache", () => {
  it("renders once and answers again from memory, with this response's nonce and request id in the body", async () => {
    const first = await fetch(`${base}/permits/food-shop`);
    const firstBody = await first.text();
    const second = await fetch(`${base}/permits/food-shop`, { headers: { "X-Request-Id": "caller-id-0001" } });
    const body = await second.text();
    expect(renders).toBe(1);
    const nonce = nonceOf(second)!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce).not.toBe(nonceOf(first));
    expect(body.match(/nonce="[^"]+"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
    expect(body).not.toContain(nonceOf(first)!);
    expect(body).toContain('<meta name="anuyat-request-id" content="caller-id-0001"/>');
    expect(body.replaceAll(nonce, "N").replace(/content="[^"]+"/, "")).toBe(firstBody.replaceAll(nonceOf(first)!, "N").replace(/content="[^"]+"/, ""));
    expect(second.headers.get("etag")).toBe(`${first.headers.get("etag")!.split(".")[0]}.${nonce}"`);
    expect(second.headers.get("cache-control")).toBe("private, no-cache");
    expect(second.headers.get("x-anuyat-render-cache")).toBeNull();
  });

  it("never hands one language's page to another: the key holds the language the app detects", async () => {
    const th = await (await fetch(`${base}/permits`)).text();
    const en = await (await fetch(`${base}/permits`, { headers: { "Accept-Language": "en-GB,en;q=0.9" } })).text();
    const enByCookie = await (await fetch(`${base}/permits`, { headers: { Cookie: "lng=en" } })).text();
    const thAgain = await (await fetch(`${base}/permits`)).text();
    expect(th).toContain('lang="th"');
    expect(en).toContain('lang="en"');
    expect(enByCookie).toContain('lang="en"');
    expect(thAgain).toContain('lang="th"');
    expect(renders).toBe(2);
    // The query is part of the key.
    expect(await (await fetch(`${base}/permits?q=food`)).text()).toContain("/permits?q=food");
    expect(renders).toBe(3);
  });

  it("keeps nothing for a session, a Set-Cookie, a non-200, an unmarked page, a path off the list or a HEAD", async () => {
    const twice = async (path: string, init?: RequestInit) => {
      renders = 0;
      await (await fetch(`${base}${path}`, init)).text();
      await (await fetch(`${base}${path}`, init)).text();
      return renders;
    };
    expect(await twice("/permits/a", { headers: { Cookie: "lng=en; anuyat_session=abc.def" } })).toBe(2);
    expect(await twice("/permits/b?case=cookie")).toBe(2);
    expect(await twice("/permits/c?case=missing")).toBe(2);
    expect(await twice("/permits/d?case=unmarked")).toBe(2);
    expect(await twice("/staff/requests")).toBe(2);
    expect(await twice("/track")).toBe(2);
    expect(await twice("/permits/e/apply")).toBe(2);
    expect(await twice("/permits/f", { method: "HEAD" })).toBe(2);
    expect(cache.size).toBe(0);
    // The marker never leaves the server, cached or not.
    const passed = await fetch(`${base}/staff/requests`);
    expect(passed.headers.get("x-anuyat-render-cache")).toBeNull();
  });

  it("answers 304 with the CSP of the nonce the client's copy carries, and 200 when the content moved", async () => {
    const first = await fetch(`${base}/permits/food-shop`);
    await first.text();
    const etag = first.headers.get("etag")!;
    const again = await fetch(`${base}/permits/food-shop`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(nonceOf(again)).toBe(nonceOf(first));
    expect(again.headers.get("etag")).toBe(etag);
    // A nonce that is not one of ours is never echoed into a header.
    const forged = await fetch(`${base}/permits/food-shop`, { headers: { "If-None-Match": `${etag.split(".")[0]}.x'; script-src *"` } });
    expect(forged.status).toBe(200);
    expect(nonceOf(forged)).not.toContain("script-src");
    await forged.text();
    version += 1;
    elapsed += 1000;
    const after = await fetch(`${base}/permits/food-shop`, { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain(`v${version} `);
    expect(after.headers.get("etag")!.split(".")[0]).not.toBe(etag.split(".")[0]);
    // Open data keeps the route's own validator.
    const api = await fetch(`${base}/api/v1/permits`);
    await api.text();
    const api304 = await fetch(`${base}/api/v1/permits`, { headers: { "If-None-Match": api.headers.get("etag")! } });
    expect(api304.status).toBe(304);
    expect(renders).toBe(3);
  });

  it("drops its pages when the content version moves: within checkMs, or at once after a staff write here", async () => {
    await (await fetch(`${base}/permits/x`)).text();
    version += 1;
    // Within checkMs the process has not looked yet.
    expect(await (await fetch(`${base}/permits/x`)).text()).toContain(`v${version - 1} `);
    elapsed += 1000;
    expect(await (await fetch(`${base}/permits/x`)).text()).toContain(`v${version} `);
    expect(renders).toBe(2);
    // A state-changing staff request answered by this process: the next lookup reads at once.
    version += 1;
    await (await fetch(`${base}/staff/admin/holidays/new`, { method: "POST" })).text();
    expect(await (await fetch(`${base}/permits/x`)).text()).toContain(`v${version} `);
    expect(renders).toBe(4);
  });

  it("keeps bytes as they were: the CSV's byte-order mark survives, hit or miss", async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${base}/api/v1/permits.csv`);
      expect(res.headers.get("x-render-cache")).toBe(i === 0 ? "miss" : "hit");
      expect([...new Uint8Array(await res.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("drops a page whose clock day or minute has passed", async () => {
    const c = new RenderCache({ readVersion: async () => 1, clock: () => clockNow, now: () => 0 });
    await c.version();
    const entry = createEntry({ body: "x", headers: new Headers({ "Content-Type": "text/plain" }), nonce: "n", requestId: "r", version: 1, marker: { maxAgeMs: 60_000, clock: "minute" }, clockBucket: clockNow, now: 0 });
    c.set("k", entry);
    expect(c.get("k", 1)).toBe(entry);
    clockNow = "2026-04-09T10:01";
    expect(c.get("k", 1)).toBeUndefined();
  });

  it("is bounded by entries and by bytes, dropping the least recently used", async () => {
    const c = new RenderCache({ readVersion: async () => 1, clock: () => "", maxEntries: 3, maxBytes: 100_000, now: () => 0 });
    await c.version();
    const page = (size: number) => createEntry({ body: "a".repeat(size), headers: new Headers({ "Content-Type": "text/html" }), nonce: "N", requestId: "R", version: 1, marker: { maxAgeMs: 60_000, clock: "none" }, clockBucket: null, now: 0 });
    for (const k of ["a", "b", "c"]) c.set(k, page(10));
    c.get("a", 1);
    c.set("d", page(10));
    expect([...c.entries.keys()]).toEqual(["c", "a", "d"]);
    // 12.5 kB each (the body's UTF-8 bytes, plus 512 for the headers): 200 kB holds 15.
    const big = new RenderCache({ readVersion: async () => 1, clock: () => "", maxEntries: 1000, maxBytes: 200_000, now: () => 0 });
    await big.version();
    for (let i = 0; i < 20; i += 1) big.set(`p${i}`, page(12_000));
    expect(big.bytes).toBeLessThanOrEqual(200_000);
    expect(big.size).toBe(15);
    expect(big.get("p0", 1)).toBeUndefined();
    expect(big.get("p19", 1)).toBeDefined();
    // One page bigger than an eighth of the budget is not kept at all.
    expect(big.set("huge", page(30_000))).toBe(false);
  });

  it("answers a hit in gzip from the pieces deflated when it was stored: the same bytes as the plain body, this response's nonce", async () => {
    const big = `/permits/long?pad=${"ก".repeat(600)}`;
    const miss = await fetch(`${base}${big}`, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    await miss.text();
    const zipped = await raw(big, "gzip;q=0.8, br");
    expect(zipped.headers["x-render-cache"]).toBe("hit");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["vary"]).toContain("Accept-Encoding");
    const nonce = /'nonce-([^']+)'/.exec(String(zipped.headers["content-security-policy"]))![1];
    const text = gunzipSync(zipped.body).toString("utf8");
    expect(text.match(/nonce="[^"]+"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
    expect(text).toContain(`content="${zipped.headers["x-request-id"]}"`);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(text) / 4);
    // Without gzip, or with it refused, the same page as it is.
    for (const encoding of ["identity", "gzip;q=0, br"]) {
      const plain = await raw(big, encoding);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString("utf8").replace(/nonce="[^"]+"/g, "").replace(/content="[^"]+"/, "")).toBe(text.replace(/nonce="[^"]+"/g, "").replace(/content="[^"]+"/, ""));
    }
  });

  it("still compresses what it does not keep: a page with a Set-Cookie it rendered, and a page it passed on", async () => {
    const pad = "ก".repeat(600);
    for (const path of [`/permits/long?case=cookie&pad=${pad}`, `/staff/long?pad=${pad}`]) {
      const zipped = await raw(path, "gzip");
      expect(zipped.headers["x-render-cache"]).toBe(path.startsWith("/permits") ? "miss" : undefined);
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      const text = gunzipSync(zipped.body).toString("utf8");
      expect(text).toContain(`nonce="${/'nonce-([^']+)'/.exec(String(zipped.headers["content-security-policy"]))![1]}"`);
      expect(text).toContain(encodeURI(pad).slice(0, 90));
      expect((await raw(path, "identity")).headers["content-encoding"]).toBeUndefined();
    }
    expect(renders).toBe(4);
  });

  it("renders a page once for all the requests that come while it renders, each with its own nonce", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/permits/busy?slow=1`)));
    const nonces = new Set<string>();
    for (const a of answers) {
      expect(a.status).toBe(200);
      const body = await a.text();
      const nonce = nonceOf(a)!;
      expect(body).toContain(`nonce="${nonce}"`);
      nonces.add(nonce);
    }
    expect(renders).toBe(1);
    expect(nonces.size).toBe(20);
    expect(answers.filter((a) => a.headers.get("x-render-cache") === "miss")).toHaveLength(1);
    // An answer that is not kept is not shared: each of those requests renders for itself.
    renders = 0;
    const missing = await Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/permits/gone?slow=1&case=missing`)));
    expect(missing.map((m) => m.status)).toEqual([404, 404, 404, 404, 404]);
    expect(renders).toBe(5);
  });

  it("makes gzip that any inflater reads back to the plain body, for pages, JSON and CSV", () => {
    const marker = { maxAgeMs: 1, clock: "none" as const };
    const html = `<p>${"ข้อมูลทดสอบ ".repeat(3000)}</p><script nonce="N1+nonce/aaaaaaaaaaaaa==">x</script><meta name="anuyat-request-id" content="req-1"/>`;
    const page = createEntry({ body: html, headers: new Headers({ "Content-Type": "text/html" }), nonce: "N1+nonce/aaaaaaaaaaaaa==", requestId: "req-1", version: 1, marker, clockBucket: null, now: 0 });
    for (const marks of [{ nonce: "ZZZZZZZZZZZZZZZZZZZZZZ==", requestId: "request-id-2" }, { nonce: "", requestId: "" }]) {
      expect(gunzipSync(gzipOf(page, marks))).toEqual(bodyOf(page, marks));
    }
    const csv = createEntry({ body: `\uFEFFslug,name\r\n${"x,ก\r\n".repeat(500)}`, headers: new Headers({ "Content-Type": "text/csv" }), nonce: "n", requestId: "r", version: 1, marker, clockBucket: null, now: 0 });
    expect(gunzipSync(gzipOf(csv, { nonce: "a", requestId: "b" }))).toEqual(bodyOf(csv, { nonce: "a", requestId: "b" }));
    // Without marks the gzip body is made once, when the answer is kept.
    expect(csv.gzip).not.toBeNull();
    expect(gzipOf(csv, { nonce: "c", requestId: "d" })).toEqual(csv.gzip);
  });

  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["*", true],
    ["br, *;q=0.1", true],
    ["GZIP", true],
    ["x-gzip", true],
    ["gzip;q=0", false],
    ["gzip;q=0, *", false],
    ["*;q=0", false],
    ["br, deflate", false],
    ["identity", false],
    ["gzip;q=nonsense", false],
    ["", false],
  ])("Accept-Encoding %j allows gzip: %s", (header, allowed) => {
    expect(acceptsGzip(header)).toBe(allowed);
  });

  it("takes out every occurrence of the nonce and the request id, and puts the new ones back", () => {
    const body = '<meta name="anuyat-request-id" content="old-request-1"/><script nonce="OLD+nonce/aaaaaaaaaaaa==">a</script><script nonce="OLD+nonce/aaaaaaaaaaaa==">b</script>';
    const entry = createEntry({ body, headers: new Headers({ "Content-Type": "text/html" }), nonce: "OLD+nonce/aaaaaaaaaaaa==", requestId: "old-request-1", version: 1, marker: { maxAgeMs: 1, clock: "none" }, clockBucket: null, now: 0 });
    const kept = entry.parts.map((p) => (typeof p === "number" ? "" : p.toString("utf8"))).join("");
    expect(kept).not.toContain("OLD");
    expect(kept).not.toContain("old-request-1");
    const out = bodyOf(entry, { nonce: "NEW$&nonce", requestId: "new-request-2" }).toString("utf8");
    expect(out).toBe(body.split("OLD+nonce/aaaaaaaaaaaa==").join("NEW$&nonce").replace("old-request-1", "new-request-2"));
    expect(notModified(entry, `W/"${entry.hash}.AAAAAAAAAAAAAAAAAAAAAA=="`)).toEqual({ nonce: "AAAAAAAAAAAAAAAAAAAAAA==" });
    expect(notModified(entry, `"other.AAAAAAAAAAAAAAAAAAAAAA=="`)).toBeNull();
  });
});
