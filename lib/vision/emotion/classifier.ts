/**
 * EmotionClassifier: runs one registered emotion network (ours, or Human's mini-Xception as a fallback)
 * on face crops. Backend-agnostic: the caller passes its own tfjs namespace with a backend
 * already chosen (wasm in a Web Worker or in Node) and, in Node, an IOHandler from node-model-loader.ts;
 * in the browser the registry's URL path is fetched. Only `import type` from tfjs here, so this module
 * never pulls a second copy of tfjs into a bundle.
 */
import type * as tfTypes from "@tensorflow/tfjs";
import { combinedVersion, getEmotionModel, type EmotionModelEntry, type EmotionModelId } from "../model-registry";
import { EMOTIONS, type Emotion, type EmotionScores } from "./emotions";
import { averageProbs, scoresToArray, softmax, toCanonical, topEmotion } from "./postprocess";
import { cropFace, flipHorizontal, normalise, toGrey, type FaceRegion, type RawImage } from "./preprocess";

type Tf = typeof tfTypes;
type LoadedModel = tfTypes.LayersModel | tfTypes.GraphModel;

export interface EmotionClassifierOptions {
  /** Which registered network to run. */
  modelId: EmotionModelId;
  /** URL (browser) or IOHandler (Node); defaults to the registry path, fetched relative to the origin. */
  source?: string | tfTypes.io.IOHandler;
  /** Average with the mirrored face; defaults to the registry's flipByDefault. */
  flip?: boolean;
  /** Crop side = max(box w, h) * faceScale. */
  faceScale?: number;
  /**
   * Test-time crop scales (multiples of faceScale), averaged: [1] = one crop. On FER2013 PublicTest with
   * Human's mini-Xception, [1, 1.1] with flip gave +0.4 points over flip alone, [1, 0.9, 1.1] +0.9 points,
   * each view costing one more inference.
   */
  scales?: readonly number[];
}

export interface FaceCrop {
  image: RawImage;
  region: FaceRegion;
}

export interface EmotionResult {
  scores: EmotionScores;
  top: Emotion;
  confidence: number;
}

export class EmotionClassifier {
  private constructor(
    private readonly tf: Tf,
    private readonly model: LoadedModel,
    readonly entry: EmotionModelEntry,
    readonly flip: boolean,
    readonly faceScale: number,
    readonly scales: readonly number[],
  ) {
    if (scales.length === 0 || scales.some((v) => !(v > 0))) throw new Error("scales must be positive numbers");
  }

  static async load(tf: Tf, options: EmotionClassifierOptions): Promise<EmotionClassifier> {
    const entry = getEmotionModel(options.modelId);
    const source = options.source ?? entry.path;
    const model = entry.kind === "tfjs-layers" ? await tf.loadLayersModel(source) : await tf.loadGraphModel(source);
    const classifier = new EmotionClassifier(tf, model, entry, options.flip ?? entry.flipByDefault, options.faceScale ?? 1, options.scales ?? [1]);
    classifier.warmUp();
    return classifier;
  }

  /** Pure preprocessing of one face into the model's normalised input (size*size floats), one per scale. */
  prepare(face: FaceCrop): Float32Array[] {
    const grey = toGrey(face.image);
    return this.scales.map((s) =>
      normalise(cropFace(grey, face.image.width, face.image.height, face.region, this.entry.inputSize, this.faceScale * s), this.entry.normalisation),
    );
  }

  /** Classify faces given as raw frames + face regions. */
  async classify(faces: FaceCrop[]): Promise<EmotionResult[]> {
    return this.classifyViews(faces.map((f) => this.prepare(f)));
  }

  /** Classify already prepared inputs (each inputSize*inputSize, normalised), one view per face. */
  async classifyPrepared(inputs: Float32Array[]): Promise<EmotionResult[]> {
    return this.classifyViews(inputs.map((input) => [input]));
  }

