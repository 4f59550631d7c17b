import { notFound } from "next/navigation";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";

/**
 * For server-rendered pages: a service's NOT_FOUND (missing, or someone else's) becomes the 404 page;
 * any other error propagates.
 */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}

/**
 * Parses a page's params or search params; anything malformed (a 101-character query, page=0,
 * an unknown role) renders the 404 page instead of failing with a 500.
 */
export function parsePageInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) notFound();
  return parsed.data;
}
