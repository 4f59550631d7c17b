import { describe, expect, it } from "vitest";
import { isRetryableStatus, retryDelayMs } from "./retry";

describe("upload retry policy", () => {
  it("retries network failures and server errors, not client errors", () => {
    expect([0, 408, 429, 500, 503].map(isRetryableStatus)).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 413, 415, 422].map(isRetryableStatus)).toEqual(Array(7).fill(false));
  });

  it("backs off exponentially and caps the delay", () => {
    expect([2, 3, 4, 5].map((attempt) => retryDelayMs(attempt))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(20)).toBe(20_000);
  });
});
