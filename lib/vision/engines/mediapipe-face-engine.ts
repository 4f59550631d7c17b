/**
 * Optional second engine: MediaPipe FaceLandmarker (478 landmarks incl. irises, 52 blendshapes).
 * Used when FACE_LANDMARKER_MODEL points at a face_landmarker.task. Browser/worker only (it needs
 * ImageData and MediaPipe's wasm). It returns the same FaceAnalysis as the tfjs engine: landmarks are
 * converted to frame pixels with z scaled like x, so the shared geometry applies unchanged, and the
 * eye region comes from blendshapes instead of lid distances.
 */
import { FaceLandmarker, FilesetResolver } from "@mediapipe/tasks-vision";
import { FACE_MODELS, modelRef } from "../face-models";
import { MEDIAPIPE_GAZE_MODEL } from "../geometry/gaze";
import { GazeTracker } from "../geometry/gaze-tracker";
import { LM, type Point3 } from "../geometry/landmarks";
import { emptyVisionFrame, faceVisionFrame, landmarkBounds } from "./frames";
import type { ModelRef, VisionFrame } from "../schemas";
import type { EmotionAdapter } from "./emotion-adapter";
import type { AnalyseOptions, FaceAnalysis, FaceEngine, RawFrame } from "./types";

const now = () => performance.now();

export class MediaPipeFaceEngine implements FaceEngine {
  readonly id = "mediapipe-face-landmarker" as const;
  readonly models: ModelRef[];
  private lastTimestamp = -1;
  private readonly gaze = new GazeTracker(MEDIAPIPE_GAZE_MODEL);
  /** Added to callers' timestamps so the graph's clock never runs back after a reset (callers restart at 0 per answer or video). */
  private clockOffsetMs = 0;

  constructor(
    private readonly landmarker: FaceLandmarker,
    private readonly emotion: EmotionAdapter | null,
  ) {
    this.models = [modelRef(FACE_MODELS["face-landmarker"]), ...(emotion ? [emotion.model] : [])];
  }

  reset(): void {
    // detectForVideo rejects a timestamp below one it has seen, for the landmarker's whole life.
    this.clockOffsetMs = this.lastTimestamp + 1;
    this.gaze.reset();
  }

  dispose(): void {
    this.landmarker.close();
    this.emotion?.dispose();
  }

  async analyse(frame: RawFrame, options: AnalyseOptions): Promise<FaceAnalysis> {
    const t0 = now();
    if (frame.channels !== 4) throw new Error("the MediaPipe engine takes RGBA frames");
    // ImageData needs a Uint8ClampedArray over a plain ArrayBuffer: copy only when handed something else.
    const data =
      frame.data instanceof Uint8ClampedArray && frame.data.buffer instanceof ArrayBuffer
        ? (frame.data as Uint8ClampedArray<ArrayBuffer>)
        : new Uint8ClampedArray(frame.data);
    const image = new ImageData(data, frame.width, frame.height);
    // detectForVideo needs strictly increasing timestamps.
    const ts = Math.max(this.lastTimestamp + 1, Math.round(this.clockOffsetMs + options.timestampMs));
    this.lastTimestamp = ts;
    const t1 = now();
    const result = this.landmarker.detectForVideo(image, ts);
    const landmarksMs = now() - t1;
    const face = result.faceLandmarks[0];
    if (!face || face.length < 478) {
      this.gaze.faceLost();
      return { frame: emptyVisionFrame(options.timestampMs), landmarks: null, rawGaze: null, timings: timings(t0, t1, landmarksMs, 0) };
    }
    const points: Point3[] = face.map((p) => [p.x * frame.width, p.y * frame.height, p.z * frame.width]);
    const blendshapes = Object.fromEntries((result.faceBlendshapes[0]?.categories ?? []).map((c) => [c.categoryName, c.score]));
    const features = this.gaze.features(points, { timestampMs: options.timestampMs, calibration: options.calibration ?? null, blendshapes });
    const box = landmarkBounds(points);
    let emotions: VisionFrame["emotions"] = null;
    let emotionMs = 0;
    if (this.emotion && options.runEmotion !== false) {
      const tEm = now();
      const eye = (a: number, b: number) => {
        const p = points[a] as Point3;
        const q = points[b] as Point3;
        return { x: (p[0] + q[0]) / 2, y: (p[1] + q[1]) / 2 };
      };
      emotions = await this.emotion.classify(frame, {
        box,
        leftEye: eye(LM.rightEyeOuter, LM.rightEyeInner),
        rightEye: eye(LM.leftEyeOuter, LM.leftEyeInner),
      });
      emotionMs = now() - tEm;
    }
    return {
      // FaceLandmarker reports no presence score for a returned face: it is confident by construction.
      frame: faceVisionFrame({
        timestampMs: options.timestampMs,
        faceScore: 1,
        box,
        frameSize: frame,
        emotions,
        features,
        calibrationUsed: Boolean(options.calibration),
      }),
      landmarks: points,
      rawGaze: features.rawGaze,
      timings: timings(t0, t1, landmarksMs, emotionMs),
    };
  }
}

function timings(t0: number, t1: number, landmarksMs: number, emotionMs: number) {
  return { preprocessMs: t1 - t0, detectMs: 0, landmarksMs, emotionMs, totalMs: now() - t0 };
}

/**
 * The vision worker is a module worker: it has importScripts but refuses it, and MediaPipe's loader
 * then falls back to import(), which only works with the ES-module build of its wasm loader (the
 * classic one leaves ModuleFactory module-scoped: "ModuleFactory not set").
 */
function inModuleWorker(): boolean {
  const importScripts = (globalThis as { importScripts?: () => void }).importScripts;
  if (typeof importScripts !== "function") return false;
  try {
    importScripts();
    return false;
  } catch {
    return true;
  }
}

export async function createMediaPipeEngine(options: {
  modelUrl: string;
  wasmBaseUrl: string;
  emotion: EmotionAdapter | null;
  onProgress?: (loaded: number, total: number) => void;
}): Promise<MediaPipeFaceEngine> {
  const fileset = await FilesetResolver.forVisionTasks(options.wasmBaseUrl.replace(/\/$/, ""), inModuleWorker());
  options.onProgress?.(1, 2);
  const landmarker = await FaceLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: options.modelUrl, delegate: "CPU" },
    runningMode: "VIDEO",
    numFaces: 1,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: false,
  });
  options.onProgress?.(2, 2);
  return new MediaPipeFaceEngine(landmarker, options.emotion);
}
