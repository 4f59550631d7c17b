/**
 * Node-side loading of the Human models from node_modules (the browser loads the copies in
 * public/models/human/).
 * Uses node:fs through node-model-loader, so browser code must never import this file.
 */
import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { fileModelHandler, initNodeWasmBackend, publicFilePath } from "../node-model-loader";
import { loadEmotionAdapter } from "../engines/emotion-adapter";
import { getEmotionModel, type EmotionChoiceId, type EmotionModelId } from "../model-registry";
import { TfjsFaceEngine, type HumanModelName } from "../engines/tfjs-face-engine";

export function humanModelsDir(): string {
  // The package's "exports" hide package.json; its main entry lives in <package>/dist/.
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@vladmandic/human")), "..", "models");
}

/** The model.json of a registered emotion network on disk: Human's from its npm package (always installed), ours from public/. */
export function emotionModelFile(id: EmotionModelId, repoRoot = process.cwd()): string {
  return id === "human-emotion" ? path.join(humanModelsDir(), "emotion.json") : publicFilePath(getEmotionModel(id).path, repoRoot);
}

export async function loadHumanModel(name: HumanModelName): Promise<tf.GraphModel> {
  return tf.loadGraphModel(fileModelHandler(path.join(humanModelsDir(), `${name}.json`)));
}

/**
 * The default engine on tfjs's wasm backend in Node. Emotion model: Human's by default (always
 * installed); other registry models load from public/ and fall back to Human's when missing.
 */
export async function createNodeTfjsEngine(options: { emotion?: boolean; emotionModel?: EmotionChoiceId } = {}): Promise<TfjsFaceEngine> {
  await initNodeWasmBackend(tf);
  let emotion = null;
  if (options.emotion !== false) {
    const { adapter } = await loadEmotionAdapter(tf, options.emotionModel ?? "human-emotion", (id) => fileModelHandler(emotionModelFile(id)));
    emotion = adapter;
  }
  return TfjsFaceEngine.create({ tf, load: loadHumanModel, emotion });
}
