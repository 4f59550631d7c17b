/**
 * MediaPipe's FaceLandmarker engine driven from Node (the app's worker in headless Chromium) on real
 * frames of a presidential address. Skips when the shared folder (../shared or $REHEARSE_SHARED_DIR),
 * the model or Chromium is absent.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../../testing/browser-page";
import { sharedDir } from "../../testing/shared-data";
import type { FaceAnalysis } from "../engines/types";
import { visionFrameSchema } from "../schemas";
import type { BrowserFaceEngine } from "./browser-vision";
import { createNodeMediaPipeEngine, defaultFaceLandmarkerModelPath } from "./mediapipe-node";
import { decodeVideo } from "./video-frames";

const VIDEO = path.join(sharedDir(), "data/video/hdtf_obama_address.mp4");
const MODEL = defaultFaceLandmarkerModelPath();
const missing = [
  [VIDEO, existsSync(VIDEO)],
  [MODEL, existsSync(MODEL)],
  ["Chromium", chromiumAvailable()],
].flatMap(([what, there]) => (there ? [] : [what]));
if (missing.length) console.warn(`[vision] skipping the MediaPipe Node engine check: ${missing.join(", ")} absent`);

const FPS = 10;
const FRAMES = 12;

describe.skipIf(missing.length > 0)("MediaPipe FaceLandmarker engine from Node (real video)", () => {
  let engine: BrowserFaceEngine;
  const results: FaceAnalysis[] = [];
  let width = 0;
  let height = 0;
  const roundTripMs: number[] = [];

  beforeAll(async () => {
    engine = await createNodeMediaPipeEngine({ modelPath: MODEL, emotion: false });
    const video = decodeVideo(VIDEO, { fps: FPS, width: 640, maxFrames: FRAMES });
    ({ width, height } = video);
    for (const [i, frame] of video.frames.entries()) {
      const t0 = performance.now();
      results.push(await engine.analyse(frame, { timestampMs: (i * 1000) / FPS }));
      roundTripMs.push(performance.now() - t0);
    }
    // The first frame includes the graph's warm-up: leave it out of the per-frame figure.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const steady = results.slice(1);
    console.info(
      `[vision] MediaPipe from Node: ${mean(roundTripMs.slice(1)).toFixed(0)} ms/frame round trip, ` +
        `${mean(steady.map((r) => r.timings.totalMs)).toFixed(0)} ms in the worker (${width}x${height}, load ${os.loadavg()[0]?.toFixed(1)})`,
    );
  }, 180_000);

  afterAll(async () => engine.close());

  it("reports the MediaPipe engine and only the landmarker model without expressions", () => {
    expect(engine.id).toBe("mediapipe-face-landmarker");
    expect(engine.backend).toBe("mediapipe-wasm");
    expect(engine.models.map((m) => m.id)).toEqual(["face-landmarker"]);
  });

  it("finds the face with 478 landmarks inside the frame on every frame", () => {
    expect(results).toHaveLength(FRAMES);
    for (const r of results) {
      expect(r.frame.faceFound).toBe(true);
      expect(r.landmarks).toHaveLength(478);
      for (const [x, y] of r.landmarks ?? []) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
    }
  });

  it("puts the face where it is in the picture (centred, a quarter to a half of the width)", () => {
    for (const r of results) {
      const box = r.frame.box;
      expect(box).not.toBeNull();
      if (!box) continue;
      // The box is normalised to the frame.
      const centreX = box.x + box.width / 2;
      expect(centreX).toBeGreaterThan(0.35);
      expect(centreX).toBeLessThan(0.65);
      expect(box.width).toBeGreaterThan(0.15);
      expect(box.width).toBeLessThan(0.5);
    }
  });

  it("emits schema-valid frames with head pose, eyes and gaze, and no expressions", () => {
    for (const r of results) {
      expect(visionFrameSchema.safeParse(r.frame).success).toBe(true);
      expect(r.frame.head).not.toBeNull();
      expect(r.frame.eyes).not.toBeNull();
      expect(r.frame.emotions).toBeNull();
    }
    expect(results.filter((r) => r.frame.gaze && r.rawGaze).length).toBeGreaterThanOrEqual(FRAMES - 2);
  });

  it("keeps working after a reset, when timestamps start again at 0 (next answer or video)", async () => {
    engine.reset();
    const [frame] = decodeVideo(VIDEO, { fps: FPS, width: 640, maxFrames: 1 }).frames;
    if (!frame) throw new Error("no frame decoded");
    const again = await engine.analyse(frame, { timestampMs: 0 });
    expect(again.landmarks).toHaveLength(478);
  });
});
