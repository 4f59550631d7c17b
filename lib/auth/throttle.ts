import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { afterFailure, lockedUntil, type ThrottleLimits } from "./throttle-policy";

const windowMs = () => env.AUTH_THROTTLE_WINDOW_SEC * 1000;
const accountLimits = (): ThrottleLimits => ({ maxFailures: env.AUTH_MAX_FAILURES_PER_ACCOUNT, windowMs: windowMs() });
const ipLimits = (): ThrottleLimits => ({ maxFailures: env.AUTH_MAX_FAILURES_PER_IP, windowMs: windowMs() });

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** The later of the two locks, or null when this sign-in may be attempted. */
export async function signInLockedUntil(email: string, ip: string, now = new Date()): Promise<Date | null> {
  const rows = await db().authThrottle.findMany({ where: { key: { in: [accountKey(email), ipKey(ip)] } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const locks = [
    lockedUntil(byKey.get(accountKey(email)) ?? null, accountLimits(), now),
    lockedUntil(byKey.get(ipKey(ip)) ?? null, ipLimits(), now),
  ].filter((lock): lock is Date => lock !== null);
  return locks.length ? new Date(Math.max(...locks.map((lock) => lock.getTime()))) : null;
}

export async function recordSignInFailure(email: string, ip: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    for (const [key, limits] of [
      [accountKey(email), accountLimits()],
      [ipKey(ip), ipLimits()],
    ] as const) {
      const current = await tx.authThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, limits, now);
      await tx.authThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

/** A successful sign-in clears the account's counter (the IP's stays: it may be guessing others). */
export async function recordSignInSuccess(email: string): Promise<void> {
  await db().authThrottle.deleteMany({ where: { key: accountKey(email) } });
}
