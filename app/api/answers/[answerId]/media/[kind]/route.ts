import { z } from "zod";
import { authorizeAnswerUpload, recordAnswerUpload, storageKeyFor } from "@/lib/answers/answer-media";
import { requireViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { localDriver } from "@/lib/storage/local-driver";
import { EmptyUploadError, inspectUpload, UnsupportedUploadError, UploadTooLargeError } from "@/lib/storage/limited-stream";

const paramsSchema = z.object({
  answerId: z.string().min(1).max(40),
  kind: z.enum(["audio", "video"]).transform((kind) => (kind === "audio" ? ("AUDIO" as const) : ("VIDEO" as const))),
});

function uploadError(error: unknown): never {
  if (error instanceof UploadTooLargeError) throw new AppError("PAYLOAD_TOO_LARGE", error.message);
  if (error instanceof UnsupportedUploadError) throw new AppError("UNSUPPORTED_MEDIA", error.message);
  if (error instanceof EmptyUploadError) throw new AppError("INVALID_INPUT", error.message);
  throw error;
}

/**
 * Uploads an answer's recording to local storage (the default driver). The body is the raw file;
 * its type is read from its first bytes, its size is capped while streaming, and a failed upload
 * leaves no file and no record behind. Re-uploading replaces the earlier file and its analysis.
 */
export const POST = route(async (request: Request, { params }: { params: Promise<{ answerId: string; kind: string }> }) => {
  const viewer = await requireViewer("CANDIDATE");
  const { answerId, kind } = paramsSchema.parse(await params);
  const target = await authorizeAnswerUpload(viewer, answerId, kind);

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > env.UPLOAD_MAX_BYTES) uploadError(new UploadTooLargeError(env.UPLOAD_MAX_BYTES));
  if (!request.body) uploadError(new EmptyUploadError());

  const { media, stream } = await inspectUpload(request.body, env.UPLOAD_MAX_BYTES).catch(uploadError);
  const key = storageKeyFor(target, media.mime);
  const stored = await localDriver.write(key, stream).catch(uploadError);
  try {
    const { analysisJobId } = await recordAnswerUpload({ ...target, key, driver: "LOCAL", mimeType: media.mime, sizeBytes: stored.sizeBytes });
    return Response.json({ answerId, kind: media.kind, sizeBytes: stored.sizeBytes, analysisJobId }, { status: 201 });
  } catch (error) {
    await localDriver.delete(key);
    throw error;
  }
});
