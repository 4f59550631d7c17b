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

/**
 * Uploads a file with progress, retrying network failures and server errors with exponential
 * backoff; a 4xx answer is final and reported with the server's own message.
 */
export async function uploadWithRetry(
  url: string,
  body: Blob,
  { onProgress, onRetry }: UploadCallbacks = {},
): Promise<unknown> {
  let last = { status: 0, text: "" };
  for (let attempt = 1; attempt <= UPLOAD_RETRY.maxAttempts; attempt++) {
    if (attempt > 1) {
      onRetry?.(attempt, errorMessage(last.text, last.status));
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    }
    last = await sendOnce(url, body, (share) => onProgress?.(share));
    if (last.status >= 200 && last.status < 300) {
      onProgress?.(1);
      return last.text ? (JSON.parse(last.text) as unknown) : null;
    }
    if (!isRetryableStatus(last.status)) break;
  }
  throw new UploadFailedError(errorMessage(last.text, last.status), last.status);
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
