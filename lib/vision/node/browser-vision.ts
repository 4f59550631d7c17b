/**
 * The app's browser vision path driven from Node: the real vision worker (either engine) runs in a
 * local headless Chromium page and analyses frames Node hands it (ffmpeg-decoded video). It is a
 * FaceEngine like the Node engines, so evaluations and parity tests can swap it in.
 *
 * Why a browser and not plain Node for MediaPipe: @mediapipe/tasks-vision uploads every input image
 * to a WebGL texture (even with the CPU delegate), and Node has no WebGL; Chromium's software WebGL
 * (SwiftShader) is what a user without a GPU runs as well.
 * Node only (esbuild, node:http).
 */
import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { bundleForBrowser, openLocalPage, serveLocalSite, type LocalSite } from "../../testing/browser-page";
import type { VisionEngineId } from "../constants";
import { FACE_MODELS } from "../face-models";
import type { Point3 } from "../geometry/landmarks";
import { DEFAULT_EMOTION_MODEL, type EmotionChoiceId } from "../model-registry";
import type { ModelRef } from "../schemas";
import type { AnalyseOptions, FaceAnalysis, FaceEngine, RawFrame } from "../engines/types";
import type { VisionWorkerConfig } from "../worker/protocol";
import { humanModelsDir } from "./human-models";
import type { PageAnalysis, PageFrameRequest } from "./browser-vision-protocol";

export interface BrowserVisionOptions {
  /** A face_landmarker.task on disk: MediaPipe's engine runs instead of the tfjs one. */
  faceLandmarkerModel?: string;
  /** Run the expression model (default true). The worker loads it either way, as the app does. */
  emotion?: boolean;
  /** Default: the app's (DEFAULT_EMOTION_MODEL). */
  emotionModel?: EmotionChoiceId;
}

const LANDMARKER_URL = "/face-landmarker.task";

function packageDir(name: string, hops: number): string {
  const require = createRequire(import.meta.url);
  let dir = require.resolve(name);
  for (let i = 0; i < hops; i++) dir = path.dirname(dir);
  return dir;
}

/** RGBA bytes for the page's ImageData: views RGBA frames, expands RGB ones (alpha 255). */
function rgbaBytes(frame: RawFrame): Buffer {
  if (frame.channels === 4) return Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.width * frame.height * 4);
  const out = Buffer.alloc(frame.width * frame.height * 4, 255);
  for (let i = 0, o = 0; o < out.length; i += 3, o += 4) {
    out[o] = frame.data[i] as number;
    out[o + 1] = frame.data[i + 1] as number;
    out[o + 2] = frame.data[i + 2] as number;
  }
  return out;
}

function toPoints(base64: string): Point3[] {
  const bytes = Buffer.from(base64, "base64");
  // Copied into a fresh, aligned buffer: a Buffer's byteOffset need not be a multiple of 4.
  const flat = new Float32Array(new Uint8Array(bytes).buffer);
  const points: Point3[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) points.push([flat[i] as number, flat[i + 1] as number, flat[i + 2] as number]);
  return points;
}

export class BrowserFaceEngine implements FaceEngine {
  private nextFrame = 0;
  private pendingReset: Promise<void> | null = null;

  constructor(
    readonly id: VisionEngineId,
    readonly models: ModelRef[],
    /** What the worker reported (e.g. "wasm", "mediapipe-wasm"). */
    readonly backend: string,
    private readonly emotion: boolean,
    private readonly page: Page,
    private readonly browser: Browser,
    private readonly site: LocalSite,
    private readonly frames: Map<string, Buffer>,
  ) {}

  async analyse(frame: RawFrame, options: AnalyseOptions): Promise<FaceAnalysis> {
    await this.pendingReset;
    const frameUrl = `/frames/${this.nextFrame++}`;
    this.frames.set(frameUrl, rgbaBytes(frame));
    const request: PageFrameRequest = {
      frameUrl,
      width: frame.width,
      height: frame.height,
      timestampMs: options.timestampMs,
      calibration: options.calibration ?? null,
      runEmotion: this.emotion && options.runEmotion !== false,
    };
    let result: PageAnalysis;
    try {
      result = await this.page.evaluate((req) => window.visionPage.analyse(req), request);
    } finally {
      this.frames.delete(frameUrl);
    }
    return { frame: result.frame, rawGaze: result.rawGaze, timings: result.timings, landmarks: result.landmarksBase64 ? toPoints(result.landmarksBase64) : null };
  }

  reset(): void {
    this.pendingReset = this.page.evaluate(() => window.visionPage.reset());
  }

  dispose(): void {
    void this.close();
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.site.close();
  }
}

/** Bundles the page and the vision worker, serves them with the models and wasm from node_modules, and starts the worker. */
export async function startBrowserVision(options: BrowserVisionOptions = {}): Promise<BrowserFaceEngine> {
  const [pageScript, workerScript] = await Promise.all([
    bundleForBrowser(path.join(import.meta.dirname, "browser-vision-page.ts")),
    bundleForBrowser(path.join(import.meta.dirname, "../worker/vision.worker.ts")),
  ]);
  const frames = new Map<string, Buffer>();
  const files: Record<string, string | Buffer> = { "/page.js": pageScript, "/vision.worker.js": workerScript };
  if (options.faceLandmarkerModel) files[LANDMARKER_URL] = readFileSync(options.faceLandmarkerModel);
  const site = await serveLocalSite({
    files,
    script: "/page.js",
    // The URL folders the worker's default config uses, served from the installed packages so no
    // `npm run assets:models` is needed; registry emotion models come from public/models/.
    folders: {
      "/models/human/": humanModelsDir(),
      "/vendor/tfjs-wasm/": packageDir("@tensorflow/tfjs-backend-wasm", 1),
      "/vendor/mediapipe-wasm/": path.join(packageDir("@mediapipe/tasks-vision", 1), "wasm"),
      "/models/": path.resolve(import.meta.dirname, "../../../public/models"),
    },
    dynamic: (pathname) => frames.get(pathname),
  });
  let opened: Awaited<ReturnType<typeof openLocalPage>> | null = null;
  try {
    opened = await openLocalPage(site, "visionPage");
    const config: Partial<VisionWorkerConfig> = {
      emotionModel: options.emotionModel ?? DEFAULT_EMOTION_MODEL,
      faceLandmarker: options.faceLandmarkerModel ? { modelUrl: LANDMARKER_URL, wasmBaseUrl: "/vendor/mediapipe-wasm/" } : null,
    };
    const ready = await opened.page.evaluate((c) => window.visionPage.init(c), config).catch((error: unknown) => {
      const reported = opened?.errors.join("; ");
      throw new Error(`the vision worker did not start: ${error instanceof Error ? error.message : String(error)}${reported ? ` (${reported})` : ""}`);
    });
    const emotion = options.emotion !== false;
    // Without expressions the summary names only the landmark models, as the Node engines do.
    const faceModelIds = new Set<string>(Object.keys(FACE_MODELS));
    const models = emotion ? ready.models : ready.models.filter((m) => faceModelIds.has(m.id));
    return new BrowserFaceEngine(ready.engine, models, ready.backend, emotion, opened.page, opened.browser, site, frames);
  } catch (error) {
    await opened?.browser.close();
    await site.close();
    throw error;
  }
}
