import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import type { ThrottleLimits } from "./throttle-policy";

const limits = (maxAttempts: number, windowSec = env.AUTH_THROTTLE_WINDOW_SEC): ThrottleLimits => ({
  maxAttempts,
  windowMs: windowSec * 1000,
  baseLockMs: env.AUTH_LOCK_BASE_SEC * 1000,
  maxLockMs: env.AUTH_LOCK_MAX_SEC * 1000,
});

export const accountIpKey = (email: string, ip: string) => `account-ip:${email.toLowerCase()}|${ip}`;
export const ipKey = (ip: string) => `ip:${ip}`;
export const signUpKey = (ip: string) => `sign-up:${ip}`;
export const resetRequestKey = (ip: string) => `reset-request:${ip}`;

export type Admission = { ok: true } | { ok: false; retryAfterMs: number };

const ms = Prisma.sql`interval '1 millisecond'`;

/**
 * Takes one attempt slot for `key` in a single statement, so concurrent requests (on PGlite or
 * on PostgreSQL with many processes) can never both read "4 of 5" and both proceed. A locked
 * key is left untouched (the WHERE on the conflict update), which returns no row. The column
 * `failures` counts attempts; the lock arithmetic mirrors lockDurationMs in ./throttle-policy.
 */
async function takeSlot(key: string, policy: ThrottleLimits, now: Date): Promise<Admission> {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const quiet = Prisma.sql`${at} >= COALESCE(t."lockedUntil", t."windowStart") + ${policy.windowMs}::float8 * ${ms}`;
  const next = Prisma.sql`(CASE WHEN ${quiet} THEN 1 ELSE t.failures + 1 END)`;
  const lockFor = (attempts: Prisma.Sql) =>
    Prisma.sql`LEAST(${policy.maxLockMs}::float8, ${policy.baseLockMs}::float8 * power(2, LEAST(${attempts} - ${policy.maxAttempts}::int, 30)))`;
  const rows = await db().$queryRaw<{ attempts: number }[]>`
    INSERT INTO "AuthThrottle" AS t (key, failures, "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${at}, CASE WHEN 1 >= ${policy.maxAttempts}::int THEN ${at} + ${lockFor(Prisma.sql`1`)} * ${ms} END)
    ON CONFLICT (key) DO UPDATE SET
      failures = ${next},
      "windowStart" = CASE WHEN ${quiet} THEN ${at} ELSE t."windowStart" END,
      "lockedUntil" = CASE WHEN ${next} >= ${policy.maxAttempts}::int THEN ${at} + ${lockFor(next)} * ${ms} END
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${at}
    RETURNING failures AS attempts`;
  if (rows.length > 0) return { ok: true };
  const row = await db().authThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return { ok: false, retryAfterMs: Math.max(0, (row?.lockedUntil?.getTime() ?? now.getTime()) - now.getTime()) };
}

/**
 * Admits one sign-in attempt for this account from this address, or says how long to wait.
 * Call it before checking the password; call signInSucceeded after a correct one.
 */
export async function admitSignIn(email: string, ip: string, now = new Date()): Promise<Admission> {
  const byIp = await takeSlot(ipKey(ip), limits(env.AUTH_MAX_FAILURES_PER_IP), now);
  if (!byIp.ok) return byIp;
  return takeSlot(accountIpKey(email, ip), limits(env.AUTH_MAX_FAILURES_PER_ACCOUNT), now);
}

/** A correct password clears the account-and-IP counter and gives the address its slot back. */
export async function signInSucceeded(email: string, ip: string): Promise<void> {
  await db().authThrottle.deleteMany({ where: { key: accountIpKey(email, ip) } });
  await db().authThrottle.updateMany({ where: { key: ipKey(ip), failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/** Sign-ups per address per hour, counted whether or not they succeed. */
export async function admitSignUp(ip: string, now = new Date()): Promise<Admission> {
  return takeSlot(signUpKey(ip), limits(env.AUTH_MAX_SIGNUPS_PER_IP, 60 * 60), now);
}

export const mailKey = (email: string) => `mail:${email.toLowerCase()}`;

/** Account e-mails to one address per hour, so sign-up and reset forms cannot flood an inbox. */
export async function admitMailTo(email: string, now = new Date()): Promise<Admission> {
  return takeSlot(mailKey(email), limits(env.AUTH_MAX_MAILS_PER_ADDRESS, 60 * 60), now);
}

/** "Forgot password" requests per IP address per hour, under the same limit as sign-ups. */
export async function admitResetRequest(ip: string, now = new Date()): Promise<Admission> {
  return takeSlot(resetRequestKey(ip), limits(env.AUTH_MAX_SIGNUPS_PER_IP, 60 * 60), now);
}
