import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/db";
import { isAppError } from "@/lib/errors";

export type ActionResult<Data = undefined> =
  | { ok: true; message?: string; data: Data }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string>;
      /** The failure was ours, not the input's: calling again may succeed. */
      retryable?: boolean;
      /** Where to go instead, shown as a link after the message ("Sign in"). */
      link?: { href: string; label: string };
    };

interface ActionOptions<Schema extends z.ZodType, Data> {
  schema: Schema;
  /** Roles allowed to call it; empty means any signed-in user. */
  roles?: Role[];
  handler: (input: z.infer<Schema>, viewer: Viewer) => Promise<Data>;
  /** Paths whose cached renders change after a successful call. */
  revalidate?: string[] | ((input: z.infer<Schema>, data: Data) => string[]);
  successMessage?: string | ((data: Data) => string);
}

/**
 * The one chain every server action goes through: parse input with zod -> load the viewer ->
 * check the role -> call one service -> revalidate. Services still check ownership themselves.
 */
export function createAction<Schema extends z.ZodType, Data>(options: ActionOptions<Schema, Data>) {
  return async (input: unknown): Promise<ActionResult<Data>> => {
    try {
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) return invalidResult(parsed.error);
      const viewer = await requireViewer(...(options.roles ?? []));
      const data = await options.handler(parsed.data, viewer);
      const paths =
        typeof options.revalidate === "function" ? options.revalidate(parsed.data, data) : (options.revalidate ?? []);
      // Route patterns such as /admin/banks/[bankId] revalidate every page of that route.
      for (const path of paths) revalidatePath(path, path.includes("[") ? "page" : undefined);
      const message =
        typeof options.successMessage === "function" ? options.successMessage(data) : options.successMessage;
      return { ok: true, data, message };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { ok: false, message: error.message };
      console.error("Unhandled action error", error);
      return { ok: false, message: "Something went wrong on our side. Nothing was saved; please try again.", retryable: true };
    }
  };
}

/** The same chain for `<form action>` with useActionState: reads FormData into an object first. */
export function createFormAction<Schema extends z.ZodType, Data>(options: ActionOptions<Schema, Data>) {
  const action = createAction(options);
  return (_previous: ActionResult<Data> | null, formData: FormData) => action(formDataToObject(formData));
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...(existing as unknown[]), value] : [existing, value];
  }
  return result;
}

function invalidResult(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, message: error.issues[0]?.message ?? "Check the highlighted fields.", fieldErrors };
}
