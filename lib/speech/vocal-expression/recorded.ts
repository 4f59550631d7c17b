// The shipped model's recorded figures (its metadata JSON, written by training/ser/export.py), for the report
// and the model card. Pure and browser-safe: a static JSON import, validated once.
import metaJson from "./model/rehearse-voice.json";
import { vocalModelMetaSchema, type VocalModelMeta } from "./model-meta";

let parsed: VocalModelMeta | null = null;

export function recordedVocalModel(): VocalModelMeta {
  parsed ??= vocalModelMetaSchema.parse(metaJson);
  return parsed;
}
