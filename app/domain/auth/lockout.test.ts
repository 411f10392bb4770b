import { describe, expect, it } from "vitest";
import { afterFailure, isLocked } from "./lockout";

const policy = { maxFailures: 3, lockMinutes: 15 };
const t0 = new Date("2026-04-09T03:00:00Z");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);

describe("sign-in lockout", () => {
  it("locks after the maximum number of failures in a row", () => {
    let s = { failedLogins: 0, lockedUntil: null as Date | null };
    s = afterFailure(s, t0, policy);
    s = afterFailure(s, t0, policy);
    expect(isLocked(s, t0)).toBe(false);
    s = afterFailure(s, t0, policy);
    expect(isLocked(s, t0)).toBe(true);
    expect(isLocked(s, later(14))).toBe(true);
    expect(isLocked(s, later(15))).toBe(false);
  });
  it("starts counting again after a lock has expired", () => {
    const expired = { failedLogins: 0, lockedUntil: later(-1) };
    expect(afterFailure(expired, t0, policy)).toEqual({ failedLogins: 1, lockedUntil: null });
  });
});
