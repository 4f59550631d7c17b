/**
 * UploadThing's file router for answer media (the driver when UPLOADTHING_TOKEN is set). Its
 * middleware and completion callback are thin: they call the same authorisation and "record
 * upload" functions as the local upload route, injected here so the logic is unit-testable
 * without the hosted service. The browser's declared type is not trusted: after the upload the
 * server reads the stored file's first bytes with the same sniffing as the local route, and its
 * size against the same UPLOAD_MAX_BYTES; a file that fails either is deleted and never recorded.
 */
import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError } from "uploadthing/server";
import { z } from "zod";
import { recordId } from "@/lib/schemas/form";
import type { UploadTarget, RecordedUpload } from "@/lib/answers/answer-media";
import type { Viewer } from "@/lib/auth/viewer";
import type { MediaKind } from "@/lib/db/generated/enums";
import { APP_ERROR_STATUS, isAppError, type AppErrorCode } from "@/lib/errors";
import { sniffMedia, UNSUPPORTED_MEDIA_MESSAGE, type SniffedMedia } from "@/lib/speech/media-sniff";
import { EmptyUploadError, UploadTooLargeError } from "./limited-stream";

export interface AnswerUploadDeps {
  getViewer: () => Promise<Viewer | null>;
  authorizeAnswerUpload: (viewer: Viewer, answerId: string, kind: MediaKind) => Promise<UploadTarget>;
  recordAnswerUpload: (upload: RecordedUpload) => Promise<{ analysisJobId: string | null }>;
  /** The stored file's first bytes (for sniffing) and its real size, read back from storage. */
  inspectStored: (key: string) => Promise<{ head: Uint8Array; sizeBytes: number }>;
  deleteStored: (key: string) => Promise<void>;
  maxBytes: number;
}

type PowOf2 = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512 | 1024;
type UploadThingSize = `${PowOf2}${"KB" | "MB" | "GB"}`;

/**
 * UploadThing only takes powers of two ("64MB"): the smallest one at or above UPLOAD_MAX_BYTES,
 * so it never refuses a file we accept; uploadComplete then enforces the exact limit.
 */
export function uploadThingFileSize(bytes: number): UploadThingSize {
  for (const [unit, size] of [["KB", 1024], ["MB", 1024 ** 2], ["GB", 1024 ** 3]] as const) {
    const power = 2 ** Math.max(0, Math.ceil(Math.log2(bytes / size)));
    if (power <= 1024) return `${power as PowOf2}${unit}`;
  }
  return "1024GB";
}

/** Our errors keep their meaning; anything else is reported without its internal text. */
function toUploadThingError(error: unknown): UploadThingError {
  if (isAppError(error)) {
    const code = error.code === "NOT_FOUND" ? "NOT_FOUND" : error.code === "FORBIDDEN" ? "FORBIDDEN" : "BAD_REQUEST";
    return new UploadThingError({ code, message: error.message });
  }
  console.error("[uploadthing] unexpected error:", error);
  return new UploadThingError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side; please try again." });
}

export const answerUploadInput = z.object({ answerId: recordId });

/**
 * What the browser learns once the file is stored. A refusal is returned, not thrown: UploadThing
 * swallows an error thrown from onUploadComplete (it logs it and never reports a callback result),
 * so the browser would wait for an answer that never comes. `status` is the local route's for the
 * same refusal, so both paths share one retry policy.
 */
export type AnswerUploadOutcome = { ok: true; answerId: string; analysisJobId: string | null } | Refusal;
type Refusal = { ok: false; status: number; message: string };

const refused = (code: AppErrorCode, message: string): Refusal => ({ ok: false, status: APP_ERROR_STATUS[code], message });

export function uploadMiddleware(deps: AnswerUploadDeps, kind: MediaKind) {
  return async ({ input, files }: { input: z.infer<typeof answerUploadInput>; files: readonly { size: number }[] }): Promise<UploadTarget> => {
    const viewer = await deps.getViewer();
    if (!viewer || viewer.role !== "CANDIDATE") throw new UploadThingError({ code: "FORBIDDEN", message: "Sign in as the answer's candidate." });
    // UploadThing's own limit is a power of two above ours: refuse a declared oversize file before
    // it is sent (uploadComplete still checks what actually arrived).
    if (files.some((file) => file.size > deps.maxBytes)) throw new UploadThingError({ code: "BAD_REQUEST", message: new UploadTooLargeError(deps.maxBytes).message });
    try {
      return await deps.authorizeAnswerUpload(viewer, input.answerId, kind);
    } catch (error) {
      throw toUploadThingError(error);
    }
  };
}

/** The stored file's media type, or why it is refused: the local route's checks and messages. */
function checkStored(stored: { head: Uint8Array; sizeBytes: number }, maxBytes: number): { ok: true; media: SniffedMedia } | Refusal {
  if (stored.sizeBytes === 0) return refused("INVALID_INPUT", new EmptyUploadError().message);
  if (stored.sizeBytes > maxBytes) return refused("PAYLOAD_TOO_LARGE", new UploadTooLargeError(maxBytes).message);
  const media = sniffMedia(stored.head);
  return media ? { ok: true, media } : refused("UNSUPPORTED_MEDIA", UNSUPPORTED_MEDIA_MESSAGE);
}

export function uploadComplete(deps: AnswerUploadDeps) {
  // The declared type and size come with `file`; only what storage holds counts.
  return async ({ metadata, file }: { metadata: UploadTarget; file: { key: string; type: string; size: number } }): Promise<AnswerUploadOutcome> => {
    const deleteRefused = () => deps.deleteStored(file.key).catch((error: unknown) => console.error(`[uploadthing] could not delete refused ${file.key}:`, error));
    try {
      const stored = await deps.inspectStored(file.key);
      const checked = checkStored(stored, deps.maxBytes);
      if (!checked.ok) {
        await deleteRefused();
        return checked;
      }
      const { analysisJobId } = await deps.recordAnswerUpload({
        ...metadata,
        key: file.key,
        driver: "UPLOADTHING",
        mimeType: checked.media.mime,
        sizeBytes: stored.sizeBytes,
      });
      return { ok: true, answerId: metadata.answerId, analysisJobId };
    } catch (error) {
      // Not recorded (the database write or the read-back failed): nothing may point at the file.
      await deleteRefused();
      return { ok: false, status: isAppError(error) ? error.status : 500, message: toUploadThingError(error).message };
    }
  };
}

export function createAnswerFileRouter(deps: AnswerUploadDeps) {
  const maxFileSize = uploadThingFileSize(deps.maxBytes);
  const f = createUploadthing();
  return {
    answerAudio: f({ audio: { maxFileSize, maxFileCount: 1 }, video: { maxFileSize, maxFileCount: 1 } })
      .input(answerUploadInput)
      .middleware(uploadMiddleware(deps, "AUDIO"))
      .onUploadComplete(uploadComplete(deps)),
    answerVideo: f({ video: { maxFileSize, maxFileCount: 1 } })
      .input(answerUploadInput)
      .middleware(uploadMiddleware(deps, "VIDEO"))
      .onUploadComplete(uploadComplete(deps)),
  } satisfies FileRouter;
}

export type AnswerFileRouter = ReturnType<typeof createAnswerFileRouter>;
