// Opting a public page into the production server's render cache (app/server/render-cache.mjs,
// decision 0019). A route marks its responses when they depend only on the URL, the language
// and the public content (the tables whose writes raise ContentVersion) — plus, where it says
// so, the day or the minute of the app's clock. The server strips the marker, and stores a
// response only for an anonymous GET whose answer is a 200 without Set-Cookie: marking is a
// promise about the page, not a decision to cache any particular request.
import type { HeadersFunction } from "@remix-run/node";

export const RENDER_CACHE_HEADER = "X-Anuyat-Render-Cache";

export type RenderCacheClock = "none" | "day" | "minute";

/** The marker: kept for at most maxAgeSeconds, and only within the same clock day/minute. */
export function renderCacheable(options: { maxAgeSeconds: number; clock?: RenderCacheClock }): Record<string, string> {
  return { [RENDER_CACHE_HEADER]: `max-age=${Math.max(0, Math.floor(options.maxAgeSeconds))}, clock=${options.clock ?? "none"}` };
}

/** A route's `headers` export that marks its document (and its .data) as cacheable. */
export function renderCacheHeaders(options: { maxAgeSeconds: number; clock?: RenderCacheClock }): HeadersFunction {
  const marker = renderCacheable(options);
  return () => marker;
}
