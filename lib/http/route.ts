import "server-only";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { readCapped, UploadTooLargeError } from "@/lib/storage/limited-stream";

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } } satisfies ErrorBody, { status });
}

/** Maps what a handler throws to `{ error: { code, message } }` with the right status. */
export function toErrorResponse(error: unknown): Response {
  if (isAppError(error)) return errorResponse(error.status, error.code, error.message);
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return errorResponse(422, "INVALID_INPUT", `${where}${issue?.message ?? "Invalid input."}`);
  }
  console.error("Unhandled route error", error);
  return errorResponse(500, "INTERNAL", "Something went wrong on our side. Nothing was lost; please try again.");
}

/** Wraps a route handler so every failure becomes a JSON error, never an HTML page or a stack trace. */
export function route<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** Parses a JSON body with `schema`; with `maxBytes`, the body is capped while it is read. */
export async function parseJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: { maxBytes?: number } = {},
): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    if (options.maxBytes === undefined) body = await request.json();
    else body = JSON.parse(new TextDecoder().decode(await readCapped(request.body, options.maxBytes)));
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      throw new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(options.maxBytes! / 1024 / 1024)} MB.`);
    }
    throw new z.ZodError([{ code: "custom", path: [], message: "The request body is not valid JSON.", input: undefined }]);
  }
  return schema.parse(body);
}
