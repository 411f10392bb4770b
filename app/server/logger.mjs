// Structured JSON logs (pino), one object per line on stdout (or LOG_FILE). Plain JavaScript so
// that both the production server (app/server/serve.mjs, run by node directly) and the Remix
// build (which bundles its own copy of this file through app/utils/log.server.ts) use it; the
// logger and the per-request store live on globalThis so both copies share ONE of each.
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

const KEY = Symbol.for("anuyat.logger");

// O4: personal data must never reach a log. Nothing logs it on purpose; these paths are the
// safety net for a whole object logged by mistake (an applicant, a form, a request's fields).
const PERSONAL = ["nationalId", "citizenId", "idNumber", "phone", "mobile", "email", "address", "firstName", "lastName", "fullName", "displayName", "applicantName", "contactName", "password", "token", "cookie", "authorization", "set-cookie"];
export const REDACT_PATHS = [
  ...PERSONAL,
  ...PERSONAL.map((k) => `*.${k}`),
  ...PERSONAL.map((k) => `*.*.${k}`),
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
];

// Error messages can quote data: Prisma's "Invalid invocation" errors print the arguments, an
// SMTP refusal names the address. Errors are logged with these patterns masked.
// A run of digits (with the spaces and dashes people type) is masked when its digits make a
// national ID (13) or a Thai phone number; request numbers (BKK01-2569-000123-4), dates and
// durations keep their shape.
const DIGIT_RUN = /(?<![\w.])\+?\d[\d -]{7,17}\d(?![\w.])/g;
const PHONE = /^(?:0\d{8,9}|66\d{8,9})$/;
const EMAIL = /[^\s"'<>@]+@[^\s"'<>@]+\.[A-Za-z]{2,}/g;
/** @param {unknown} text */
export function scrub(text) {
  if (typeof text !== "string") return text;
  return text
    .replace(DIGIT_RUN, (run) => {
      const d = run.replace(/\D/g, "");
      return d.length === 13 ? "[digits]" : PHONE.test(d) ? "[phone]" : run;
    })
    .replace(EMAIL, "[email]");
}
/** @param {any} error */
function serializeError(error) {
  const e = pino.stdSerializers.err(error);
  if (!e || typeof e !== "object") return e;
  // Prisma's first line names the failing call; the rest is the arguments it was given.
  const prisma = typeof e.type === "string" && e.type.startsWith("PrismaClient");
  const message = prisma ? String(e.message ?? "").trim().split("\n")[0] : e.message;
  return { type: e.type, code: e.code, message: scrub(message), stack: prisma ? undefined : scrub(e.stack) };
}

const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal", "silent"]);

/** @typedef {{ requestId: string }} RequestStore */

/** @returns {{ logger: import("pino").Logger, store: AsyncLocalStorage<RequestStore>, access: import("pino").Logger }} */
function create() {
  /** @type {AsyncLocalStorage<RequestStore>} */
  const store = new AsyncLocalStorage();
  const level = LEVELS.has(process.env.LOG_LEVEL ?? "") ? /** @type {string} */ (process.env.LOG_LEVEL) : "info";
  const destination = process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, mkdir: true, sync: true }) : pino.destination({ dest: 1, sync: true });
  const logger = pino(
    {
      level,
      base: { app: "anuyat" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      // Every line written while a request is being handled names that request.
      mixin: () => {
        const s = store.getStore();
        return s ? { reqId: s.requestId } : {};
      },
    },
    destination,
  );
  // The one line per request (request-context.mjs) is built from five fields that never hold
  // personal data (id, method, path without its query, status, time), so it skips the
  // redaction pass: at every request, that pass cost the server about 4% of its time.
  const access = pino({ level, base: { app: "anuyat" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return { logger, store, access };
}

/** @type {any} */
const g = globalThis;
/** @type {{ logger: import("pino").Logger, store: AsyncLocalStorage<RequestStore>, access: import("pino").Logger }} */
const shared = (g[KEY] ??= create());

export const logger = shared.logger;
export const accessLogger = shared.access;
export const requestStore = shared.store;

/** The id of the request being handled, if any. */
export function currentRequestId() {
  return requestStore.getStore()?.requestId;
}
