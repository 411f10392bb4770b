// Cross-site request forgery: a POST, PUT, PATCH or DELETE that says it comes from another site
// is refused before Remix runs. The Origin header decides; without it, the Referer's origin.
// A request with neither is let through: every browser sends Origin on a cross-site POST (and
// on same-site ones too), so only non-browser clients (curl, scripts, monitoring) omit both,
// and they cannot ride a user's cookies. "null" (a sandboxed frame, a privacy redirect) is an
// origin that is not ours, so it is refused. SameSite=Lax session cookies are the second layer.
// Our origins: PUBLIC_URL's, and the scheme and Host this request came in on (behind a
// TLS-terminating proxy, set PUBLIC_URL to the https address).
import { refusalPage } from "./refusal-page.mjs";
import { logger } from "./logger.mjs";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** @param {string | undefined} value */
function originOf(value) {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return "null";
  }
}

/**
 * @param {{ method: string, origin?: string, referer?: string, host?: string, protocol: string, publicUrl?: string }} r
 * @returns {boolean} whether the request may go on
 */
export function sameOriginAllowed(r) {
  if (!UNSAFE.has(r.method.toUpperCase())) return true;
  const claimed = r.origin !== undefined && r.origin !== "" ? (r.origin === "null" ? "null" : originOf(r.origin)) : originOf(r.referer);
  if (claimed === undefined) return true;
  const ours = new Set();
  const fromPublic = originOf(r.publicUrl);
  if (fromPublic && fromPublic !== "null") ours.add(fromPublic);
  if (r.host) ours.add(originOf(`${r.protocol}://${r.host}`));
  return ours.has(claimed);
}

/** @returns {import("express").RequestHandler} */
export function originCheck() {
  return (req, res, next) => {
    const allowed = sameOriginAllowed({
      method: req.method,
      origin: req.get("origin"),
      referer: req.get("referer"),
      host: req.get("host"),
      protocol: req.protocol,
      publicUrl: process.env.PUBLIC_URL,
    });
    if (allowed) return next();
    logger.warn({ method: req.method, path: req.path }, "cross-site request refused");
    const page = refusalPage("crossSite", req.get("cookie"), req.get("accept-language"), res.locals.cspNonce);
    res.status(403).type("html").set("Cache-Control", "no-store").send(page);
  };
}
