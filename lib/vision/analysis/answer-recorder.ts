import type { VisionEngineId, VisionSource } from "../constants";
import { visionUploadSchema, type ModelRef, type VisionFrame, type VisionUpload } from "../schemas";
import { summariseAnswer } from "./summary";
import { buildTimeline } from "./timeline";

/**
 * Collects the frames of one answer and turns them into the uploaded { summary, timeline }.
 * Frames are small (no landmarks), so a 10-minute answer at 15 fps is ~9,000 objects.
 */
export class AnswerRecorder {
  private readonly frames: VisionFrame[] = [];
  private calibrationUsed = false;

  constructor(
    private readonly startMs: number,
    private readonly meta: { engine: VisionEngineId; models: ModelRef[]; source?: VisionSource },
  ) {}

  add(frame: VisionFrame): void {
    if (frame.timestampMs < this.startMs) return;
    this.frames.push(frame);
    if (frame.calibrated) this.calibrationUsed = true;
  }

  get frameCount(): number {
    return this.frames.length;
  }

  /** Builds and validates the payload; the same schema checks it again on the server. */
  finish(endMs: number): VisionUpload {
    const options = { startMs: this.startMs, endMs };
    return visionUploadSchema.parse({
      summary: summariseAnswer(this.frames, { ...options, ...this.meta, calibrationUsed: this.calibrationUsed }),
      timeline: buildTimeline(this.frames, options),
    });
  }
}
