/**
 * Registry of the model files the app ships, so a report can say exactly which model produced a number.
 * Pure data + lookups: safe in the browser, a worker, the server and Node scripts.
 * Paths are URL paths under public/ (served as /models/...). Checksums and sizes are verified against the
 * files by model-registry.test.ts; accuracy figures come from scripts/eval-fer.ts.
 */
import { FER2013, type TrainingData } from "../models/training-data";
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
  /** Median per-face latency in headless Chromium's tfjs wasm backend (eval-fer), where measured. */
  latencyMsChromium?: number;
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
  /** The licence of the weights (not of the data they learned from: see trainedOn). */
  license: string;
  trainedOn: TrainingData;
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
    license: "MIT (this repository; fine-tuned from @vladmandic/human's MIT-licensed models/emotion)",
    trainedOn: FER2013,
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
  "rehearse-fernet": {
    id: "rehearse-fernet",
    kind: "tfjs-layers",
    task: "emotion",
    path: "/models/rehearse-fernet/model.json",
    files: [
      { path: "/models/rehearse-fernet/model.json", sha256: "aa946b63d8dff9856ed8699409f2ea27b75ae32ae57e8701186b9ed69b5653ff", sizeBytes: 8023 },
      { path: "/models/rehearse-fernet/group1-shard1of1.bin", sha256: "d912346f7ac35f118628451e3f91d8660ea75df9378d2d4897b3ddffff16ec16", sizeBytes: 4693916 },
    ],
    version: "rehearse-fernet-2026.11.23",
    source: "trained from scratch in this repository (training/fer, --arch fernet: VGG-style, 4 blocks 32-64-128-256) on the FER2013 Training split",
    license: "MIT (this repository)",
    trainedOn: FER2013,
    inputSize: 48,
    normalisation: "minus-one-to-one",
    classOrder: FER_ORDER,
    output: "probabilities",
    // flip averaging: 69.38% -> 71.05% on PublicTest for twice the latency (still inside the 20 ms budget)
    flipByDefault: true,
    accuracy: {
      dataset: "FER2013 PublicTest",
      accuracy: 0.7105,
      macroF1: 0.6922,
      accuracyWithoutDuplicates: 0.693,
      n: 3589,
      flipAveraging: true,
      latencyMsNodeWasm: 19.1,
      latencyMsChromium: 18.7,
      measuredWith: "scripts/eval-fer.ts ../shared/data/fer2013/PublicTest --model rehearse-fernet",
      measuredOn: "2026-11-23",
      notes:
        "without flip: 69.38% (torch, compare_ensembles.py); 140 epochs (240 min on 2 CPU cores), the EMA weights of the last 20 averaged; idle machine",
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
    license: "MIT (@vladmandic/human; oarriaga/face_classification, MIT)",
    trainedOn: FER2013,
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
/** The networks trained in training/fer, whose files this repository commits (parity-tested against torch). */
export const OUR_EMOTION_MODEL_IDS = ["rehearse-fernet", "rehearse-fer"] as const satisfies readonly EmotionModelId[];

/** One network of a choice, with its mirror setting and its weight in the average. */
export interface EmotionMember {
  model: EmotionModelId;
  flip: boolean;
  weight: number;
}

/**
 * Several networks averaged (each with its own input size and preprocessing). An ensemble is chosen and
 * recorded like a single model: its id, and a version made of its members' versions.
 */
export interface EmotionEnsembleEntry {
  id: string;
  task: "emotion";
  /** weight: the member's share of the average (normalised over the members). */
  members: readonly EmotionMember[];
  description: string;
  accuracy: MeasuredAccuracy | null;
}

export const EMOTION_ENSEMBLES = {
  "rehearse-ensemble": {
    id: "rehearse-ensemble",
    task: "emotion",
    members: [
      { model: "rehearse-fernet", flip: false, weight: 0.65 },
      { model: "rehearse-fer", flip: false, weight: 0.35 },
    ],
    description: "the weighted average of our two networks: the from-scratch VGG-style net (48 px) and the fine-tuned mini-Xception (64 px)",
    // members, flips and weights chosen with training/fer/compare_ensembles.py (RESULTS.md)
    accuracy: {
      dataset: "FER2013 PublicTest",
      accuracy: 0.7077,
      macroF1: 0.6967,
      accuracyWithoutDuplicates: 0.689,
      n: 3589,
      flipAveraging: false,
      latencyMsNodeWasm: 15.94,
      latencyMsChromium: 15.5,
      measuredWith: "scripts/eval-fer.ts ../shared/data/fer2013/PublicTest --model rehearse-ensemble",
      measuredOn: "2026-11-23",
      notes:
        "2 single network runs per face: 3 ms faster than rehearse-fernet with flip, 0.3 points less accurate; the member weights were picked on PublicTest from a coarse grid, so the figure is slightly optimistic",
    },
  },
} as const satisfies Record<string, EmotionEnsembleEntry>;

/** What EMOTION_MODEL can name: one network or an ensemble. */
export type EmotionChoiceId = EmotionModelId | keyof typeof EMOTION_ENSEMBLES;
export const EMOTION_CHOICE_IDS = [...EMOTION_MODEL_IDS, ...Object.keys(EMOTION_ENSEMBLES)] as [EmotionChoiceId, ...EmotionChoiceId[]];
export const DEFAULT_EMOTION_MODEL: EmotionChoiceId = "rehearse-fernet";

/** Every registered model; the vision contributor appends detector/mesh/iris entries here. */
export const MODEL_REGISTRY: readonly ModelEntry[] = [...Object.values(EMOTION_MODELS)];

export function isEmotionModelId(id: string): id is EmotionModelId {
  return Object.hasOwn(EMOTION_MODELS, id);
}

export function isEmotionChoiceId(id: string): id is EmotionChoiceId {
  return isEmotionModelId(id) || Object.hasOwn(EMOTION_ENSEMBLES, id);
}

export function getEmotionModel(id: EmotionModelId): EmotionModelEntry {
  return EMOTION_MODELS[id];
}

/** The networks a choice runs, each with its mirror-averaging setting: a single model is a one-member ensemble. */
export function emotionMembers(id: EmotionChoiceId): readonly EmotionMember[] {
  if (isEmotionModelId(id)) return [{ model: id, flip: EMOTION_MODELS[id].flipByDefault, weight: 1 }];
  return EMOTION_ENSEMBLES[id].members;
}

/** The measured accuracy of a choice, for reports and model cards. */
export function emotionAccuracy(id: EmotionChoiceId): MeasuredAccuracy | null {
  return isEmotionModelId(id) ? EMOTION_MODELS[id].accuracy : EMOTION_ENSEMBLES[id].accuracy;
}

/** The version recorded for networks run together: their versions joined by "+". */
export function combinedVersion(entries: readonly Pick<EmotionModelEntry, "version">[]): string {
  return entries.map((entry) => entry.version).join("+");
}

/**
 * The accuracy to show next to expression figures: that of the expression model a report recorded, only
 * when the recorded version is the one measured (older answers keep their numbers but not today's figure).
 */
export function recordedEmotionAccuracy(models: readonly { id: string; version: string }[]): MeasuredAccuracy | null {
  for (const { id, version } of models) {
    if (!isEmotionChoiceId(id)) continue;
    const current = combinedVersion(emotionMembers(id).map((m) => EMOTION_MODELS[m.model]));
    return version === current ? emotionAccuracy(id) : null;
  }
  return null;
}

export function getModel(id: string): ModelEntry | undefined {
  return MODEL_REGISTRY.find((m) => m.id === id);
}
