import { createRouteHandler } from "uploadthing/next";
import { authorizeAnswerUpload, recordAnswerUpload } from "@/lib/answers/answer-media";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/route";
import { SNIFF_BYTES } from "@/lib/speech/media-sniff";
import { uploadthingDriver } from "@/lib/storage/uploadthing-driver";
import { createAnswerFileRouter } from "@/lib/storage/uploadthing-router";

/** Reads back what UploadThing stored: the first bytes for sniffing, and the real size. */
async function inspectStored(key: string) {
  const { stream, sizeBytes } = await uploadthingDriver.read(key, { start: 0, end: SNIFF_BYTES - 1 });
  return { head: new Uint8Array(await new Response(stream).arrayBuffer()), sizeBytes };
}

const handlers = env.UPLOADTHING_TOKEN
  ? createRouteHandler({
      router: createAnswerFileRouter({
        getViewer,
        authorizeAnswerUpload,
        recordAnswerUpload,
        inspectStored,
        deleteStored: (key) => uploadthingDriver.delete(key),
        maxBytes: env.UPLOAD_MAX_BYTES,
      }),
      config: { token: env.UPLOADTHING_TOKEN },
    })
  : null;

const disabled = async () => errorResponse(404, "NOT_FOUND", "UploadThing is not configured; uploads use local storage.");

export const GET = handlers?.GET ?? disabled;
export const POST = handlers?.POST ?? disabled;
