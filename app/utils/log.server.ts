// The app's logger: structured JSON lines (pino) on stdout or LOG_FILE, at LOG_LEVEL. Lines
// written while a request is handled carry its id (reqId) by themselves, so callers just log.
// Never log personal data (O4): log ids (request number, user id), not names, national IDs,
// phone numbers, addresses or e-mail addresses; redaction in app/server/logger.mjs is the net.
import type { Logger } from "pino";
import { currentRequestId, logger } from "../server/logger.mjs";

export function log(): Logger {
  return logger;
}

export { currentRequestId };
