/**
 * Promise-based client for vision.worker.ts. One frame in flight at most: analyse() returns null at
 * once (closing the bitmap) while the previous frame is still being analysed, so the page never
 * builds a queue and results are never stale.
 */
import type { VisionEngineId } from "../constants";
import { DEFAULT_EMOTION_MODEL } from "../model-registry";
import type { GazeCalibration, ModelRef } from "../schemas";
import { loadProgressTracker } from "./load-progress";
import type { FrameResult, VisionRequest, VisionResponse, VisionWorkerConfig } from "./protocol";

export const DEFAULT_WORKER_CONFIG: VisionWorkerConfig = {
  modelBaseUrl: "/models/human",
  wasmBaseUrl: "/vendor/tfjs-wasm/",
  emotionModel: DEFAULT_EMOTION_MODEL,
  faceLandmarker: null,
};

export interface ReadyInfo {
  engine: VisionEngineId;
  models: ModelRef[];
  backend: string;
  /** E.g. the requested emotion model could not load and Human's ran instead. */
  warnings: string[];
}

type Pending = {
  resolve: (response: VisionResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (loaded: number, total: number, stage: "backend" | "models") => void;
};

// Distributive Omit keeps each request variant intact.
type RequestBody = VisionRequest extends infer R ? (R extends VisionRequest ? Omit<R, "id"> : never) : never;

export class VisionClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private inFlight = false;
  private terminated = false;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<VisionResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      const error = new Error(event.message || "vision worker crashed");
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  /** Starts the worker. The URL literal must stay inline so bundlers emit the worker chunk. */
  static create(): VisionClient {
    return new VisionClient(new Worker(new URL("./vision.worker.ts", import.meta.url), { type: "module" }));
  }

  get busy(): boolean {
    return this.inFlight;
  }

  /** `onProgress` gets the whole load's share, 0..1, never decreasing. */
  async init(config: Partial<VisionWorkerConfig> = {}, onProgress?: (share: number) => void): Promise<ReadyInfo> {
    const track = loadProgressTracker();
    const response = await this.request({ type: "init", config: { ...DEFAULT_WORKER_CONFIG, ...config } }, [], (loaded, total, stage) =>
      onProgress?.(track(stage, loaded, total)),
    );
    if (response.type !== "ready") throw new Error(`unexpected ${response.type} answer to init`);
    return { engine: response.engine, models: response.models, backend: response.backend, warnings: response.warnings };
  }

  /**
   * Analyses one frame; the bitmap is transferred (unusable afterwards). Resolves null when the
   * frame was dropped because another one is in flight.
   */
  async analyse(
    bitmap: ImageBitmap,
    options: { timestampMs: number; calibration?: GazeCalibration | null; runEmotion?: boolean; wantLandmarks?: boolean },
  ): Promise<FrameResult | null> {
    if (this.inFlight || this.terminated) {
      bitmap.close();
      return null;
    }
    this.inFlight = true;
    try {
      const response = await this.request(
        {
          type: "frame",
          bitmap,
          timestampMs: options.timestampMs,
          calibration: options.calibration ?? null,
          runEmotion: options.runEmotion ?? true,
          wantLandmarks: options.wantLandmarks ?? false,
        },
        [bitmap],
      );
      if (response.type !== "result") throw new Error(`unexpected ${response.type} answer to frame`);
      return response.status === "done" ? response.result : null;
    } finally {
      this.inFlight = false;
    }
  }

  async reset(): Promise<void> {
    await this.request({ type: "reset" });
  }

  terminate(): void {
    this.terminated = true;
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("vision worker terminated"));
    this.pending.clear();
  }

  private request(body: RequestBody, transfer: Transferable[] = [], onProgress?: Pending["onProgress"]): Promise<VisionResponse> {
    if (this.terminated) return Promise.reject(new Error("vision worker terminated"));
    const id = this.nextId++;
    return new Promise<VisionResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...body, id }, transfer);
    });
  }

  private receive(message: VisionResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === "progress") {
      pending.onProgress?.(message.loaded, message.total, message.stage);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === "error") pending.reject(new Error(message.message));
    else pending.resolve(message);
  }
}
