import { z } from "zod";
import { recordId } from "@/lib/schemas/form";
import { authorizeAnswerUpload, recordAnswerUpload, storageKeyFor } from "@/lib/answers/answer-media";
import { canReadCandidate } from "@/lib/auth/access";
import { requireViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { parseRange } from "@/lib/http/range";
import { activeDriverName, storageFor } from "@/lib/storage/drivers";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { localDriver } from "@/lib/storage/local-driver";
import { EmptyUploadError, inspectUpload, UnsupportedUploadError, UploadTooLargeError } from "@/lib/storage/limited-stream";

const paramsSchema = z.object({
  answerId: recordId,
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
 * With UploadThing as the driver, recordings go there (app/api/uploadthing) and this refuses them:
 * a file kept on this machine's disk would be out of reach of workers elsewhere.
 */
export const POST = route(async (request: Request, { params }: { params: Promise<{ answerId: string; kind: string }> }) => {
  if (activeDriverName() !== "LOCAL") throw new AppError("CONFLICT", "Recordings are uploaded through UploadThing on this server; reload the page and try again.");
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

/**
 * Plays back an answer's recording to someone allowed to read the candidate's reports (the
 * candidate, a coach they share with, an admin), with Range support so the replay can seek.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ answerId: string; kind: string }> }) => {
  const viewer = await requireViewer();
  const { answerId, kind } = paramsSchema.parse(await params);
  const answer = await db().answer.findUnique({
    where: { id: answerId },
    select: {
      candidateId: true,
      // A replacement waiting for its analysis is not the answer's recording yet.
      media: { where: { kind, pendingReplacement: false }, orderBy: { createdAt: "desc" }, take: 1, select: { key: true, driver: true, mimeType: true, sizeBytes: true } },
    },
  });
  const media = answer?.media[0];
  if (!answer || !media || !(await canReadCandidate(viewer, answer.candidateId))) {
    throw new AppError("NOT_FOUND", "No such recording, or you do not have access.");
  }
  const range = parseRange(request.headers.get("range"), media.sizeBytes);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${media.sizeBytes}`, "Cache-Control": "private, no-store" } });
  }
  const { stream } = await storageFor(media.driver).read(media.key, range ?? undefined);
  const headers: Record<string, string> = {
    "Content-Type": media.mimeType,
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, no-store",
  };
  if (!range) return new Response(stream, { headers: { ...headers, "Content-Length": String(media.sizeBytes) } });
  return new Response(stream, {
    status: 206,
    headers: { ...headers, "Content-Length": String(range.end - range.start + 1), "Content-Range": `bytes ${range.start}-${range.end}/${media.sizeBytes}` },
  });
});
