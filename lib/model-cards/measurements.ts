import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { ferFiguresSchema, gazeFiguresSchema, publishedFile, sttFiguresSchema, type PublishedEvaluation } from "./figures-schema";

/**
 * The figures the model cards publish: lib/model-cards/published/*.json, tracked, changed only by
 * `npm run figures:promote` (never by an evaluation run, which writes git-ignored bench/results/).
 * Missing or malformed files read as "not measured yet" rather than breaking the page.
 */
async function readPublished<Schema extends z.ZodType>(evaluation: PublishedEvaluation, model: string, schema: Schema): Promise<z.infer<Schema> | null> {
  try {
    const text = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), publishedFile(evaluation, model)), "utf8");
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const sttMeasurement = (model: "base" | "tiny") => readPublished("stt", model, sttFiguresSchema);
export type FerMeasurement = z.infer<typeof ferFiguresSchema>;
export const ferMeasurement = (modelId: string) => readPublished("fer", modelId, ferFiguresSchema);
export type GazeMeasurement = z.infer<typeof gazeFiguresSchema>;
export const gazeMeasurement = (engine: "tfjs" | "mediapipe") => readPublished("gaze", engine, gazeFiguresSchema);
