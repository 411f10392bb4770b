// The render cache of public pages (issue 8, decision 0019). Plain ESM JavaScript, like the rest
// of the production server.
//
// What is kept: the answer to an anonymous GET (no session cookie) of a path on PUBLIC_PATHS,
// when the route marked it (X-Anuyat-Render-Cache, app/utils/render-cache.server.ts) and it is
// a 200 without Set-Cookie. Both must agree: the list keeps /staff, /track, /apply, /sign-in and
// every form out whatever a route says, and the marker is the route's promise that its output
// depends only on the URL, the language and the public content (plus, if it says so, the day or
// the minute of the app's clock).
//
// The key is host + URL with its query + the language the app itself detects for the request
// (?lng=, the lng cookie, Accept-Language: the app's own function, so the two cannot disagree).
// An entry is dropped when the public content's version (the ContentVersion row, raised by
// database triggers) is not the one it was rendered under, when its clock day/minute has passed,
// or after its max-age. Each process reads the version at most every checkMs, and at once after
// one of its own staff requests that may have changed content; so a change made through another
// server shows within checkMs (plus one render).
//
// HTML carries the per-request CSP nonce and the request id: an entry is stored as a template
// with both taken out, and every answer puts this response's own back in. The ETag is
// "<hash of the template>.<nonce of that body>": a browser revalidating sends the nonce of the
// body it holds, and the 304 carries that nonce's CSP, because the browser will run that body's
// scripts under the headers of the 304.
import { createHash } from "node:crypto";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { writeReadableStreamToWritable } from "@remix-run/node";
import { contentSecurityPolicy } from "./security-headers.mjs";

export const MARKER_HEADER = "x-anuyat-render-cache";
export const SESSION_COOKIE = "anuyat_session";
export const REQUEST_ID_META = "anuyat-request-id";

// Everything else is rendered on every request. `.data`: the single-fetch data of the same
// pages (client-side navigation).
export const PUBLIC_PATHS =
  /^\/(?:_root\.data|(?:|permits|permits\/[^/]+|permits\/[^/]+\/print|permits\/[^/]+\/versions(?:\/[^/]+)?|guides|guides\/[^/]+)(?:\.data)?|api\/v1\/permits(?:\.csv)?|api\/v1\/permits\/[^/.]+)$/;

// 16 random bytes in base64, as security-headers.mjs makes them; anything else in an
// If-None-Match is never put into a header.
const NONCE = /^[A-Za-z0-9+/]{22}==$/;
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
const NONCE_MARK = "\u0000nonce\u0000";
const REQUEST_ID_MARK = "\u0000request-id\u0000";
// Not kept: set per response by us (CSP, request id, ETag) or by Node (length, date).
const NOT_KEPT = new Set([MARKER_HEADER, "content-security-policy", "x-request-id", "etag", "content-length", "date", "connection", "keep-alive", "transfer-encoding", "set-cookie"]);

/** @param {string | null | undefined} value @returns {{ maxAgeMs: number, clock: "none" | "day" | "minute" } | null} */
export function parseMarker(value) {
  const match = value && /^max-age=(\d+), clock=(none|day|minute)$/.exec(value.trim());
  if (!match) return null;
  return { maxAgeMs: Number(match[1]) * 1000, clock: /** @type {any} */ (match[2]) };
}

