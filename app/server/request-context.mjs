// Gives every request an id (the caller's X-Request-Id when it is well-formed, so a proxy's id
// carries through; otherwise a new one), runs the rest of the request inside the log store so
// every log line names it, returns it as X-Request-Id, and writes one line when it ends.
// The line holds no query string (tracking numbers and search terms live there), no cookies,
// no bodies and no client address (O4): the request id is enough to find a request again.
import { randomUUID } from "node:crypto";
import { accessLogger, requestStore } from "./logger.mjs";

const WELL_FORMED = /^[A-Za-z0-9._:-]{8,64}$/;

/** @param {string | undefined} given */
export function requestIdFrom(given) {
  return given && WELL_FORMED.test(given) ? given : randomUUID();
}

/** @returns {import("express").RequestHandler} */
export function requestContext() {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.get("x-request-id"));
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { reqId: requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      if (res.statusCode >= 500) accessLogger.error(line, "request");
      else accessLogger.info(line, "request");
    });
    requestStore.run({ requestId }, next);
  };
}
