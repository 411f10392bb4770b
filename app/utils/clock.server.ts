// The only place that reads the clock. The domain receives `now` from here (T1: dates are
// Asia/Bangkok calendar dates, whatever the server's own time zone). Outside production,
// APP_NOW (an ISO timestamp) stands in for the real time so demos and tests can stand on
// any date; in production it is ignored.
import { readFileSync } from "node:fs";
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import { env, type Env } from "~/utils/env.server";

export function nowFrom(config: Pick<Env, "NODE_ENV" | "APP_NOW">, realNow: () => Date = () => new Date()): Date {
  if (config.NODE_ENV !== "production" && config.APP_NOW) return new Date(config.APP_NOW);
  return realNow();
}

// APP_NOW is read live (not from the cached config) so integration tests can move through
// time between calls; it is still validated, and still ignored in production. Outside
// production APP_NOW_FILE may name a file holding the timestamp instead, so an end-to-end
// test can move a running server through time (the time-travel tests of issue #6).
export function now(): Date {
  const appNow = (process.env.APP_NOW_FILE && env().NODE_ENV !== "production" ? readNowFile(process.env.APP_NOW_FILE) : undefined) ?? process.env.APP_NOW;
  return nowFrom({ NODE_ENV: env().NODE_ENV, APP_NOW: appNow && !Number.isNaN(Date.parse(appNow)) ? appNow : undefined });
}

export function todayInBangkok(): string {
  return toBangkokDate(now());
}

function readNowFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
