import { createRouteHandler } from "uploadthing/next";
import { authorizeAnswerUpload, recordAnswerUpload } from "@/lib/answers/answer-media";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/route";
import { createAnswerFileRouter } from "@/lib/storage/uploadthing-router";

const handlers = env.UPLOADTHING_TOKEN
  ? createRouteHandler({
      router: createAnswerFileRouter({ getViewer, authorizeAnswerUpload, recordAnswerUpload }),
      config: { token: env.UPLOADTHING_TOKEN },
    })
  : null;

const disabled = async () => errorResponse(404, "NOT_FOUND", "UploadThing is not configured; uploads use local storage.");

export const GET = handlers?.GET ?? disabled;
export const POST = handlers?.POST ?? disabled;
