"use client";

/**
 * The browser's side of an UploadThing upload (the storage driver when UPLOADTHING_TOKEN is set):
 * our route presigns (after the same authorisation as the local route), the file goes straight
 * to UploadThing, and our file router's verdict on the stored bytes comes back as serverData.
 */
import { genUploader } from "uploadthing/client";
import type { AnswerFileRouter } from "@/lib/storage/uploadthing-router";
import { sniffMedia, SNIFF_BYTES } from "@/lib/speech/media-sniff";
import { withRetry, type Attempt, type UploadCallbacks } from "./upload-with-retry";

const { uploadFiles } = genUploader<AnswerFileRouter>({ url: "/api/uploadthing", package: "rehearse" });

/** UploadThing error codes that another try will not change, as the local route's 4xx statuses. */
const FINAL_STATUS: Record<string, number> = { BAD_REQUEST: 400, FORBIDDEN: 403, NOT_FOUND: 404, TOO_LARGE: 413 };

function failed(error: unknown): Attempt {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return { ok: false, status: FINAL_STATUS[code] ?? 500, message: error instanceof Error ? error.message : "The upload failed." };
}

/**
 * Declares the type the bytes show (what the server will find too), so UploadThing's route
 * matching neither refuses a file the browser typed oddly nor needs a file extension.
 */
async function asFile(body: Blob, kind: "audio" | "video"): Promise<File> {
  const sniffed = sniffMedia(new Uint8Array(await body.slice(0, SNIFF_BYTES).arrayBuffer()));
  const name = body instanceof File ? body.name : `${kind}-recording`;
  return new File([body], name, { type: sniffed?.mime ?? body.type });
}

export async function uploadThroughUploadThing(answerId: string, kind: "audio" | "video", body: Blob, callbacks: UploadCallbacks): Promise<unknown> {
  const file = await asFile(body, kind);
  return withRetry(async (onProgress) => {
    try {
      const [uploaded] = await uploadFiles(kind === "audio" ? "answerAudio" : "answerVideo", {
        files: [file],
        input: { answerId },
        onUploadProgress: ({ progress }) => onProgress(progress / 100),
      });
      // One file in, one result out; serverData is our file router's AnswerUploadOutcome.
      const outcome = uploaded!.serverData;
      return outcome.ok ? { ok: true, value: outcome } : outcome;
    } catch (error) {
      return failed(error);
    }
  }, callbacks);
}
