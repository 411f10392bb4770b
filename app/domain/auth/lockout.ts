// Sign-in lockout: after `maxFailures` wrong passwords in a row the account is locked for
// `lockMinutes`. Pure: the caller passes `now` and stores the result.
export type LockoutState = { failedLogins: number; lockedUntil: Date | null };
export type LockoutPolicy = { maxFailures: number; lockMinutes: number };

export function isLocked(state: LockoutState, now: Date): boolean {
  return !!state.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailure(state: LockoutState, now: Date, policy: LockoutPolicy): LockoutState {
  const failures = (isLocked(state, now) ? state.failedLogins : state.lockedUntil ? 0 : state.failedLogins) + 1;
  if (failures >= policy.maxFailures) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedLogins: failures, lockedUntil: null };
}
