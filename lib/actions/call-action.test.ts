import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "./action";
import { callAction } from "./call-action";

const noSleep = () => Promise.resolve();

describe("callAction", () => {
  it("turns a rejected call into a failure instead of throwing", async () => {
    const result = await callAction(() => Promise.reject(new Error("Failed to fetch")), { sleep: noSleep });
    expect(result).toMatchObject({ ok: false, retryable: true });
  });

  it("retries transient failures up to the given attempts, with growing waits", async () => {
    const results: ActionResult<string>[] = [
      { ok: false, message: "Something went wrong on our side.", retryable: true },
      { ok: false, message: "Something went wrong on our side.", retryable: true },
      { ok: true, data: "saved" },
    ];
    const call = vi.fn(() => Promise.resolve(results.shift()!));
    const sleeps: number[] = [];
    const onRetry = vi.fn();
    const result = await callAction(call, { attempts: 3, retryDelayMs: 100, onRetry, sleep: (ms) => (sleeps.push(ms), Promise.resolve()) });
    expect(result).toEqual({ ok: true, data: "saved" });
    expect(call).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([100, 200]);
    expect(onRetry).toHaveBeenCalledWith(1, "Something went wrong on our side.");
  });

  it("gives up after the last attempt with the last failure", async () => {
    const call = vi.fn(() => Promise.reject(new Error("offline")));
    const result = await callAction(call, { attempts: 2, sleep: noSleep });
    expect(call).toHaveBeenCalledTimes(2);
    expect(result.ok).toBe(false);
  });

  it("does not retry what the server refused (input, access)", async () => {
    const call = vi.fn(() => Promise.resolve<ActionResult<never>>({ ok: false, message: "No such session, or it is not yours." }));
    const result = await callAction(call, { attempts: 3, sleep: noSleep });
    expect(call).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ ok: false, message: "No such session, or it is not yours." });
  });
});
