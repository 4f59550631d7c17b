/**
 * The default engine: tfjs (wasm backend) running the BlazeFace, FaceMesh, Iris and emotion
 * graph models shipped with @vladmandic/human 3.3.6, called directly. Runs in a Web Worker and in
 * Node alike: it takes decoded frames and a model loader, and touches no DOM.
 *
 * Per frame: (1) detect with BlazeFace only when no face is tracked; (2) FaceMesh on a crop
 * rotated so the eye line is level (the crop comes from the previous frame's mesh while tracking);
 * (3) Iris on both eye crops -> 478 MediaPipe-ordered points; (4) expression on an aligned face crop.
 */
import { emptyVisionFrame, faceVisionFrame, landmarkBounds } from "./frames";
import type * as tf from "@tensorflow/tfjs";
import { FACE_MODELS, modelRef } from "../face-models";
import { TFJS_GAZE_MODEL } from "../geometry/gaze";
import { GazeTracker } from "../geometry/gaze-tracker";
import { eyeLineAngle } from "../geometry/head-pose";
import { LM, MESH_POINTS, type Point3 } from "../geometry/landmarks";
import type { ScreenGeometry } from "../geometry/gaze";
import type { ModelRef, VisionFrame } from "../schemas";
import { cropAroundPoints, cropToFrame, type CropSpec } from "../pipeline/affine-crop";
import { BLAZEFACE_INPUT, blazefaceAnchors, decodeBestDetection } from "../pipeline/blazeface-decode";
import { sampleCrop, type Normalise } from "../pipeline/sample-crop";
import type { EmotionAdapter } from "./emotion-adapter";
import type { AnalyseOptions, FaceAnalysis, FaceEngine, RawFrame } from "./types";

/** The tfjs module itself (passed in, so Node and the worker can each configure their instance). */
export type Tfjs = typeof tf;

export type HumanModelName = "blazeface" | "facemesh" | "iris";
export type GraphModelLoader = (name: HumanModelName) => Promise<tf.GraphModel>;

const MESH_INPUT = 192;
const IRIS_INPUT = 64;
/** MediaPipe's ROI margins: detection box and landmark box are both enlarged 1.5x. */
const ROI_SCALE = 1.5;
/** Human's iris crop: the two eye corners' box enlarged 2.3x. */
const IRIS_SCALE = 2.3;
const DETECT_MIN_SCORE = 0.5;
/** FaceMesh's face-presence output: real faces score ~1.0, the one false detection in the no-face clip 0.56. */
const MESH_MIN_SCORE = 0.75;
/**
 * A face newly found by the detector must score higher than one already being tracked: real faces
 * score ~1.0, while textures in the no-face control clip briefly reached 0.75-0.9 in the browser
 * (scaled camera frames), which showed up as 11% "face visible" with nobody in view.
 */
const MESH_ACQUIRE_MIN_SCORE = 0.92;
/** Iris model output: 71 eye-contour points, then the iris centre and 4 iris-edge points. */
const IRIS_POINTS = 76;
const IRIS_CENTRE = 71;

/**
 * Iris-model contour index -> mesh index for the upper and lower lid lines (EyeUpper0, EyeLower0):
 * iris points 0-8 run along the lower lid from the outer to the inner corner, 9-15 along the upper lid.
 */
const EYE_CONTOUR_MAP: Record<"left" | "right", [number, number][]> = {
  right: [
    ...[33, 7, 163, 144, 145, 153, 154, 155, 133].map((m, i): [number, number] => [m, i]),
    ...[246, 161, 160, 159, 158, 157, 173].map((m, i): [number, number] => [m, 9 + i]),
  ],
  left: [
    ...[263, 249, 390, 373, 374, 380, 381, 382, 362].map((m, i): [number, number] => [m, i]),
    ...[466, 388, 387, 386, 385, 384, 398].map((m, i): [number, number] => [m, 9 + i]),
  ],
};

interface MeshResult {
  score: number;
  /** 468 mesh points in frame pixels. */
  points: Point3[];
}

const now = () => performance.now();

