/**
 * Thin adapter between the engines and the facial-expression classifier, so the engines do not
 * depend on how a model is loaded or batched. It wraps lib/vision/emotion's EmotionEnsemble (our networks
 * or Human's mini-Xception, alone or averaged, chosen by registry id); preprocessing (aligned grey crop) is
 * that module's, so the live engine and the FER evaluation see identical crops.
 */
import type * as tf from "@tensorflow/tfjs";
import { clamp01 } from "../../stats";
import { EmotionEnsemble } from "../emotion/classifier";
import type { FaceRegion, RawImage } from "../emotion/preprocess";
import { emotionMembers, type EmotionChoiceId, type EmotionModelId } from "../model-registry";
import type { EmotionProbabilities, ModelRef } from "../schemas";

export interface EmotionAdapter {
  readonly model: ModelRef;
  classify(image: RawImage, region: FaceRegion): Promise<EmotionProbabilities>;
  dispose(): void;
}

/** The mesh box runs from forehead to chin; FER2013 crops are about that tight, plus a small margin. */
export const LIVE_FACE_SCALE = 1.1;

/** Human's mini-Xception ships inside an npm package, so it is always there to fall back on. */
const FALLBACK_EMOTION_MODEL = "human-emotion";

/** Wraps a loaded classifier (one network or several averaged) under the id it was chosen by. */
export function emotionAdapter(model: ModelRef, classifier: EmotionEnsemble): EmotionAdapter {
  return {
    model,
    async classify(image, region) {
      const [result] = await classifier.classify([{ image, region }]);
      if (!result) throw new Error("emotion classifier returned no result");
      const s = result.scores;
      return {
        angry: clamp01(s.angry),
        disgust: clamp01(s.disgust),
        fear: clamp01(s.fear),
        happy: clamp01(s.happy),
        sad: clamp01(s.sad),
        surprise: clamp01(s.surprise),
        neutral: clamp01(s.neutral),
      };
    },
    dispose() {
      classifier.dispose();
    },
  };
}

type ModelSource = (id: EmotionModelId) => string | tf.io.IOHandler | undefined;

async function loadChoice(tfjs: typeof tf, choice: EmotionChoiceId, source?: ModelSource): Promise<EmotionAdapter> {
  const classifier = await EmotionEnsemble.load(
    tfjs,
    emotionMembers(choice).map((m) => ({ modelId: m.model, flip: m.flip, weight: m.weight, source: source?.(m.model), faceScale: LIVE_FACE_SCALE })),
  );
  return emotionAdapter({ id: choice, version: classifier.version }, classifier);
}

/**
 * Loads the configured model or ensemble; if it cannot be loaded (e.g. a model file is missing) falls back
 * to Human's model. The adapter's model id always says which one runs.
 */
export async function loadEmotionAdapter(
  tfjs: typeof tf,
  choice: EmotionChoiceId,
  source?: ModelSource,
): Promise<{ adapter: EmotionAdapter; warning: string | null }> {
  try {
    return { adapter: await loadChoice(tfjs, choice, source), warning: null };
  } catch (error) {
    if (choice === FALLBACK_EMOTION_MODEL) throw error;
    const adapter = await loadChoice(tfjs, FALLBACK_EMOTION_MODEL, source);
    const reason = error instanceof Error ? error.message : String(error);
    return { adapter, warning: `emotion model ${choice} unavailable (${reason}); using ${FALLBACK_EMOTION_MODEL}` };
  }
}
