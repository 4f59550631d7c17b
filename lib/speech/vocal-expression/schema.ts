// The vocal-expression part of a stored speech analysis (zod). Pure; shared by the pipeline and the UI.
import { z } from "zod";
import { VOCAL_CLASSES } from "./classes";

const share = z.number().min(0).max(1);
export const vocalDistributionSchema = z.object(Object.fromEntries(VOCAL_CLASSES.map((c) => [c, share])) as Record<(typeof VOCAL_CLASSES)[number], typeof share>);
export type VocalDistribution = z.infer<typeof vocalDistributionSchema>;

export const vocalExpressionSchema = z.object({
  model: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
  /** Voiced windows (2-3 s) with the model's class probabilities: the timeline track. */
  windows: z.array(z.object({ start: z.number().nonnegative(), end: z.number().nonnegative(), probabilities: vocalDistributionSchema })),
  /** Mean probabilities over the windows, weighted by window length. */
  distribution: vocalDistributionSchema,
  dominant: z.enum(VOCAL_CLASSES).nullable(),
  /** Seconds of speech covered by the windows: how much the distribution rests on. */
  voicedSec: z.number().nonnegative(),
  processingMs: z.number().nonnegative(),
});

export type VocalExpression = z.infer<typeof vocalExpressionSchema>;
