// The only place that reads the clock. The domain receives `now` from here (T1: dates are
// Asia/Bangkok calendar dates, whatever the server's own time zone). Outside production,
// APP_NOW (an ISO timestamp) stands in for the real time so demos and tests can stand on
// any date; in production it is ignored.
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import { env, type Env } from "~/utils/env.server";

export function nowFrom(config: Pick<Env, "NODE_ENV" | "APP_NOW">, realNow: () => Date = () => new Date()): Date {
  if (config.NODE_ENV !== "production" && config.APP_NOW) return new Date(config.APP_NOW);
  return realNow();
}

export function now(): Date {
  return nowFrom(env());
}

export function todayInBangkok(): string {
  return toBangkokDate(now());
}
