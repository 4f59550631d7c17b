/**
 * Calling a server action from the browser without losing its result. A server action can fail
 * two ways: it answers `{ ok: false }` (the server decided: wrong input, not allowed, or an error
 * on our side marked `retryable`), or the call itself rejects (network down, server restarting).
 * callAction turns both into one ActionResult, and retries the transient ones when asked to,
 * which callers may do only for idempotent actions.
 */
import type { ActionResult } from "./action";

export interface CallActionOptions {
  /** Total tries, 1 = no retry. Only for actions that are safe to repeat. */
  attempts?: number;
  /** Wait before the first retry; doubled for each further one. */
  retryDelayMs?: number;
  /** Told before each retry, e.g. to show "retrying". */
  onRetry?: (attempt: number, message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const UNREACHABLE = "We could not reach the server (check your connection).";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function callAction<Data>(
  call: () => Promise<ActionResult<Data>>,
  { attempts = 1, retryDelayMs = 1000, onRetry, sleep = wait }: CallActionOptions = {},
): Promise<ActionResult<Data>> {
  for (let attempt = 1; ; attempt++) {
    let result: ActionResult<Data>;
    try {
      result = await call();
    } catch {
      result = { ok: false, message: UNREACHABLE, retryable: true };
    }
    if (result.ok || result.retryable !== true || attempt >= attempts) return result;
    onRetry?.(attempt, result.message);
    await sleep(retryDelayMs * 2 ** (attempt - 1));
  }
}
