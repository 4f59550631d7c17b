// Options of the speech pipeline, validated with zod. No "server-only": imported by CLI scripts.
import path from "node:path";
import { z } from "zod";
import { STT_MODELS } from "./models";

export const speechOptionsSchema = z.object({
  /** Moonshine size: base (default, more accurate) or tiny (about 2x faster). */
  sttModel: z.enum(STT_MODELS).default("base"),
  /**
   * false for people who stutter (or who ask not to be scored on it): fillers, repetitions and
   * stammers are still listed but flagged as excluded from scores.
   */
  disfluencyScoring: z.boolean().default(true),
  /** Run pocketsphinx forced alignment (word times, recovered repeats). Falls back to VAD estimates. */
  align: z.boolean().default(true),
  /** Classify vocal expression over voiced windows (lib/speech/vocal-expression). */
  vocalExpression: z.boolean().default(true),
  nodeModulesDir: z.string().min(1).default(() => path.resolve(process.cwd(), "node_modules")),
  ffmpegPath: z.string().min(1).default("ffmpeg"),
  pocketsphinxPath: z.string().min(1).default("pocketsphinx_continuous"),
});

export type SpeechOptions = z.output<typeof speechOptionsSchema>;
export type SpeechOptionsInput = z.input<typeof speechOptionsSchema>;

/** Environment variables this module understands (the app's lib/env.ts can embed this schema). */
export const speechEnvSchema = z.object({
  STT_MODEL: z.enum(STT_MODELS).optional(),
});

/** Builds options from an environment record (pass process.env from the caller, or the app's parsed env). */
export function speechOptionsFromEnv(env: Record<string, string | undefined>, overrides: SpeechOptionsInput = {}): SpeechOptions {
  const e = speechEnvSchema.parse({ STT_MODEL: env.STT_MODEL || undefined });
  return speechOptionsSchema.parse({ ...(e.STT_MODEL ? { sttModel: e.STT_MODEL } : {}), ...overrides });
}
