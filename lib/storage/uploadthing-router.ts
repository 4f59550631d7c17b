/**
 * UploadThing's file router for answer media (production driver). Its middleware and completion
 * callback are thin: they call the same authorisation and "record upload" functions as the local
 * upload route, injected here so the logic is unit-testable without the hosted service.
 */
import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError } from "uploadthing/server";
import { z } from "zod";
import { recordId } from "@/lib/schemas/form";
import type { UploadTarget, RecordedUpload } from "@/lib/answers/answer-media";
import type { Viewer } from "@/lib/auth/viewer";
import type { MediaKind } from "@/lib/db/generated/enums";

export interface AnswerUploadDeps {
  getViewer: () => Promise<Viewer | null>;
  authorizeAnswerUpload: (viewer: Viewer, answerId: string, kind: MediaKind) => Promise<UploadTarget>;
  recordAnswerUpload: (upload: RecordedUpload) => Promise<{ analysisJobId: string | null }>;
}

export const answerUploadInput = z.object({ answerId: recordId });

export function uploadMiddleware(deps: AnswerUploadDeps, kind: MediaKind) {
  return async ({ input }: { input: z.infer<typeof answerUploadInput> }): Promise<UploadTarget> => {
    const viewer = await deps.getViewer();
    if (!viewer || viewer.role !== "CANDIDATE") throw new UploadThingError({ code: "FORBIDDEN", message: "Sign in as the answer's candidate." });
    try {
      return await deps.authorizeAnswerUpload(viewer, input.answerId, kind);
    } catch (error) {
      throw new UploadThingError({ code: "FORBIDDEN", message: error instanceof Error ? error.message : "Not allowed." });
    }
  };
}

export function uploadComplete(deps: AnswerUploadDeps) {
  return async ({ metadata, file }: { metadata: UploadTarget; file: { key: string; type: string; size: number } }) => {
    const { analysisJobId } = await deps.recordAnswerUpload({
      ...metadata,
      key: file.key,
      driver: "UPLOADTHING",
      mimeType: file.type,
      sizeBytes: file.size,
    });
    return { answerId: metadata.answerId, analysisJobId };
  };
}

export function createAnswerFileRouter(deps: AnswerUploadDeps, maxFileSize: "64MB" | "512MB" = "64MB") {
  const f = createUploadthing();
  return {
    answerAudio: f({ audio: { maxFileSize, maxFileCount: 1 }, video: { maxFileSize, maxFileCount: 1 } })
      .input(answerUploadInput)
      .middleware(uploadMiddleware(deps, "AUDIO"))
      .onUploadComplete(uploadComplete(deps)),
    answerVideo: f({ video: { maxFileSize: "512MB", maxFileCount: 1 } })
      .input(answerUploadInput)
      .middleware(uploadMiddleware(deps, "VIDEO"))
      .onUploadComplete(uploadComplete(deps)),
  } satisfies FileRouter;
}
