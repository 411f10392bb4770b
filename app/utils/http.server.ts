// Open-data responses: cacheable with a strong ETag, and 304 when the client already has it.
import { createHash } from "node:crypto";
import { renderCacheable } from "~/utils/render-cache.server";

const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";

// Content-only open data (the permits' catalogue and manuals, not the statistics) is also kept
// by the server's render cache (decision 0019), as long as an HTTP cache may keep it.
type Options = { renderCache?: boolean };

function respond(request: Request, body: string, contentType: string, extra: HeadersInit = {}, options: Options = {}): Response {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = new Headers({ "Cache-Control": CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding", ...extra, ...(options.renderCache ? renderCacheable({ maxAgeSeconds: 300 }) : {}) });
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  headers.set("Access-Control-Allow-Origin", "*");
  return new Response(body, { status: 200, headers });
}

export function cachedJson(request: Request, value: unknown, options: Options = {}): Response {
  return respond(request, JSON.stringify(value), "application/json; charset=utf-8", {}, options);
}

export function cachedCsv(request: Request, csv: string, filename: string, options: Options = {}): Response {
  return respond(request, csv, "text/csv; charset=utf-8", { "Content-Disposition": `attachment; filename="${filename}"` }, options);
}

export function jsonError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: { status, message } }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}