export class TfjsFaceEngine implements FaceEngine {
  readonly id = "tfjs-human" as const;
  readonly models: ModelRef[];
  private readonly anchors = blazefaceAnchors();
  private track: CropSpec | null = null;
  private readonly gaze = new GazeTracker(TFJS_GAZE_MODEL);
  /** Time spent sampling crops this frame (reported as preprocessMs; part of detect/landmarks). */
  private sampleMs = 0;

  private constructor(
    private readonly tf: Tfjs,
    private readonly detector: tf.GraphModel,
    private readonly mesh: tf.GraphModel,
    private readonly iris: tf.GraphModel,
    private readonly emotion: EmotionAdapter | null,
    private readonly screen: ScreenGeometry | undefined,
  ) {
    this.models = [
      modelRef(FACE_MODELS.blazeface),
      modelRef(FACE_MODELS.facemesh),
      modelRef(FACE_MODELS.iris),
      ...(emotion ? [emotion.model] : []),
    ];
  }

  static async create(options: {
    tf: Tfjs;
    load: GraphModelLoader;
    emotion: EmotionAdapter | null;
    screen?: ScreenGeometry;
    onProgress?: (loaded: number, total: number) => void;
  }): Promise<TfjsFaceEngine> {
    const names: HumanModelName[] = ["blazeface", "facemesh", "iris"];
    const loaded: tf.GraphModel[] = [];
    for (const name of names) {
      loaded.push(await options.load(name));
      options.onProgress?.(loaded.length, names.length);
    }
    const [detector, mesh, iris] = loaded as [tf.GraphModel, tf.GraphModel, tf.GraphModel];
    const engine = new TfjsFaceEngine(options.tf, detector, mesh, iris, options.emotion, options.screen);
    engine.warmUp();
    return engine;
  }

  /** First execution compiles kernels; do it now so the first real frame is not a long one. */
  private warmUp(): void {
    const { tf } = this;
    tf.tidy(() => {
      this.detector.execute(tf.zeros([1, BLAZEFACE_INPUT, BLAZEFACE_INPUT, 3]));
      this.mesh.execute(tf.zeros([1, MESH_INPUT, MESH_INPUT, 3]));
      this.iris.execute(tf.zeros([2, IRIS_INPUT, IRIS_INPUT, 3]));
    });
  }

  reset(): void {
    this.track = null;
    this.gaze.reset();
  }

  dispose(): void {
    this.detector.dispose();
    this.mesh.dispose();
    this.iris.dispose();
    this.emotion?.dispose();
  }

  async analyse(frame: RawFrame, options: AnalyseOptions): Promise<FaceAnalysis> {
    const t0 = now();
    if (frame.data.length < frame.width * frame.height * frame.channels) throw new Error("frame data shorter than width*height*channels");
    this.sampleMs = 0;
    let detectMs = 0;
    let landmarksMs = 0;
    let emotionMs = 0;
    let mesh: MeshResult | null = null;
    let tLm = now();
    if (this.track) mesh = await this.runMesh(frame, this.track);
    landmarksMs += now() - tLm;
    if (!mesh) {
      const tDet = now();
      const roi = await this.detect(frame);
      detectMs = now() - tDet;
      tLm = now();
      if (roi) mesh = await this.runMesh(frame, roi, MESH_ACQUIRE_MIN_SCORE);
      landmarksMs += now() - tLm;
    }
    if (!mesh) {
      this.track = null;
      this.gaze.faceLost();
      return this.result(emptyVisionFrame(options.timestampMs), null, null, { t0, detectMs, landmarksMs, emotionMs });
    }
    tLm = now();
    const points = await this.runIris(frame, mesh.points);
    this.track = cropAroundPoints(mesh.points, eyeLineAngle(points), ROI_SCALE, MESH_INPUT);
    const features = this.gaze.features(points, { timestampMs: options.timestampMs, calibration: options.calibration ?? null, screen: this.screen });
    landmarksMs += now() - tLm;

    let emotions: VisionFrame["emotions"] = null;
    if (this.emotion && options.runEmotion !== false) {
      const tEm = now();
      emotions = await this.emotion.classify(frame, faceRegion(mesh.points));
      emotionMs = now() - tEm;
    }
    const result = faceVisionFrame({
      timestampMs: options.timestampMs,
      faceScore: mesh.score,
      box: landmarkBounds(mesh.points),
      frameSize: frame,
      emotions,
      features,
      calibrationUsed: Boolean(options.calibration),
    });
    return this.result(result, points, features.rawGaze, { t0, detectMs, landmarksMs, emotionMs });
  }

