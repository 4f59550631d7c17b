// What the model cards publish, as zod schemas (pure): read by the cards (measurements.ts) and checked by
// `npm run figures:promote` before it copies an evaluation result into lib/model-cards/published/.
// No "server-only": the promote CLI imports it.
import { z } from "zod";

export const PUBLISHED_DIR = "lib/model-cards/published";

export const sttFiguresSchema = z.object({
  wer: z.number().min(0),
  rtf: z.number().positive(),
  n: z.number().int().positive(),
  referenceWords: z.number().int().positive(),
  measuredAt: z.string().optional(),
});

export const ferFiguresSchema = z.object({
  accuracy: z.number().min(0).max(1),
  macroF1: z.number().min(0).max(1),
  n: z.number().int().positive(),
  perClassRecall: z.record(z.string(), z.number()).optional(),
  confusionMatrix: z.array(z.array(z.number())).optional(),
  classes: z.array(z.string()).optional(),
});

/** The evaluations whose figures a model card shows, and the schema each must pass. */
export const PUBLISHED_EVALUATIONS = { stt: sttFiguresSchema, fer: ferFiguresSchema } as const;
export type PublishedEvaluation = keyof typeof PUBLISHED_EVALUATIONS;

/** lib/model-cards/published/<evaluation>-<model>.json, relative to the repository root. */
export function publishedFile(evaluation: PublishedEvaluation, model: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(model)) throw new Error(`not a model name: ${model}`);
  return `${PUBLISHED_DIR}/${evaluation}-${model}.json`;
}