  /** Each face gives one or more views (crops); with flip each view also runs mirrored; all are averaged. */
  private async classifyViews(faces: Float32Array[][]): Promise<EmotionResult[]> {
    if (faces.length === 0) return [];
    const size = this.entry.inputSize;
    const per = size * size;
    const inputs: Float32Array[] = [];
    const counts = faces.map((views) => {
      for (const view of views) {
        if (view.length !== per) throw new Error(`input has ${view.length} values, expected ${per}`);
        inputs.push(view);
        if (this.flip) inputs.push(flipHorizontal(view, size));
      }
      return views.length * (this.flip ? 2 : 1);
    });
    const batch = new Float32Array(inputs.length * per);
    inputs.forEach((input, i) => batch.set(input, i * per));
    const raw = await this.run(batch, inputs.length);
    const classes = this.entry.classOrder.length;
    let next = 0;
    return counts.map((count) => {
      const vectors: Float64Array[] = [];
      for (let c = 0; c < count; c++, next++) {
        const row = raw.subarray(next * classes, (next + 1) * classes);
        vectors.push(this.entry.output === "logits" ? softmax(row) : Float64Array.from(row));
      }
      const scores = toCanonical(averageProbs(vectors), this.entry.classOrder);
      const { emotion, score } = topEmotion(scores);
      return { scores, top: emotion, confidence: score };
    });
  }

  dispose(): void {
    this.model.dispose();
  }

  private async run(batch: Float32Array, n: number): Promise<Float32Array> {
    const size = this.entry.inputSize;
    const input = this.tf.tensor4d(batch, [n, size, size, 1]);
    try {
      const output = this.model.predict(input);
      const tensor = Array.isArray(output) ? output[0] : output;
      if (!tensor || !(tensor instanceof this.tf.Tensor)) throw new Error("emotion model returned no tensor");
      try {
        const data = await tensor.data();
        if (data.length !== n * this.entry.classOrder.length) throw new Error(`unexpected output length ${data.length}`);
        return data as Float32Array;
      } finally {
        this.tf.dispose(output);
      }
    } finally {
      input.dispose();
    }
  }

  /** First inference compiles the wasm kernels; do it at load time, not on the first real frame. */
  private warmUp(): void {
    const size = this.entry.inputSize;
    this.tf.tidy(() => {
      const out = this.model.predict(this.tf.zeros([this.flip ? 2 : 1, size, size, 1]));
      (Array.isArray(out) ? out : [out]).forEach((t) => (t as tfTypes.Tensor).dataSync());
    });
  }
}

/**
 * Average of several emotion classifiers (e.g. our two networks): each member keeps its own preprocessing
 * (input size) and mirror setting, scores are averaged in canonical order, weighted by member. Costs the
 * sum of the members' latency. A single model runs as an ensemble of one.
 */
export class EmotionEnsemble {
  /** `weights`: one per member (normalised); equal weights when omitted. */
  constructor(
    readonly members: EmotionClassifier[],
    readonly weights: readonly number[] = members.map(() => 1),
  ) {
    if (members.length === 0) throw new Error("an ensemble needs at least one classifier");
    if (weights.length !== members.length) throw new Error("an ensemble needs one weight per member");
  }

  static async load(tf: Tf, members: (EmotionClassifierOptions & { weight?: number })[]): Promise<EmotionEnsemble> {
    const loaded: EmotionClassifier[] = [];
    try {
      for (const options of members) loaded.push(await EmotionClassifier.load(tf, options));
    } catch (error) {
      loaded.forEach((m) => m.dispose()); // a half-loaded ensemble would leak the members that did load
      throw error;
    }
    return new EmotionEnsemble(loaded, members.map((m) => m.weight ?? 1));
  }

  /** The members' versions joined by "+": what a report records as the model version. */
  get version(): string {
    return combinedVersion(this.members.map((m) => m.entry));
  }

  async classify(faces: FaceCrop[]): Promise<EmotionResult[]> {
    const perMember = await Promise.all(this.members.map((m) => m.classify(faces)));
    return faces.map((_, i) => {
      const vectors = perMember.map((results) => scoresToArray(results[i]!.scores));
      const scores = toCanonical(averageProbs(vectors, this.weights), EMOTIONS);
      const { emotion, score } = topEmotion(scores);
      return { scores, top: emotion, confidence: score };
    });
  }

  dispose(): void {
    this.members.forEach((m) => m.dispose());
  }
}
