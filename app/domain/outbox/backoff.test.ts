import { describe, expect, it } from "vitest";
import { EnvSchema } from "~/utils/env.server";
import { nextAttempt, outageCoveredMinutes } from "./backoff";

const at = new Date("2026-04-09T03:00:00.000Z");
const plus = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

describe("outbox backoff (issue #5)", () => {
  it.each([
    // attempts so far, max, → minutes to wait (null = give up)
    [1, 12, 1],
    [2, 12, 2],
    [3, 12, 4],
    [4, 12, 8],
    [5, 12, 16],
    [6, 12, 32],
    [7, 12, 60], // 64 minutes, capped at an hour
    [11, 12, 60],
    [12, 12, null],
    [13, 12, null],
    [1, 1, null], // a single try allowed: the first failure is final
    [40, 50, 60], // large exponents stay capped
    [0, 12, 1], // defensive: never a wait shorter than a minute
  ] as const)("after %i of at most %i tries → %s minutes", (attempts, max, minutes) => {
    const result = nextAttempt(attempts, at, max);
    expect(result).toEqual(minutes === null ? { state: "failed" } : { state: "pending", nextAttemptAt: plus(minutes) });
  });

  it("does not change the instant it is given", () => {
    const given = new Date(at);
    nextAttempt(3, given, 12);
    expect(given).toEqual(at);
  });
});

describe("how long an SMTP outage the retry budget covers (decision 0015)", () => {
  it.each([
    [1, 0],
    [2, 1],
    [7, 63],
    [8, 123],
    [12, 363],
    [50, 63 + 60 * 43],
  ])("%i tries in all → the last try %i minutes after the first", (max, minutes) => {
    expect(outageCoveredMinutes(max)).toBe(minutes);
  });

  it("the default OUTBOX_MAX_ATTEMPTS rides out an hour's outage with hours to spare", () => {
    const max = EnvSchema.parse({}).OUTBOX_MAX_ATTEMPTS;
    expect(outageCoveredMinutes(max)).toBeGreaterThanOrEqual(6 * 60);
  });
});
