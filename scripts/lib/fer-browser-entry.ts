/**
 * Browser side of eval-fer's Chromium latency run (bundled by fer-browser-latency.ts): the app's own
 * EmotionEnsemble on tfjs's wasm backend, loading the registry's model files from the page's origin
 * exactly as the vision worker does, timed per face with performance.now().
 */
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { EmotionEnsemble } from "@/lib/vision/emotion/classifier";
import type { FerLatencyRequest, FerLatencyResult } from "./fer-browser-protocol";

declare global {
  interface Window {
    ferLatency: (request: FerLatencyRequest) => Promise<FerLatencyResult>;
  }
}

window.ferLatency = async ({ members, scales, faces }) => {
  setWasmPaths("/vendor/tfjs-wasm/");
  if (!(await tf.setBackend("wasm"))) throw new Error("the tfjs wasm backend could not start");
  await tf.ready();
  const classifier = await EmotionEnsemble.load(tf, members.map((m) => ({ modelId: m.model, flip: m.flip, weight: m.weight, scales })));
  const latenciesMs: number[] = [];
  try {
    for (const face of faces) {
      const image = { data: Uint8Array.from(face.pixels), width: face.width, height: face.height, channels: face.channels };
      const t0 = performance.now();
      await classifier.classify([{ image, region: { box: { x: 0, y: 0, width: face.width, height: face.height } } }]);
      latenciesMs.push(performance.now() - t0);
    }
  } finally {
    classifier.dispose();
  }
  return { latenciesMs, backend: tf.getBackend(), userAgent: navigator.userAgent };
};
