// One window's feature vector: [encoder mean | encoder std | prosody]. The training extractor and the app
// both call windowFeatures, so the classifier sees the same numbers it was trained on.
import type { SttModelName } from "../models";
import type { Segment } from "../words";
import { encoderEmbedding } from "./embedding";
import { normaliseLevel } from "./normalise";
import { prosodyFeatures } from "./prosody";

export interface WindowFeatures {
  embedding: Float32Array;
  prosody: Float32Array;
}

export function windowSamples(samples: Float32Array, sampleRate: number, w: Segment): Float32Array {
  return normaliseLevel(samples.subarray(Math.max(0, Math.floor(w.start * sampleRate)), Math.min(samples.length, Math.ceil(w.end * sampleRate))));
}

export async function windowFeatures(
  samples: Float32Array,
  sampleRate: number,
  w: Segment,
  encoderModel: SttModelName,
  nodeModulesDir: string,
): Promise<WindowFeatures> {
  const x = windowSamples(samples, sampleRate, w);
  return { embedding: await encoderEmbedding(x, encoderModel, nodeModulesDir), prosody: prosodyFeatures(x, sampleRate) };
}
