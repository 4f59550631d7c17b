import { describe, expect, it } from "vitest";
import { afterFailure, lockedUntil } from "./throttle-policy";

const limits = { maxFailures: 3, windowMs: 60_000 };
const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle policy", () => {
  it("counts failures inside one window and locks at the limit until the window ends", () => {
    let counter = afterFailure(null, limits, t0);
    counter = afterFailure(counter, limits, at(1_000));
    expect(lockedUntil(counter, limits, at(2_000))).toBeNull();
    counter = afterFailure(counter, limits, at(2_000));
    expect(counter.failures).toBe(3);
    expect(lockedUntil(counter, limits, at(3_000))).toEqual(at(60_000));
    expect(lockedUntil(counter, limits, at(60_000))).toBeNull();
  });

  it("starts a new window after the old one expired", () => {
    const counter = afterFailure({ failures: 3, windowStart: t0 }, limits, at(61_000));
    expect(counter).toEqual({ failures: 1, windowStart: at(61_000) });
  });

  it("does not lock an unknown key", () => {
    expect(lockedUntil(null, limits, t0)).toBeNull();
  });
});