  private result(
    frame: VisionFrame,
    landmarks: Point3[] | null,
    rawGaze: { yaw: number; pitch: number } | null,
    t: { t0: number; detectMs: number; landmarksMs: number; emotionMs: number },
  ): FaceAnalysis {
    return {
      frame,
      landmarks,
      rawGaze,
      timings: {
        preprocessMs: this.sampleMs,
        detectMs: t.detectMs,
        landmarksMs: t.landmarksMs,
        emotionMs: t.emotionMs,
        totalMs: now() - t.t0,
      },
    };
  }

  /** Samples crops straight from the frame bytes into one input batch [n, size, size, 3]. */
  private crop(frame: RawFrame, specs: CropSpec[], normalise: Normalise): tf.Tensor4D {
    const size = specs[0]?.outSize ?? 0;
    const per = size * size * 3;
    const t = now();
    const batch = new Float32Array(per * specs.length);
    specs.forEach((spec, i) => sampleCrop(frame, spec, normalise, batch, i * per));
    const tensor = this.tf.tensor4d(batch, [specs.length, size, size, 3]);
    this.sampleMs += now() - t;
    return tensor;
  }

  private async detect(frame: RawFrame): Promise<CropSpec | null> {
    const { tf } = this;
    // Letterbox the whole frame into the square detector input (black bars) so faces keep their proportions.
    const spec: CropSpec = { cx: frame.width / 2, cy: frame.height / 2, size: Math.max(frame.width, frame.height), angle: 0, outSize: BLAZEFACE_INPUT };
    const input = this.crop(frame, [spec], "signed");
    const outputs = this.detector.execute(input) as tf.Tensor[];
    input.dispose();
    // Outputs (any order): scores [1,512,1], [1,384,1]; regressors [1,512,16], [1,384,16].
    const pick = (anchors: number, depth: number) => {
      const t = outputs.find((o) => o.shape[1] === anchors && o.shape[2] === depth);
      if (!t) throw new Error(`blazeface output [1,${anchors},${depth}] missing`);
      return t;
    };
    const scoresT = tf.concat([pick(512, 1), pick(384, 1)], 1);
    const regsT = tf.concat([pick(512, 16), pick(384, 16)], 1);
    const [scores, regs] = await Promise.all([scoresT.data(), regsT.data()]);
    tf.dispose([...outputs, scoresT, regsT]);
    const det = decodeBestDetection(scores, regs, this.anchors, DETECT_MIN_SCORE);
    if (!det) return null;
    const toFrame = (u: number, v: number) => cropToFrame(spec, u, v);
    const [x0, y0] = toFrame(det.x0, det.y0);
    const [x1, y1] = toFrame(det.x1, det.y1);
    const eyes = det.keypoints.slice(0, 2).map(([u, v]) => toFrame(u, v)).sort((a, b) => a[0] - b[0]);
    const [a, b] = eyes as [[number, number], [number, number]];
    const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    return cropAroundPoints([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], angle, ROI_SCALE, MESH_INPUT);
  }

