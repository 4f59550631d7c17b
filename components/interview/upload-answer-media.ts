"use client";

import type { StorageDriver } from "@/lib/db/generated/enums";
import { uploadWithRetry, type UploadCallbacks } from "./upload-with-retry";

/**
 * Uploads an answer's recording through the storage driver the server uses (see
 * useUploadDriver): our local route, or UploadThing. Either way the server checks the bytes and
 * the size, and records the file with the same function, replacement rules included.
 */
export async function uploadAnswerMedia(driver: StorageDriver, answerId: string, kind: "audio" | "video", body: Blob, callbacks: UploadCallbacks = {}): Promise<unknown> {
  if (driver === "LOCAL") return uploadWithRetry(`/api/answers/${answerId}/media/${kind}`, body, callbacks);
  // Loaded only when used: UploadThing's client and the effect runtime under it are not small.
  const { uploadThroughUploadThing } = await import("./uploadthing-upload");
  return uploadThroughUploadThing(answerId, kind, body, callbacks);
}
