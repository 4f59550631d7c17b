// Messages between the pipeline and the vocal-expression thread (zod at the thread boundary). Pure.
import { z } from "zod";
import { vocalExpressionSchema } from "./schema";

export const threadRequestSchema = z.object({
  id: z.number().int(),
  samples: z.custom<Float32Array>((value) => value instanceof Float32Array, "samples must be a Float32Array"),
  sampleRate: z.number().positive(),
  speech: z.array(z.object({ start: z.number(), end: z.number() })),
  nodeModulesDir: z.string().min(1),
});
export type ThreadRequest = z.infer<typeof threadRequestSchema>;

export const threadReplySchema = z.discriminatedUnion("ok", [
  z.object({ id: z.number().int(), ok: z.literal(true), value: vocalExpressionSchema.nullable() }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type ThreadReply = z.infer<typeof threadReplySchema>;
