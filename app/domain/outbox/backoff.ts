// When to try a failed e-mail again (issue #5): 1, 2, 4, 8 … minutes after the failure, capped
// at an hour, so a short SMTP outage costs little and a long one does not hammer the server.
// After `maxAttempts` tries in all the notice is given up ("failed") and staff see it.
export const MAX_BACKOFF_MINUTES = 60;

export type NextAttempt = { state: "pending"; nextAttemptAt: Date } | { state: "failed" };

/** `attempts`: tries so far, counting the one that just failed (1 after the first failure). */
export function nextAttempt(attempts: number, at: Date, maxAttempts: number): NextAttempt {
  if (attempts >= maxAttempts) return { state: "failed" };
  // 2^(n-1) grows past the cap after 7 tries; clamping the exponent keeps it a finite number.
  const minutes = Math.min(2 ** Math.min(Math.max(attempts - 1, 0), 30), MAX_BACKOFF_MINUTES);
  return { state: "pending", nextAttemptAt: new Date(at.getTime() + minutes * 60_000) };
}

/**
 * How long an SMTP outage the retry budget rides out: minutes from the first failed try to the
 * last try, when every try fails (decision 0015). With the default of 12 tries that is
 * 1+2+4+8+16+32+60×5 = 363 minutes, about six hours — so an hour's outage loses nothing.
 */
export function outageCoveredMinutes(maxAttempts: number): number {
  let minutes = 0;
  for (let attempts = 1; attempts < maxAttempts; attempts++) {
    const next = nextAttempt(attempts, new Date(0), maxAttempts);
    if (next.state === "pending") minutes += next.nextAttemptAt.getTime() / 60_000;
  }
  return minutes;
}
