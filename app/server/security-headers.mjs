// Security headers on every response: documents, data requests (.data), resource routes,
// static files and the server's own refusals. The CSP nonce is new for every request; it is
// handed to Remix through the load context (serve.mjs) so entry.server and root.tsx put it on
// every script they render. Pages are never stored in a shared cache (Cache-Control below for
// documents is the app's own; nothing here marks HTML public), so a nonce is never replayed.
import { randomFillSync } from "node:crypto";

// Nonces are cut from a block of random bytes filled 256 nonces at a time: the same CSPRNG, one
// call instead of one per response (that call was ~4 % of a render-cache hit). Every byte is
// handed out once.
const NONCE_BYTES = 16;
const pool = Buffer.alloc(NONCE_BYTES * 256);
let offset = pool.length;
export function newNonce() {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const nonce = pool.toString("base64", offset, offset + NONCE_BYTES);
  offset += NONCE_BYTES;
  return nonce;
}

/** @param {string} nonce */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    // Remix's module scripts are same-origin files; its inline bootstrap scripts carry the nonce.
    `script-src 'self' 'nonce-${nonce}'`,
    // Stylesheets only from us; no <style> elements. Inline style ATTRIBUTES are allowed: React
    // renders style={…} props (progress bars, recharts' SVG) as attributes, which cannot carry a
    // nonce, and an attribute cannot run script.
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    // QR codes are data: URLs (qrcode.toDataURL).
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {{ production: boolean }} options @returns {import("express").RequestHandler} */
export function securityHeaders({ production }) {
  return (_req, res, next) => {
    const nonce = newNonce();
    res.locals.cspNonce = nonce;
    /** @type {[string, string][]} */
    const headers = [
      ["Content-Security-Policy", contentSecurityPolicy(nonce)],
      ["X-Content-Type-Options", "nosniff"],
      // The origin only, never the path, to other sites: tracking pages carry the request
      // number in their URL and must not leak it through a link's Referer.
      ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ["X-Frame-Options", "DENY"],
      ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
      ["Cross-Origin-Opener-Policy", "same-origin"],
    ];
    // Browsers ignore HSTS over plain http, so sending it from a production server behind TLS is
    // what matters; never outside production (a developer's localhost would remember it).
    if (production) headers.push(["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]);
    // Added when the response starts, unless a route set the same header itself (Remix's
    // adapter appends, so setting them first would send "nosniff, nosniff").
    const writeHead = res.writeHead;
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (/** @type {any[]} */ ...args) {
        for (const [name, value] of headers) if (!res.hasHeader(name)) res.setHeader(name, value);
        return writeHead.apply(res, /** @type {any} */ (args));
      }
    );
    next();
  };
}
