import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * The latest measurements written by the evaluation scripts (bench/results/*.json), validated.
 * Missing or malformed files read as "not measured yet" rather than breaking the page.
 */
async function readResult<Schema extends z.ZodType>(file: string, schema: Schema): Promise<z.infer<Schema> | null> {
  try {
    const text = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "bench/results", file), "utf8");
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const sttResultSchema = z.object({ wer: z.number(), rtf: z.number(), n: z.number(), referenceWords: z.number(), measuredAt: z.string().optional() });

const ferResultSchema = z.object({
  accuracy: z.number(),
  macroF1: z.number(),
  n: z.number(),
  perClassRecall: z.record(z.string(), z.number()).optional(),
  confusionMatrix: z.array(z.array(z.number())).optional(),
  classes: z.array(z.string()).optional(),
});

export const sttMeasurement = (model: "base" | "tiny") => readResult(`stt-${model}.json`, sttResultSchema);
export type FerMeasurement = z.infer<typeof ferResultSchema>;
export const ferMeasurement = (modelId: string) => readResult(`fer-${modelId}.json`, ferResultSchema);
