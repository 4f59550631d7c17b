import { z } from "zod";
import { recordId } from "@/lib/schemas/form";
import { storeVisionResults } from "@/lib/answers/store-results";
import { requireViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseJsonBody, route } from "@/lib/http/route";
import { visionUploadSchema } from "@/lib/vision/schemas";

/** A 10-minute answer's 4 Hz timeline is ~400 kB of JSON; anything far bigger is not ours. */
const MAX_VISION_BYTES = 2 * 1024 * 1024;
const paramsSchema = z.object({ answerId: recordId });

/** Stores the features the browser measured for one answer (never video frames). */
export const POST = route(async (request: Request, { params }: { params: Promise<{ answerId: string }> }) => {
  const viewer = await requireViewer("CANDIDATE");
  const { answerId } = paramsSchema.parse(await params);
  const answer = await db().answer.findFirst({ where: { id: answerId, candidateId: viewer.id }, select: { id: true } });
  if (!answer) throw new AppError("NOT_FOUND", "No such answer, or it is not yours.");
  // Capped while reading: a missing or false Content-Length changes nothing.
  const payload = await parseJsonBody(request, visionUploadSchema, { maxBytes: MAX_VISION_BYTES });
  await storeVisionResults(answer.id, payload);
  return Response.json({ answerId: answer.id, stored: true }, { status: 201 });
});