/** @param {string | undefined} cookieHeader */
export function hasSessionCookie(cookieHeader) {
  return !!cookieHeader && cookieHeader.split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

const requestIdMeta = (/** @type {string} */ id) => `<meta name="${REQUEST_ID_META}" content="${id}"/>`;
const hashOf = (/** @type {string} */ text) => createHash("sha256").update(text).digest("base64url").slice(0, 27);

/**
 * @typedef {{ status: number, headers: [string, string][], parts: (Buffer | 0 | 1)[], deflated: (Buffer | 0 | 1)[],
 *   size: number, html: boolean, hash: string, etag: string | null, version: number, clock: "none" | "day" | "minute",
 *   clockBucket: string | null, expiresAt: number, bytes: number, gzip: Buffer | null }} Entry
 */

/**
 * An entry from a rendered 200: the body with its nonce and request id taken out.
 * @param {{ body: string, headers: Headers, nonce: string, requestId: string, version: number,
 *   marker: { maxAgeMs: number, clock: "none" | "day" | "minute" }, clockBucket: string | null, now: number }} r
 * @returns {Entry}
 */
export function createEntry({ body, headers, nonce, requestId, version, marker, clockBucket, now }) {
  const html = /^text\/html/i.test(headers.get("content-type") ?? "");
  const template = html ? body.split(nonce).join(NONCE_MARK).split(requestIdMeta(requestId)).join(requestIdMeta(REQUEST_ID_MARK)) : body;
  /** @type {[string, string][]} */
  const kept = [];
  for (const [name, value] of headers) if (!NOT_KEPT.has(name.toLowerCase())) kept.push([name, value]);
  // Documents: the browser may keep them but must ask every time (its copy's nonce is then
  // checked below); shared caches must not keep them (they would hand one nonce to everyone).
  if (html && !headers.has("cache-control")) kept.push(["Cache-Control", "private, no-cache"]);
  const hash = hashOf(template);
  const parts = partsOf(template, html);
  const deflated = parts.map((p) => (typeof p === "number" ? p : deflateRawSync(p, { finishFlush: constants.Z_SYNC_FLUSH })));
  const size = lengthOf(parts);
  /** @type {Entry} */
  const entry = {
    status: 200,
    headers: kept,
    parts,
    deflated,
    size,
    html,
    hash,
    etag: html ? null : (headers.get("etag") ?? `"${hash}"`),
    version,
    clock: marker.clock,
    clockBucket,
    expiresAt: now + marker.maxAgeMs,
    bytes: 512 + size + lengthOf(deflated),
    gzip: null,
  };
  // Without marks (JSON, CSV) every answer is the same bytes: the whole gzip body once.
  if (!html) {
    entry.gzip = Buffer.concat(gzipChunks(entry, { nonce: "", requestId: "" }));
    entry.bytes += entry.gzip.length;
  }
  return entry;
}

/** Bytes of the stored pieces (the marks count for nothing). @param {(Buffer | 0 | 1)[]} pieces */
const lengthOf = (pieces) => pieces.reduce((n, p) => n + (typeof p === "number" ? 0 : p.length), 0);

// The template as UTF-8 bytes cut at its marks (0: the nonce, 1: the request id), encoded once
// when stored: a hit then only copies bytes, instead of replacing in and encoding ~50 KB of
// (mostly Thai) text for every response.
/** @param {string} template @param {boolean} html @returns {(Buffer | 0 | 1)[]} */
function partsOf(template, html) {
  if (!html) return [Buffer.from(template, "utf8")];
  /** @type {(Buffer | 0 | 1)[]} */
  const parts = [];
  template.split(NONCE_MARK).forEach((piece, i) => {
    if (i > 0) parts.push(0);
    piece.split(REQUEST_ID_MARK).forEach((text, j) => {
      if (j > 0) parts.push(1);
      if (text) parts.push(Buffer.from(text, "utf8"));
    });
  });
  return parts;
}

/** The body for one response, as the pieces to write. @param {Entry} entry @param {{ nonce: string, requestId: string }} r @returns {Buffer[]} */
function bodyChunks(entry, { nonce, requestId }) {
  const marks = [Buffer.from(nonce, "utf8"), Buffer.from(requestId, "utf8")];
  return entry.parts.map((p) => (typeof p === "number" ? marks[p] : p));
}
/** The body for one response. @param {Entry} entry @param {{ nonce: string, requestId: string }} r @returns {Buffer} */
export function bodyOf(entry, marks) {
  return Buffer.concat(bodyChunks(entry, marks));
}

// gzip (RFC 1952) of a kept answer without compressing ~50 KB again for every hit: each piece
// of the template was deflated once when stored, on its own and ended with a sync flush (so it
// starts and ends on a byte boundary and refers to nothing before it); the nonce and the request
// id go between them as stored (uncompressed) blocks; an empty final block and the CRC-32 and
// length of this response's bytes close it. Compressing per hit cost more than everything else a
// hit does (about a third of the requests per second for a browser, which always asks for it).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);
/** A non-final stored block: byte-aligned header, LEN and its complement, the bytes. @param {Buffer} bytes */
function storedBlock(bytes) {
  if (bytes.length > 0xffff) throw new Error("a stored deflate block holds at most 65535 bytes");
  const head = Buffer.alloc(5);
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}
/** The gzip body for one response, as the pieces to write. @param {Entry} entry @param {{ nonce: string, requestId: string }} r @returns {Buffer[]} */
function gzipChunks(entry, { nonce, requestId }) {
  if (entry.gzip) return [entry.gzip];
  const marks = [Buffer.from(nonce, "utf8"), Buffer.from(requestId, "utf8")];
  /** @type {Buffer[]} */
  const chunks = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  entry.parts.forEach((p, i) => {
    const bytes = typeof p === "number" ? marks[p] : p;
    crc = crc32(bytes, crc);
    size += bytes.length;
    chunks.push(typeof p === "number" ? storedBlock(bytes) : /** @type {Buffer} */ (entry.deflated[i]));
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(FINAL_BLOCK, trailer);
  return chunks;
}
/** The gzip body for one response. @param {Entry} entry @param {{ nonce: string, requestId: string }} marks @returns {Buffer} */
export function gzipOf(entry, marks) {
  return Buffer.concat(gzipChunks(entry, marks));
}

/** Whether Accept-Encoding allows gzip (by name or by *, with a weight above 0). @param {string | undefined} header */
export function acceptsGzip(header) {
  if (!header) return false;
  /** @type {number | null} */
  let gzip = null;
  /** @type {number | null} */
  let any = null;
  for (const item of header.split(",")) {
    const [name, ...params] = item.trim().toLowerCase().split(";");
    const q = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name === "gzip" || name === "x-gzip") gzip = weight;
    else if (name === "*") any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}
// Under this, as the compression middleware, a body goes as it is.
const GZIP_THRESHOLD = 1024;

/** @param {Entry} entry @param {string} nonce */
export function etagOf(entry, nonce) {
  return entry.html ? `"${entry.hash}.${nonce}"` : /** @type {string} */ (entry.etag);
}

/**
 * Whether If-None-Match names this entry. For HTML, the nonce of the body the client holds
 * (its 304 must carry that nonce's CSP); otherwise true.
 * @param {Entry} entry @param {string | undefined} ifNoneMatch @returns {{ nonce: string | null } | null}
 */
export function notModified(entry, ifNoneMatch) {
  if (!ifNoneMatch) return null;
  for (const raw of ifNoneMatch.split(",")) {
    const tag = raw.trim().replace(/^W\//, "");
    if (entry.html) {
      const match = /^"([A-Za-z0-9_-]+)\.([^"]+)"$/.exec(tag);
      if (match && match[1] === entry.hash && NONCE.test(match[2])) return { nonce: match[2] };
    } else if (tag === entry.etag?.replace(/^W\//, "")) return { nonce: null };
  }
  return null;
}

export class RenderCache {
  /**
   * @param {{ readVersion: () => Promise<number>, clock: (granularity: "day" | "minute") => string,
   *   checkMs?: number, maxEntries?: number, maxBytes?: number, now?: () => number }} options
   */
  constructor({ readVersion, clock, checkMs = 1000, maxEntries = 2000, maxBytes = 64 * 1024 * 1024, now = () => performance.now() }) {
    this.readVersion = readVersion;
    this.clock = clock;
    this.checkMs = checkMs;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.now = now;
    /** @type {Map<string, Entry>} insertion order = least recently used first */
    this.entries = new Map();
    this.bytes = 0;
    /** @type {number | null} */
    this.known = null;
    this.checkedAt = -Infinity;
    this.dirty = false;
    /** @type {Promise<number | null> | null} */
    this.reading = null;
    this.stats = { hits: 0, misses: 0, stores: 0, notModified: 0, invalidations: 0 };
  }

  /** This process may just have changed public content: read the version at the next lookup. */
  markDirty() {
    this.dirty = true;
  }

  /** The content version, read from the database at most every checkMs; null if unreadable. */
  async version() {
    if (!this.dirty && this.known !== null && this.now() - this.checkedAt < this.checkMs) return this.known;
    this.reading ??= (async () => {
      this.dirty = false;
      try {
        const version = await this.readVersion();
        if (version !== this.known) {
          if (this.known !== null) this.stats.invalidations += 1;
          this.clear();
          this.known = version;
        }
        this.checkedAt = this.now();
        return version;
      } catch {
        // The database is away: keep nothing, serve nothing from memory (the pages say 503).
        this.clear();
        this.known = null;
        return null;
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  /** @param {string} key @param {number} version @returns {Entry | undefined} */
  get(key, version) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || this.now() >= entry.expiresAt || (entry.clock !== "none" && this.clock(entry.clock) !== entry.clockBucket)) {
      this.delete(key);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    // Only under the version now known (a render that straddled a change is not kept), and
    // nothing bigger than an eighth of the budget.
    if (entry.version !== this.known || entry.bytes > this.maxBytes / 8) return false;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.stats.stores += 1;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  get size() {
    return this.entries.size;
  }
}

/** A Web Request from an Express request, as @remix-run/express makes it (GET and HEAD only). */
function webRequest(/** @type {import("express").Request} */ req, /** @type {import("express").Response} */ res) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value) headers.set(name, value);
  }
  /** @type {AbortController | null} */
  let controller = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(`${req.protocol}://${req.get("host")}${req.originalUrl}`, { method: req.method, headers, signal: controller.signal });
}

/**
 * The language the app would render a request in, from what its choice reads (the URL's ?lng=,
 * the Cookie header, Accept-Language) and nothing else. Asked through the app's own function on
 * a small Web Request the first time a combination is seen, then remembered: building a Request
 * for every hit cost about a twentieth of a hit. At most LANGUAGE_MEMO combinations are kept
 * (then the memo starts over), so odd headers cannot grow it.
 * @param {(request: Request) => Promise<string>} language
 */
function languageOf(language) {
  /** @type {Map<string, string>} */
  const memo = new Map();
  return async (/** @type {import("express").Request} */ req) => {
    const search = req.originalUrl.indexOf("?");
    const lng = search < 0 ? null : new URLSearchParams(req.originalUrl.slice(search)).get("lng");
    const cookie = req.get("cookie");
    const accept = req.get("accept-language");
    const key = `${lng ?? ""}\n${cookie ?? ""}\n${accept ?? ""}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    /** @type {Record<string, string>} */
    const headers = {};
    if (cookie) headers.cookie = cookie;
    if (accept) headers["accept-language"] = accept;
    const chosen = await language(new Request(`http://localhost/${lng === null ? "" : `?${new URLSearchParams({ lng })}`}`, { headers }));
    if (memo.size >= LANGUAGE_MEMO) memo.clear();
    memo.set(key, chosen);
    return chosen;
  };
}
const LANGUAGE_MEMO = 1000;

/** @param {import("express").Response} res @param {Response} response */
async function sendResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * The pieces as they are, in one write of the socket (corked; end() uncorks): joining them
 * first allocated and copied a ~50 KB buffer for every hit.
 * @param {import("express").Response} res @param {Buffer[]} chunks
 */
function writeChunks(res, chunks) {
  res.setHeader("Content-Length", String(chunks.reduce((n, c) => n + c.length, 0)));
  res.cork();
  for (const chunk of chunks) res.write(chunk);
  res.end();
}

/**
 * @param {import("express").Request} req @param {import("express").Response} res @param {Entry} entry
 * @param {"hit" | "miss"} state said in X-Render-Cache (for operators and tests; no secret)
 */
function sendEntry(req, res, entry, state) {
  const nonce = res.locals.cspNonce;
  res.setHeader("X-Render-Cache", state);
  for (const [name, value] of entry.headers) res.append(name, value);
  const match = notModified(entry, req.get("if-none-match"));
  if (match) {
    if (match.nonce) {
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(match.nonce));
      res.setHeader("ETag", etagOf(entry, match.nonce));
    } else res.setHeader("ETag", etagOf(entry, nonce));
    res.removeHeader("Content-Type");
    res.status(304).end();
    return "not-modified";
  }
  res.setHeader("ETag", etagOf(entry, nonce));
  res.status(entry.status);
  res.vary("Accept-Encoding");
  const marks = { nonce, requestId: res.locals.requestId };
  const gzip = entry.size >= GZIP_THRESHOLD && acceptsGzip(req.get("accept-encoding"));
  // Content-Encoding set here: the compression middleware leaves the body alone.
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  if (req.method === "HEAD") res.end();
  else writeChunks(res, gzip ? gzipChunks(entry, marks) : bodyChunks(entry, marks));
  return "sent";
}

/**
 * Express middleware in front of the Remix handler (serve.mjs).
 *
 * It comes before the compression middleware, which `compress` is: a kept page is sent in gzip
 * from its own pieces, and a hit then skips the ten or so closures compression wraps around
 * every response (a sixth of what a hit allocated; decision 0022). An answer this middleware
 * renders but does not keep goes through `compress` like any other; what it passes on (next)
 * meets compression next in the app.
 * @param {{ cache: RenderCache, handle: (request: Request, context: unknown) => Promise<Response>,
 *   language: (request: Request) => Promise<string>, getLoadContext: (req: any, res: any) => unknown,
 *   compress?: import("express").RequestHandler }} options
 * @returns {import("express").RequestHandler}
 */
export function renderCacheMiddleware({ cache, handle, language, getLoadContext, compress }) {
  const languageFor = languageOf(language);
  // Renders in progress, by key. A page is dropped for everyone at once (a new minute, a
  // publication), and at thousands of requests a second every request until the first render
  // is kept would render it too: each of those waits for the one render and is answered from it.
  /** @type {Map<string, Promise<Entry | null>>} */
  const rendering = new Map();
  return async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      // Content is written only through the staff pages: once such a request has answered
      // (its transaction committed), this process reads the version again at once.
      if (req.path.startsWith("/staff/")) res.on("finish", () => cache.markDirty());
      return next();
    }
    if (!PUBLIC_PATHS.test(req.path) || hasSessionCookie(req.get("cookie")) || req.get("authorization")) return next();
    try {
      const version = await cache.version();
      if (version === null) return next();
      const key = `${req.get("host")}|${req.originalUrl}|${await languageFor(req)}`;
      // A page being rendered for another request is waited for; when that answer is not kept
      // (null) or was rendered under another content version, this request renders for itself.
      let entry = cache.get(key, version);
      if (!entry && rendering.has(key)) {
        const shared = await rendering.get(key);
        if (shared?.version === version) entry = shared;
      }
      if (entry) {
        cache.stats.hits += 1;
        if (sendEntry(req, res, entry, "hit") === "not-modified") cache.stats.notModified += 1;
        return;
      }
      cache.stats.misses += 1;
      /** @type {(entry: Entry | null) => void} */
      let settle = () => {};
      const leads = !rendering.has(key);
      if (leads) rendering.set(key, new Promise((resolve) => (settle = resolve)));
      try {
        // The clock before rendering: a render that crosses into the next minute is kept under
        // the earlier one, and so dropped early rather than late.
        const buckets = { day: cache.clock("day"), minute: cache.clock("minute") };
        const response = await handle(webRequest(req, res), getLoadContext(req, res));
        const marker = parseMarker(response.headers.get(MARKER_HEADER));
        response.headers.delete(MARKER_HEADER);
        const storable = req.method === "GET" && marker && response.status === 200 && !response.headers.has("set-cookie") && response.body;
        res.setHeader("X-Render-Cache", "miss");
        if (!storable) {
          settle(null);
          if (compress) await new Promise((resolve) => compress(req, res, () => resolve(undefined)));
          return await sendResponse(res, response);
        }
        const created = createEntry({
          // Not response.text(): it drops a leading byte-order mark, which the CSV needs (Excel).
          body: UTF8.decode(await response.arrayBuffer()),
          headers: response.headers,
          nonce: res.locals.cspNonce,
          requestId: res.locals.requestId,
          version,
          marker,
          clockBucket: marker.clock === "none" ? null : buckets[marker.clock],
          now: cache.now(),
        });
        cache.set(key, created);
        settle(created);
        sendEntry(req, res, created, "miss");
      } finally {
        // A render that failed answers no one else: they render for themselves.
        settle(null);
        if (leads) rendering.delete(key);
      }
    } catch (error) {
      next(error);
    }
  };
}

/** Removes the marker from responses that did not go through the cache (signed-in, RENDER_CACHE=off). */
export function stripMarker() {
  return (/** @type {any} */ _req, /** @type {import("express").Response} */ res, /** @type {() => void} */ next) => {
    const writeHead = res.writeHead;
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (/** @type {any[]} */ ...args) {
        res.removeHeader(MARKER_HEADER);
        return writeHead.apply(res, /** @type {any} */ (args));
      }
    );
    next();
  };
}
