import type { ActionResult } from "./action";

/**
 * Any form-bound server action, whatever its result data. Declared through a method signature so
 * its parameter is checked bivariantly: an action typed for ActionResult<{ id }> still fits a
 * component that only reads `ok` and `message`.
 */
export type AnyFormAction = {
  bivarianceHack(previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>>;
}["bivarianceHack"];
