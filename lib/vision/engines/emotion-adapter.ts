/**
 * Thin adapter between the engines and the facial-expression classifier, so the engines do not
 * depend on how a model is loaded or batched. It wraps lib/vision/emotion's EmotionClassifier (our own
 * FER model or Human's mini-Xception, chosen by registry id); preprocessing (aligned grey crop) is
 * that module's, so the live engine and the FER evaluation see identical crops.
 */
import type * as tf from "@tensorflow/tfjs";
import { EmotionClassifier } from "../emotion/classifier";
import type { FaceRegion, RawImage } from "../emotion/preprocess";
import type { EmotionModelId } from "../model-registry";
import type { EmotionProbabilities, ModelRef } from "../schemas";

export interface EmotionAdapter {
  readonly model: ModelRef;
  classify(image: RawImage, region: FaceRegion): Promise<EmotionProbabilities>;
  dispose(): void;
}

/** The mesh box runs from forehead to chin; FER2013 crops are about that tight, plus a small margin. */
export const LIVE_FACE_SCALE = 1.1;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

export function classifierEmotionAdapter(classifier: EmotionClassifier): EmotionAdapter {
  return {
    model: { id: classifier.entry.id, version: classifier.entry.version },
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

/**
 * Loads the requested registry model; if it cannot be loaded (e.g. our own model is not trained or
 * copied yet) falls back to Human's model. The adapter's model id always says which one runs.
 */
export async function loadEmotionAdapter(
  tfjs: typeof tf,
  modelId: EmotionModelId,
  source?: (id: EmotionModelId) => string | tf.io.IOHandler | undefined,
): Promise<{ adapter: EmotionAdapter; warning: string | null }> {
  try {
    const classifier = await EmotionClassifier.load(tfjs, { modelId, source: source?.(modelId), faceScale: LIVE_FACE_SCALE });
    return { adapter: classifierEmotionAdapter(classifier), warning: null };
  } catch (error) {
    if (modelId === "human-emotion") throw error;
    const classifier = await EmotionClassifier.load(tfjs, { modelId: "human-emotion", source: source?.("human-emotion"), faceScale: LIVE_FACE_SCALE });
    const reason = error instanceof Error ? error.message : String(error);
    return { adapter: classifierEmotionAdapter(classifier), warning: `emotion model ${modelId} unavailable (${reason}); using human-emotion` };
  }
}
