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

const share = z.number().min(0).max(1);

/** `npm run eval:gaze`: eye contact and direction against human labels, per engine. */
export const gazeFiguresSchema = z.object({
  engine: z.string(),
  algorithmVersion: z.string(),
  calibrated: z.boolean(),
  videos: z.array(z.object({ file: z.string(), eyeContactShare: share.nullable(), labelAtCameraShare: share.nullable(), frameAgreement: share.nullable() })),
  overall: z.object({
    videos: z.number().int().positive(),
    labelledFrames: z.number().int().positive(),
    eyeContactMeanAbsError: share.nullable(),
    eyeContactMaxAbsError: share.nullable(),
    videosWithin10Points: z.number().int().nonnegative(),
    frameAgreement: share.nullable(),
    closedReadAsDirection: z.number().int().nonnegative(),
    confusion: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
  }),
  measuredAt: z.string().optional(),
});

/** The gaze engines a card is published for (the eval's --engine values). */
export const GAZE_CARD_ENGINES = ["tfjs", "mediapipe"] as const;

/** The evaluations whose figures a model card shows, and the schema each must pass. */
export const PUBLISHED_EVALUATIONS = { stt: sttFiguresSchema, fer: ferFiguresSchema, gaze: gazeFiguresSchema } as const;
export type PublishedEvaluation = keyof typeof PUBLISHED_EVALUATIONS;

/** lib/model-cards/published/<evaluation>-<model>.json, relative to the repository root. */
export function publishedFile(evaluation: PublishedEvaluation, model: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(model)) throw new Error(`not a model name: ${model}`);
  return `${PUBLISHED_DIR}/${evaluation}-${model}.json`;
}
