import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { env, resolveFromRoot } from "@/lib/env";
import { errorResponse } from "@/lib/http/route";

/**
 * Serves MediaPipe's face_landmarker.task from FACE_LANDMARKER_MODEL (a path on the server) to the
 * browser's vision worker. No npm package ships this model, so it is configured, not bundled.
 */
export async function GET() {
  if (!env.FACE_LANDMARKER_MODEL) return errorResponse(404, "NOT_FOUND", "FACE_LANDMARKER_MODEL is not configured.");
  const file = resolveFromRoot(env.FACE_LANDMARKER_MODEL);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return errorResponse(404, "NOT_FOUND", "The configured face landmarker model file does not exist.");
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Length": String(info.size),
      "Cache-Control": "public, max-age=86400",
    },
  });
}
