import { z } from "zod";
import { recordId as id } from "./form";


export const startSessionSchema = z.object({
  bankId: id,
  /** A custom subset of the bank's questions, in the bank's order; empty means all. */
  questionIds: z.array(id).max(100).default([]),
  mode: z.enum(["LIVE", "AUDIO_ONLY", "TEXT"]).default("LIVE"),
});

export const answerEventSchema = z.object({
  answerId: id,
  event: z.enum(["started", "finished", "skipped"]),
  /** Seconds actually answered, for "finished". */
  durationSec: z.number().min(0).max(3600).optional(),
});

export const sessionIdSchema = z.object({ sessionId: id });

export const calibrationInputSchema = z.object({
  sessionId: id,
  /** null: the candidate skipped calibration; defaults are used and the report says so. */
  calibration: z
    .object({
      yawOffset: z.number().min(-90).max(90),
      pitchOffset: z.number().min(-90).max(90),
      yawGain: z.number().min(0.1).max(10),
      pitchGain: z.number().min(0.1).max(10),
      residualDeg: z.number().min(0),
      sampleCount: z.number().int().min(0),
    })
    .nullable(),
});
