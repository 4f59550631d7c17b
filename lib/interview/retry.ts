/**
 * When to retry an upload: network failures (no status), timeouts and server errors are worth
 * another try with exponential backoff; a 4xx answer is final (the file will not get better).
 */
export const UPLOAD_RETRY = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 20_000 } as const;

export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** Delay before attempt `attempt` (1-based, the first retry is attempt 2), capped. */
export function retryDelayMs(attempt: number, policy: { baseDelayMs: number; maxDelayMs: number } = UPLOAD_RETRY): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 2));
}
