import "server-only";
import { z } from "zod";
import { isAppError } from "@/lib/errors";

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

export async function parseJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new z.ZodError([{ code: "custom", path: [], message: "The request body is not valid JSON.", input: undefined }]);
  }
  return schema.parse(body);
}
