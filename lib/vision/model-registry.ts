/**
 * Registry of the model files the app ships, so a report can say exactly which model produced a number.
 * Pure data + lookups: safe in the browser, a worker, the server and Node scripts.
 * Paths are URL paths under public/ (served as /models/...). Checksums and sizes are verified against the
 * files by model-registry.test.ts; accuracy figures come from scripts/eval-fer.ts.
 */
import type { Normalisation } from "./emotion/preprocess";

export interface ModelFile {
  /** URL path under public/, e.g. "/models/rehearse-fer/model.json". */
  path: string;
  sha256: string;
  sizeBytes: number;
}

/** How a tfjs model must be loaded. Other kinds (e.g. a MediaPipe .task) can be added by their owners. */
export type ModelKind = "tfjs-layers" | "tfjs-graph" | "mediapipe-task";

export interface MeasuredAccuracy {
  dataset: string;
  accuracy: number;
  macroF1: number;
  /** Accuracy on the test images that are not pixel-identical to a training image. */
  accuracyWithoutDuplicates: number | null;
  n: number;
  flipAveraging: boolean;
  /** Median per-face latency in Node's tfjs wasm backend (includes flip averaging when on). */
  latencyMsNodeWasm: number;
  measuredWith: string;
  measuredOn: string;
  notes?: string;
}

interface BaseModelEntry {
  id: string;
  kind: ModelKind;
  /** What the model is for; owners of other tasks add their own strings (face detector, mesh, iris ...). */
  task: string;
  /** The file to load (model.json for tfjs). */
  path: string;
  files: ModelFile[];
  version: string;
  source: string;
  license: string;
}

export interface EmotionModelEntry extends BaseModelEntry {
  task: "emotion";
  kind: "tfjs-layers" | "tfjs-graph";
  /** Square grey input side in pixels: input tensor [n, inputSize, inputSize, 1]. */
  inputSize: number;
  normalisation: Normalisation;
  /** The model's output order; postprocess.toCanonical maps it to EMOTIONS. */
  classOrder: readonly string[];
  /** Whether the last layer already applies softmax. */
  output: "probabilities" | "logits";
  /** Whether averaging with the mirrored face improved accuracy enough to be the default. */
  flipByDefault: boolean;
  accuracy: MeasuredAccuracy | null;
}

export type ModelEntry = EmotionModelEntry | (BaseModelEntry & { task: Exclude<string, "emotion"> });

const FER_ORDER = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"] as const;

export const EMOTION_MODELS = {
  "rehearse-fer": {
    id: "rehearse-fer",
    kind: "tfjs-graph",
    task: "emotion",
    path: "/models/rehearse-fer/model.json",
    files: [
      { path: "/models/rehearse-fer/model.json", sha256: "bde68edb47a8ac8345e106fb63a2118658cb809794ae650a5584de512c441048", sizeBytes: 30473 },
      { path: "/models/rehearse-fer/group1-shard1of1.bin", sha256: "c62abdc3ed381876d4426e7e1bcd6b26e77a87f5f947a1d2dec1aef34446c701", sizeBytes: 820516 },
    ],
    version: "rehearse-fer-2026.11.22",
    source:
      "fine-tuned in this repository (training/fer, --arch xception) from @vladmandic/human's mini-Xception on the FER2013 Training split; same graph topology",
    license: "MIT (derived from @vladmandic/human models/emotion); trained on FER2013 (research use)",
    inputSize: 64,
    normalisation: "minus-one-to-one",
    classOrder: FER_ORDER,
    output: "probabilities",
    // flip averaging: 65.39% -> 66.48% on PublicTest for about twice the latency (~12 ms in Node wasm)
    flipByDefault: true,
    accuracy: {
      dataset: "FER2013 PublicTest",
      accuracy: 0.6648,
      macroF1: 0.6583,
      accuracyWithoutDuplicates: 0.644,
      n: 3589,
      flipAveraging: true,
      latencyMsNodeWasm: 12.21,
      measuredWith: "scripts/eval-fer.ts ../shared/data/fer2013/PublicTest --model rehearse-fer",
      measuredOn: "2026-11-22",
      notes: "without flip: 65.39% (63.22% without duplicates), 6.26 ms median; 2 shared CPU cores",
    },
  },
  "human-emotion": {
    id: "human-emotion",
    kind: "tfjs-graph",
    task: "emotion",
    path: "/models/human/emotion.json",
    files: [
      { path: "/models/human/emotion.json", sha256: "56f7e557eb0c863a8b9ab04ac7ccba756e93bf2c27dce135ef0e8712b80b7ad2", sizeBytes: 17980 },
      { path: "/models/human/emotion.bin", sha256: "927ac8224f356ab1e68c2bcfbfa07b0c8567047d1bcf817388ba6e38214c4987", sizeBytes: 820516 },
    ],
    version: "@vladmandic/human@3.3.6 models/emotion",
    source: "mini-Xception (oarriaga/face_classification), converted by @vladmandic/human",
    license: "MIT (@vladmandic/human); trained on FER2013 (research use)",
    inputSize: 64,
    normalisation: "minus-one-to-one",
    classOrder: FER_ORDER,
    output: "probabilities",
    // flip averaging: 65.31% -> 65.90% on PublicTest for about twice the latency
    flipByDefault: true,
    accuracy: {
      dataset: "FER2013 PublicTest",
      accuracy: 0.659,
      macroF1: 0.6465,
      accuracyWithoutDuplicates: 0.6377,
      n: 3589,
      flipAveraging: true,
      latencyMsNodeWasm: 12.23,
      measuredWith: "scripts/eval-fer.ts ../shared/data/fer2013/PublicTest --model human-emotion",
      measuredOn: "2026-11-22",
      notes: "without flip: 65.31% (63.16% without duplicates), 6.35 ms median; 2 shared CPU cores",
    },
  },
} as const satisfies Record<string, EmotionModelEntry>;

export type EmotionModelId = keyof typeof EMOTION_MODELS;
export const EMOTION_MODEL_IDS = Object.keys(EMOTION_MODELS) as EmotionModelId[];
export const DEFAULT_EMOTION_MODEL: EmotionModelId = "rehearse-fer";

/** Every registered model; the vision contributor appends detector/mesh/iris entries here. */
export const MODEL_REGISTRY: readonly ModelEntry[] = [...Object.values(EMOTION_MODELS)];

export function isEmotionModelId(id: string): id is EmotionModelId {
  return Object.hasOwn(EMOTION_MODELS, id);
}

export function getEmotionModel(id: EmotionModelId = DEFAULT_EMOTION_MODEL): EmotionModelEntry {
  return EMOTION_MODELS[id];
}

export function getModel(id: string): ModelEntry | undefined {
  return MODEL_REGISTRY.find((m) => m.id === id);
}
