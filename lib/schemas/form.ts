import { z } from "zod";

/** A database record id (cuid) as it arrives in a form, a route parameter or a JSON body. */
export const recordId = z.string().min(1).max(40);

/**
 * A boolean from an HTML form. A checkbox is often paired with a hidden "false" input so that
 * unchecking is submitted too; then both values arrive and the last one (the checkbox) wins.
 */
export const formCheckbox = z
  .union([z.boolean(), z.string(), z.array(z.string())])
  .transform((value) => {
    const last = Array.isArray(value) ? value.at(-1) : value;
    return last === true || last === "on" || last === "true";
  });
