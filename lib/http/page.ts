import { notFound } from "next/navigation";
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
