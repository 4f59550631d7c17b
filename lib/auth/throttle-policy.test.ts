import { describe, expect, it } from "vitest";
import { describeWait, lockDurationMs } from "./throttle-policy";

const limits = { maxAttempts: 5, windowMs: 15 * 60_000, baseLockMs: 60_000, maxLockMs: 60 * 60_000 };

describe("sign-in throttle policy", () => {
  it("does not lock below the limit", () => {
    expect(lockDurationMs(0, limits)).toBe(0);
    expect(lockDurationMs(4, limits)).toBe(0);
  });

  it("doubles the lock for every attempt after the limit, up to the cap", () => {
    expect([5, 6, 7, 8].map((n) => lockDurationMs(n, limits))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(lockDurationMs(12, limits)).toBe(60 * 60_000);
    expect(lockDurationMs(500, limits)).toBe(60 * 60_000);
  });

  it("describes waits in whole minutes", () => {
    expect(describeWait(1)).toBe("1 minute");
    expect(describeWait(61_000)).toBe("2 minutes");
  });
});
