"use client";

import { isRetryableStatus, retryDelayMs, UPLOAD_RETRY } from "@/lib/interview/retry";
import type { VisionUpload } from "@/lib/vision/schemas";

export interface UploadCallbacks {
  onProgress?: (share: number) => void;
  onRetry?: (attempt: number, reason: string) => void;
}

export class UploadFailedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "UploadFailedError";
  }
}

function sendOnce(url: string, body: Blob, onProgress: (share: number) => void): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.timeout = 120_000;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, text: request.responseText });
    // Network errors and timeouts both surface as status 0: retryable.
    request.onerror = () => resolve({ status: 0, text: "" });
    request.ontimeout = () => resolve({ status: 0, text: "" });
    request.send(body);
  });
}

function errorMessage(text: string, status: number): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } };
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // not JSON
  }
  return status === 0 ? "The network connection failed." : `The server answered ${status}.`;
}

/** One try: the parsed answer, or why it failed (status 0: no answer came). */
export type Attempt = { ok: true; value: unknown } | { ok: false; status: number; message: string };

/**
 * Runs `attempt` until it succeeds, retrying network failures and server errors with exponential
 * backoff; a 4xx answer is final and reported with the server's own message.
 */
export async function withRetry(attempt: (onProgress: (share: number) => void) => Promise<Attempt>, { onProgress, onRetry }: UploadCallbacks = {}): Promise<unknown> {
  let failure = { status: 0, message: "" };
  for (let n = 1; n <= UPLOAD_RETRY.maxAttempts; n++) {
    if (n > 1) {
      onRetry?.(n, failure.message);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(n)));
    }
    const result = await attempt((share) => onProgress?.(share));
    if (result.ok) {
      onProgress?.(1);
      return result.value;
    }
    failure = result;
    if (!isRetryableStatus(failure.status)) break;
  }
  throw new UploadFailedError(failure.message, failure.status);
}

/** Uploads a file to one of our routes with progress and the retries of withRetry. */
export function uploadWithRetry(url: string, body: Blob, callbacks: UploadCallbacks = {}): Promise<unknown> {
  return withRetry(async (onProgress) => {
    const { status, text } = await sendOnce(url, body, onProgress);
    if (status >= 200 && status < 300) return { ok: true, value: text ? (JSON.parse(text) as unknown) : null };
    return { ok: false, status, message: errorMessage(text, status) };
  }, callbacks);
}

/** Sends one answer's face and gaze measurements (JSON, never frames), with the same retries. */
export function uploadVisionResults(
  answerId: string,
  payload: VisionUpload,
  callbacks: UploadCallbacks = {},
): Promise<unknown> {
  const body = new Blob([JSON.stringify(payload)], { type: "application/json" });
  return uploadWithRetry(`/api/answers/${answerId}/vision`, body, callbacks);
}
