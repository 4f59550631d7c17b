/// <reference lib="webworker" />
/**
 * The vision Web Worker: loads the engine once, then analyses transferred ImageBitmaps. It never
 * queues: a frame that arrives while another is being analysed is closed and answered "dropped".
 */
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { loadEmotionAdapter } from "../engines/emotion-adapter";
import { getEmotionModel } from "../model-registry";
import { TfjsFaceEngine } from "../engines/tfjs-face-engine";
import type { FaceEngine, RawFrame } from "../engines/types";
import type { VisionRequest, VisionResponse, VisionWorkerConfig } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

let engine: FaceEngine | null = null;
const warnings: string[] = [];
let busy = false;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

const post = (message: VisionResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

async function createEngine(id: number, config: VisionWorkerConfig): Promise<FaceEngine> {
  // Both engines use tfjs for the expression model, so the wasm backend always starts.
  setWasmPaths(config.wasmBaseUrl);
  post({ type: "progress", id, stage: "backend", loaded: 0, total: 1 });
  if (!(await tf.setBackend("wasm"))) throw new Error("the tfjs wasm backend could not start");
  await tf.ready();
  post({ type: "progress", id, stage: "backend", loaded: 1, total: 1 });
  const base = config.modelBaseUrl.replace(/\/$/, "");
  // Human's emotion model is served from modelBaseUrl; other registry models from their registry path.
  const loaded = await loadEmotionAdapter(tf, config.emotionModel, (modelId) =>
    modelId === "human-emotion" ? `${base}/emotion.json` : getEmotionModel(modelId).path,
  );
  if (loaded.warning) warnings.push(loaded.warning);
  const emotion = loaded.adapter;
  if (config.faceLandmarker) {
    post({ type: "progress", id, stage: "models", loaded: 1, total: 3 });
    const { createMediaPipeEngine } = await import("../engines/mediapipe-face-engine");
    return createMediaPipeEngine({
      ...config.faceLandmarker,
      emotion,
      onProgress: (loaded, total) => post({ type: "progress", id, stage: "models", loaded: loaded + 1, total: total + 1 }),
    });
  }
  const total = 4;
  post({ type: "progress", id, stage: "models", loaded: 1, total });
  return TfjsFaceEngine.create({
    tf,
    load: (name) => tf.loadGraphModel(`${base}/${name}.json`),
    emotion,
    onProgress: (loaded) => post({ type: "progress", id, stage: "models", loaded: loaded + 1, total }),
  });
}

function readPixels(bitmap: ImageBitmap): RawFrame {
  const { width, height } = bitmap;
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext("2d", { willReadFrequently: true });
  }
  if (!context) throw new Error("OffscreenCanvas 2D context unavailable");
  context.drawImage(bitmap, 0, 0);
  return { data: context.getImageData(0, 0, width, height).data, width, height, channels: 4 };
}

async function handle(message: VisionRequest): Promise<void> {
  switch (message.type) {
    case "init": {
      if (!engine) engine = await createEngine(message.id, message.config);
      post({ type: "ready", id: message.id, engine: engine.id, models: engine.models, backend: engine.id === "tfjs-human" ? tf.getBackend() : "mediapipe-wasm", warnings });
      return;
    }
    case "reset": {
      engine?.reset();
      post({ type: "result", id: message.id, status: "reset" });
      return;
    }
    case "frame": {
      if (busy || !engine) {
        message.bitmap.close();
        if (!engine) throw new Error("frame sent before init");
        post({ type: "result", id: message.id, status: "dropped" });
        return;
      }
      busy = true;
      try {
        const t0 = performance.now();
        const pixels = readPixels(message.bitmap);
        message.bitmap.close();
        const readPixelsMs = performance.now() - t0;
        const analysis = await engine.analyse(pixels, {
          timestampMs: message.timestampMs,
          calibration: message.calibration,
          runEmotion: message.runEmotion,
        });
        const landmarks = message.wantLandmarks && analysis.landmarks ? Float32Array.from(analysis.landmarks.flat()) : null;
        post(
          {
            type: "result",
            id: message.id,
            status: "done",
            result: {
              frame: analysis.frame,
              rawGaze: analysis.rawGaze,
              timings: { ...analysis.timings, readPixelsMs },
              landmarks,
              frameWidth: pixels.width,
              frameHeight: pixels.height,
            },
          },
          landmarks ? [landmarks.buffer] : [],
        );
      } finally {
        busy = false;
      }
      return;
    }
  }
}

self.onmessage = (event: MessageEvent<VisionRequest>) => {
  const message = event.data;
  handle(message).catch((error: unknown) => {
    post({ type: "error", id: message.id, message: error instanceof Error ? error.message : String(error) });
  });
};
