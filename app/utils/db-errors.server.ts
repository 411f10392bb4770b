// The one place that decides whether a failure means "the database is unavailable right now"
// (decision 0015) and turns it into the one answer visitors get: 503 with Retry-After, rendered
// by the error boundary as the translated "service temporarily unavailable" page. Anything else
// (a bug, a constraint) is left alone and stays a 500 or the caller's own handling.
import { log } from "~/utils/log.server";

// SQLite (libSQL) result codes, primary and extended, that a later retry may cure: the file
// is locked by another process, cannot be opened or written, or the disk failed or filled up.
const SQLITE_UNAVAILABLE = ["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_PROTOCOL"];
// Node socket errors of a network database (libsql:/https: today, PostgreSQL after issue 8).
const NETWORK_UNAVAILABLE = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"];
// PostgreSQL SQLSTATEs (decision 0016): the server is shutting down, starting up or gone,
// too many connections, or the connection broke.
const POSTGRES_UNAVAILABLE = ["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006"];
// Prisma's codes for "cannot reach / timed out / too many connections / pool timeout".
const PRISMA_UNAVAILABLE = ["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"];

export const RETRY_AFTER_SECONDS = 30;

/** The reason, e.g. "SQLITE_READONLY", when the error means the database is unavailable; else null. */
export function unavailableReason(error: unknown, depth = 0): string | null {
  if (typeof error !== "object" || error === null || depth > 5) return null;
  const e = error as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_UNAVAILABLE.includes(code) || NETWORK_UNAVAILABLE.includes(code)) return code;
  // The pg adapter keeps PostgreSQL's SQLSTATE as originalCode (in Prisma's error, or its cause).
  const sqlState = typeof e.originalCode === "string" ? e.originalCode : code;
  if (POSTGRES_UNAVAILABLE.includes(sqlState)) return `POSTGRES_${sqlState}`;
  if (SQLITE_UNAVAILABLE.some((c) => code === c || code.startsWith(`${c}_`))) return code;
  // Prisma wraps a driver error in its own: the SQLite code is then only in the message
  // ("SQLITE_READONLY: attempt to write a readonly database") or in a nested cause.
  const message = typeof e.message === "string" ? e.message : "";
  const named = [...SQLITE_UNAVAILABLE, ...NETWORK_UNAVAILABLE].find((c) => message.includes(c));
  if (named) return named;
  // The libSQL adapter reports SQLITE_BUSY as a "socket timeout" after busy_timeout.
  if (/SocketTimeout|Socket timeout|database is locked|unable to open database file|attempt to write a readonly database|disk I\/O error|database or disk is full/i.test(message)) return "SQLITE_UNAVAILABLE";
  // node-postgres' own words when a connection dies or cannot be made in time.
  if (/Connection terminated|terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error/i.test(message)) return "POSTGRES_UNAVAILABLE";
  return unavailableReason(e.cause, depth + 1) ?? unavailableReason(e.meta, depth + 1);
}

/** A thrown Response of this kind is caught by the error boundary like any other status. */
export class DatabaseUnavailable extends Response {
  constructor(readonly reason: string) {
    super(`Service temporarily unavailable (${reason})`, {
      status: 503,
      statusText: "Service Unavailable",
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

/** Rethrows an unavailable-database error as the 503 Response; any other error unchanged. */
export function rethrowUnavailable(error: unknown): never {
  if (error instanceof Response) throw error;
  const reason = unavailableReason(error);
  if (!reason) throw error;
  // The SQLite message names no person (O4); the stack is not needed to act on an outage.
  log().warn({ reason, detail: String((error as { message?: unknown }).message ?? "").slice(0, 200) }, "database unavailable");
  throw new DatabaseUnavailable(reason);
}
