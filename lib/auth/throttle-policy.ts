/**
 * Failed sign-in throttling as pure functions over a counter {failures, windowStart}: at most
 * `maxFailures` failures per fixed window; once reached, the key is locked until the window ends.
 * Keys are per account and per IP, so one attacker cannot lock out every account from one address
 * without also being stopped, and one account cannot be guessed from many addresses.
 */
export interface ThrottleCounter {
  failures: number;
  windowStart: Date;
}

export interface ThrottleLimits {
  maxFailures: number;
  windowMs: number;
}

export function lockedUntil(counter: ThrottleCounter | null, limits: ThrottleLimits, now: Date): Date | null {
  if (!counter || counter.failures < limits.maxFailures) return null;
  const windowEnd = new Date(counter.windowStart.getTime() + limits.windowMs);
  return windowEnd > now ? windowEnd : null;
}

export function afterFailure(counter: ThrottleCounter | null, limits: ThrottleLimits, now: Date): ThrottleCounter {
  const windowExpired = !counter || now.getTime() - counter.windowStart.getTime() >= limits.windowMs;
  return windowExpired ? { failures: 1, windowStart: now } : { ...counter, failures: counter.failures + 1 };
}
