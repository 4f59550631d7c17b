/**
 * Sign-in throttling policy as pure values. Every attempt takes a slot BEFORE the password is
 * checked (one atomic statement in ./throttle.ts), so a parallel burst cannot check more than
 * `maxAttempts` passwords. Counters are per account-and-IP (the owner, signing in from their own
 * address, is not locked out by someone guessing from elsewhere) and per IP (one address
 * spraying many accounts). Once a key reaches its limit it is locked for `baseLockMs`, and each
 * further attempt after a lock doubles the wait, up to `maxLockMs`. A key that stays quiet for
 * `windowMs` after its last lock (or since its first attempt) starts again from zero.
 */
export interface ThrottleLimits {
  maxAttempts: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
}

/** How long a key is locked once it has counted `attempts` attempts (0 below the limit). */
export function lockDurationMs(attempts: number, limits: ThrottleLimits): number {
  if (attempts < limits.maxAttempts) return 0;
  const doublings = Math.min(attempts - limits.maxAttempts, 30);
  return Math.min(limits.maxLockMs, limits.baseLockMs * 2 ** doublings);
}

/** A wait for people, rounded up to whole minutes. */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
