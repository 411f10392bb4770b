// The production server: `node app/server/serve.mjs` (after `npm run build`). Express with the
// Remix request handler, like remix-serve, plus what remix-serve cannot do for us: security
// headers with a per-request CSP nonce, the Origin check on state-changing requests, a request
// id, one structured log line per request, and a graceful stop on SIGTERM.
// Plain ESM JavaScript on purpose: production runs no TypeScript loader.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createFetchHandler, installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { logger } from "./logger.mjs";
import { requestContext } from "./request-context.mjs";
import { securityHeaders } from "./security-headers.mjs";
import { originCheck } from "./origin-check.mjs";
import { RenderCache, renderCacheMiddleware, stripMarker } from "./render-cache.mjs";

process.env.NODE_ENV = process.env.NODE_ENV ?? "production";
const mode = process.env.NODE_ENV;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const buildPath = path.resolve(process.env.REMIX_BUILD ?? "build/server/index.js");

// The fetch globals first, then the build: a class the app defines at import time (the 503 of an
// unavailable database extends Response) must extend the Response that every later
// `instanceof Response` sees. Single fetch (remix.config.js) uses undici's.
installGlobals({ nativeFetch: true });
// Importing the build runs entry.server's start-up: configuration check and the in-process
// schedulers (deadline sweep, outbox).
const build = await import(pathToFileURL(buildPath).href);
if (!build.future.v3_singleFetch) throw new Error("serve.mjs expects the v3_singleFetch future flag (remix.config.js)");

const app = express();
app.disable("x-powered-by");
// The request id, the log line and the headers come first so that static files and refusals
// get them too.
app.use(requestContext());
app.use(securityHeaders({ production: mode === "production" }));
// Set up after the render cache, which compresses kept pages itself (decision 0022).
const compress = compression();
// What loaders, actions and entry.server receive as `context`.
/** @type {(req: any, res: any) => any} */
const getLoadContext = (_req, res) => ({ cspNonce: res.locals.cspNonce, requestId: res.locals.requestId });
// The render cache of anonymous public pages (decision 0019), unless RENDER_CACHE=off. What it
// needs of the app (language, clock, content version, settings) comes from entry.server. It
// comes before the static files: a kept page is by construction one no file answered, and a
// hit then costs no file-system lookup. Only GET and HEAD stop here, so the Origin check below
// still sees every state-changing request.
const hooks = build.entry.module.renderCacheHooks;
const settings = hooks.settings();
app.use(stripMarker());
if (settings.enabled) {
  const cache = new RenderCache({ readVersion: hooks.contentVersion, clock: hooks.clock, checkMs: settings.checkMs, maxEntries: settings.maxEntries, maxBytes: settings.maxBytes });
  app.use(renderCacheMiddleware({ cache, handle: createFetchHandler(build, mode), language: hooks.language, getLoadContext, compress }));
}
app.use(compress);
// Fingerprinted assets never change under the same name: cache them for a year. Everything
// else in the client build (copied from public/, e.g. favicon.svg) for an hour.
const clientDir = build.assetsBuildDirectory;
app.use(`${build.publicPath}assets`, express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
app.use(build.publicPath, express.static(clientDir, { maxAge: "1h" }));
app.use(originCheck());
app.all("*", createRequestHandler({ build, mode, getLoadContext }));

const server = host ? app.listen(port, host, onListen) : app.listen(port, onListen);
function onListen() {
  logger.info({ port, host: host ?? "*", mode }, "listening");
}

// SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, then exit. Idle
// keep-alive connections are closed at once; a request still running after 10 s is abandoned.
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    server.close((error) => {
      if (error) logger.error({ err: error }, "stop failed");
      process.exit(error ? 1 : 0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn("requests still running after 10 s; exiting");
      process.exit(1);
    }, 10_000).unref();
  });
}
