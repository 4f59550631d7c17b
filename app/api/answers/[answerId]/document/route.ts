import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readBodyLimited } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";
import { recordId } from "@/lib/schemas/form";
import { documentNameSchema } from "@/lib/schemas/text-answers";
import { submitDocumentAnswer } from "@/lib/sessions/text-answers";
import { EmptyUploadError, UploadTooLargeError } from "@/lib/storage/limited-stream";

const paramsSchema = z.object({ answerId: recordId });

/**
 * A document (cover letter, CV) as a written answer. The body is the raw file, its name in the
 * x-file-name header; the type is read from the bytes (PDF, DOCX, TXT; others 415), the size is
 * capped at UPLOAD_MAX_BYTES as for recordings, and only the extracted text is kept.
 */
export const POST = route(async (request: Request, { params }: { params: Promise<{ answerId: string }> }) => {
  const viewer = await requireViewer("CANDIDATE");
  const { answerId } = paramsSchema.parse(await params);
  const fileName = documentNameSchema.parse(request.headers.get("x-file-name") ?? "document");
  const bytes = await readBodyLimited(request, env.UPLOAD_MAX_BYTES).catch((error: unknown) => {
    if (error instanceof UploadTooLargeError) throw new AppError("PAYLOAD_TOO_LARGE", error.message);
    if (error instanceof EmptyUploadError) throw new AppError("INVALID_INPUT", error.message);
    throw error;
  });
  const result = await submitDocumentAnswer(viewer, { answerId, bytes, fileName });
  return Response.json({ answerId, ...result }, { status: 201 });
});