  private async runMesh(frame: RawFrame, roi: CropSpec, minScore = MESH_MIN_SCORE): Promise<MeshResult | null> {
    const { tf } = this;
    const input = this.crop(frame, [roi], "unit");
    const outputs = this.mesh.execute(input) as tf.Tensor[];
    input.dispose();
    const scoreT = outputs.find((o) => o.shape[1] === 1);
    const meshT = outputs.find((o) => o.shape[1] === MESH_POINTS * 3);
    if (!scoreT || !meshT) throw new Error("facemesh outputs missing");
    const [score, raw] = await Promise.all([scoreT.data(), meshT.data()]);
    tf.dispose(outputs);
    const s = score[0] ?? 0;
    if (s < minScore) return null;
    const zScale = roi.size / roi.outSize;
    const points: Point3[] = [];
    for (let i = 0; i < MESH_POINTS; i++) {
      const [x, y] = cropToFrame(roi, raw[i * 3] as number, raw[i * 3 + 1] as number);
      points.push([x, y, (raw[i * 3 + 2] as number) * zScale]);
    }
    return { score: s, points };
  }

  /**
   * Runs Iris on both eyes and appends 10 points in MediaPipe order: 468-472 the candidate's right
   * iris (centre first), 473-477 the left. The model was trained on one eye orientation, so the
   * candidate's left eye (outer corner on the image's right) is mirrored in and out.
   */
  private async runIris(frame: RawFrame, mesh: Point3[]): Promise<Point3[]> {
    const eyeSpec = (outer: number, inner: number, flipX: boolean): CropSpec => {
      const o = mesh[outer] as Point3;
      const i = mesh[inner] as Point3;
      // Orient the crop along the eye line from the image-left corner to the image-right corner.
      const [l, r] = o[0] <= i[0] ? [o, i] : [i, o];
      const angle = Math.atan2(r[1] - l[1], r[0] - l[0]);
      return { ...cropAroundPoints([o, i], angle, IRIS_SCALE, IRIS_INPUT), flipX };
    };
    const specs = [eyeSpec(LM.rightEyeOuter, LM.rightEyeInner, false), eyeSpec(LM.leftEyeOuter, LM.leftEyeInner, true)];
    const input = this.crop(frame, specs, "unit");
    const output = this.iris.execute(input) as tf.Tensor;
    input.dispose();
    const raw = await output.data();
    output.dispose();
    const points = mesh.slice();
    specs.forEach((spec, eye) => {
      const base = eye * IRIS_POINTS * 3;
      const at = (k: number): [number, number] => cropToFrame(spec, raw[base + k * 3] as number, raw[base + k * 3 + 1] as number);
      // The iris model's own eye contour is sharper than the mesh's: use it for the lids and corners
      // so openness and the iris-to-corner ratio come from one consistent model. Depth stays the mesh's.
      for (const [meshIndex, irisIndex] of EYE_CONTOUR_MAP[eye === 0 ? "right" : "left"]) {
        const old = points[meshIndex] as Point3;
        points[meshIndex] = [...at(irisIndex), old[2]];
      }
    });
    specs.forEach((spec, eye) => {
      const base = eye * IRIS_POINTS * 3;
      const outer = points[eye === 0 ? LM.rightEyeOuter : LM.leftEyeOuter] as Point3;
      const inner = points[eye === 0 ? LM.rightEyeInner : LM.leftEyeInner] as Point3;
      // Iris depth from the model is unreliable (Human says the same): use the eye corners' depth.
      const eyeZ = (outer[2] + inner[2]) / 2;
      for (let k = IRIS_CENTRE; k < IRIS_POINTS; k++) {
        const [x, y] = cropToFrame(spec, raw[base + k * 3] as number, raw[base + k * 3 + 1] as number);
        points.push([x, y, eyeZ]);
      }
    });
    return points;
  }
}

/** Face region for the expression crop: the mesh box, levelled by the eye centres. */
function faceRegion(mesh: readonly Point3[]) {
  const centre = (a: number, b: number) => {
    const p = mesh[a] as Point3;
    const q = mesh[b] as Point3;
    return { x: (p[0] + q[0]) / 2, y: (p[1] + q[1]) / 2 };
  };
  return {
    box: landmarkBounds(mesh),
    // The emotion module names eyes as they appear in the image (its eyeLineAngle sorts them anyway).
    leftEye: centre(LM.rightEyeOuter, LM.rightEyeInner),
    rightEye: centre(LM.leftEyeOuter, LM.leftEyeInner),
  };
}
