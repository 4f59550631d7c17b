/**
 * Browser side of browser-vision.ts, bundled by esbuild for a local Chromium page: the app's own
 * VisionClient and vision worker (bundled separately as /vision.worker.js), fed frames that Node
 * decoded with ffmpeg. Each frame is fetched as RGBA bytes and turned into an ImageBitmap, which is
 * what the live page hands the worker, so the worker's own pixel read-back runs too.
 */
import { VisionClient, type ReadyInfo } from "../worker/vision-client";
import type { VisionWorkerConfig } from "../worker/protocol";
import type { BrowserVisionPage, PageAnalysis } from "./browser-vision-protocol";

declare global {
  interface Window {
    visionPage: BrowserVisionPage;
  }
}

let client: VisionClient | null = null;

function base64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function started(): VisionClient {
  if (!client) throw new Error("visionPage.init has not run");
  return client;
}

window.visionPage = {
  async init(config: Partial<VisionWorkerConfig>): Promise<ReadyInfo> {
    client = new VisionClient(new Worker("/vision.worker.js", { type: "module" }));
    return client.init(config);
  },
  async analyse({ frameUrl, width, height, timestampMs, calibration, runEmotion }): Promise<PageAnalysis> {
    const response = await fetch(frameUrl);
    if (!response.ok) throw new Error(`frame ${frameUrl}: HTTP ${response.status}`);
    const pixels = new Uint8ClampedArray(await response.arrayBuffer());
    const bitmap = await createImageBitmap(new ImageData(pixels, width, height));
    const result = await started().analyse(bitmap, { timestampMs, calibration, runEmotion, wantLandmarks: true });
    // Frames are sent one at a time, so the worker is never busy with another one.
    if (!result) throw new Error("the vision worker dropped a frame");
    return { frame: result.frame, rawGaze: result.rawGaze, timings: result.timings, landmarksBase64: result.landmarks ? base64(result.landmarks) : null };
  },
  async reset() {
    await started().reset();
  },
};
