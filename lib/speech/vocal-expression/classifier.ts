// Loads the vocal-expression model (ONNX on onnxruntime-node) with its metadata, and classifies feature
// vectors. No "server-only": the eval CLI imports it. Sessions are cached per process (../onnx).
import { readFileSync } from "node:fs";
import path from "node:path";
import { VOCAL_EXPRESSION_MODEL } from "../models";
import { getSession, ort } from "../onnx";
import { vocalModelMetaSchema, type VocalModelMeta } from "./model-meta";
import type { WindowFeatures } from "./features";

const metas = new Map<string, VocalModelMeta>();

/** The project root: the speech options carry node_modules' path, and the model sits beside it in the repo. */
export function projectDirOf(nodeModulesDir: string): string {
  return path.dirname(nodeModulesDir);
}

export function loadVocalModelMeta(projectDir: string): VocalModelMeta {
  const file = path.join(/*turbopackIgnore: true*/ projectDir, VOCAL_EXPRESSION_MODEL.meta);
  let meta = metas.get(file);
  if (!meta) {
    meta = vocalModelMetaSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    metas.set(file, meta);
  }
  return meta;
}

/** [embedding | prosody], checked against the lengths the model was trained with. */
export function featureVector(f: WindowFeatures, meta: VocalModelMeta): Float32Array {
  if (f.embedding.length !== 2 * meta.embeddingDim || f.prosody.length !== meta.prosodyFeatureNames.length) {
    throw new Error(`vocal-expression features (${f.embedding.length}+${f.prosody.length}) do not match the model (${2 * meta.embeddingDim}+${meta.prosodyFeatureNames.length})`);
  }
  const v = new Float32Array(f.embedding.length + f.prosody.length);
  v.set(f.embedding);
  v.set(f.prosody, f.embedding.length);
  return v;
}

/** Class probabilities (meta.classes order) for each row of feature vectors. */
export async function classifyFeatures(rows: readonly Float32Array[], projectDir: string): Promise<Float32Array[]> {
  if (rows.length === 0) return [];
  const meta = loadVocalModelMeta(projectDir);
  const session = await getSession(path.join(/*turbopackIgnore: true*/ projectDir, VOCAL_EXPRESSION_MODEL.file));
  const dim = rows[0]!.length;
  const input = new Float32Array(rows.length * dim);
  rows.forEach((r, i) => input.set(r, i * dim));
  const out = await session.run({ [meta.inputName]: new ort.Tensor("float32", input, [rows.length, dim]) });
  const probs = out[meta.outputName] as ort.Tensor;
  const k = meta.classes.length;
  const data = probs.data as Float32Array;
  return rows.map((_, i) => data.slice(i * k, (i + 1) * k));
}
