/**
 * The browser path (the app's VisionClient and vision worker in headless Chromium, tfjs on wasm) and
 * the Node path (the same engine on tfjs-node's wasm backend, as eval scripts run it) must give the
 * same per-answer summary on the same real frames, so a Node evaluation speaks for the browser.
 * Skips when the shared folder (../shared or $REHEARSE_SHARED_DIR) or Chromium is absent.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../../testing/browser-page";
import { sharedDir } from "../../testing/shared-data";
import { EMOTION_LABELS, GRID_CELLS, SCREEN_REGIONS } from "../constants";
import { summariseAnswer } from "../analysis/summary";
import type { FaceAnalysis, FaceEngine, RawFrame } from "../engines/types";
import { DEFAULT_EMOTION_MODEL } from "../model-registry";
import type { VisionSummary } from "../schemas";
import { startBrowserVision, type BrowserFaceEngine } from "./browser-vision";
import { createNodeTfjsEngine } from "./human-models";
import { decodeVideo } from "./video-frames";

const VIDEO = path.join(sharedDir(), "data/video/hdtf_obama_address.mp4");
const missing = [
  [VIDEO, existsSync(VIDEO)],
  ["Chromium", chromiumAvailable()],
].flatMap(([what, there]) => (there ? [] : [what]));
if (missing.length) console.warn(`[vision] skipping the browser/Node parity check: ${missing.join(", ")} absent`);

const FPS = 10;
const FRAMES = 40;
// The two sides run the same wasm kernels on the same pixels; what differs is float summation order
// (SIMD lanes, JIT), a few 1e-4 px on landmarks. A threshold-crossing frame is 1/40 = 0.025 of a
// share, so 0.02 means "no frame reads differently"; the per-frame limits catch drift long before
// it would flip one.
const SHARE_TOLERANCE = 0.02;
const LANDMARK_TOLERANCE_PX = 0.5;
const ANGLE_TOLERANCE_DEG = 0.5;

async function analyseAll(engine: FaceEngine, frames: RawFrame[]): Promise<FaceAnalysis[]> {
  engine.reset();
  const out: FaceAnalysis[] = [];
  for (const [i, frame] of frames.entries()) out.push(await engine.analyse(frame, { timestampMs: (i * 1000) / FPS }));
  return out;
}

function summarise(engine: FaceEngine, results: FaceAnalysis[]): VisionSummary {
  return summariseAnswer(
    results.map((r) => r.frame),
    { startMs: 0, endMs: (FRAMES * 1000) / FPS, engine: engine.id, models: engine.models, calibrationUsed: false },
  );
}

const maxOf = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

describe.skipIf(missing.length > 0)("browser vision worker and Node give the same summary (real video)", () => {
  let browser: BrowserFaceEngine;
  let node: FaceEngine;
  let inBrowser: FaceAnalysis[];
  let inNode: FaceAnalysis[];
  let browserSummary: VisionSummary;
  let nodeSummary: VisionSummary;

  beforeAll(async () => {
    const { frames } = decodeVideo(VIDEO, { fps: FPS, width: 640, maxFrames: FRAMES });
    // The app's expression model on both sides, run on every frame.
    node = await createNodeTfjsEngine({ emotionModel: DEFAULT_EMOTION_MODEL });
    const t0 = performance.now();
    inNode = await analyseAll(node, frames);
    const t1 = performance.now();
    browser = await startBrowserVision({ emotionModel: DEFAULT_EMOTION_MODEL });
    const t2 = performance.now();
    inBrowser = await analyseAll(browser, frames);
    const t3 = performance.now();
    nodeSummary = summarise(node, inNode);
    browserSummary = summarise(browser, inBrowser);
    console.info(
      `[vision] parity on ${FRAMES} frames: Node ${((t1 - t0) / FRAMES).toFixed(0)} ms/frame, browser ${((t3 - t2) / FRAMES).toFixed(0)} ms/frame ` +
        `(load ${os.loadavg()[0]?.toFixed(1)}); eye contact ${nodeSummary.eyeContactShare} vs ${browserSummary.eyeContactShare}`,
    );
  }, 240_000);

  afterAll(async () => {
    node.dispose();
    await browser.close();
  });

  it("runs the same engine and models on both sides", () => {
    expect(browser.id).toBe("tfjs-human");
    expect(browser.backend).toBe("wasm");
    expect(browser.models).toEqual(node.models);
  });

  it("finds the face on the same frames", () => {
    expect(inBrowser.map((r) => r.frame.faceFound)).toEqual(inNode.map((r) => r.frame.faceFound));
    expect(browserSummary.faceVisibleShare).toBe(nodeSummary.faceVisibleShare);
    // Not a vacuous comparison: the president is in every frame.
    expect(nodeSummary.faceVisibleShare).toBe(1);
  });

  it("gives the same landmarks, head pose and gaze per frame", () => {
    const landmarkGaps: number[] = [];
    const angleGaps: number[] = [];
    for (const [i, b] of inBrowser.entries()) {
      const n = inNode[i] as FaceAnalysis;
      for (const [k, p] of (b.landmarks ?? []).entries()) {
        const q = n.landmarks?.[k];
        landmarkGaps.push(q ? Math.hypot(p[0] - q[0], p[1] - q[1]) : Infinity);
      }
      for (const key of ["yaw", "pitch", "roll"] as const) angleGaps.push(Math.abs((b.frame.head?.[key] ?? NaN) - (n.frame.head?.[key] ?? NaN)));
      for (const key of ["yaw", "pitch"] as const) angleGaps.push(Math.abs((b.frame.gaze?.[key] ?? 0) - (n.frame.gaze?.[key] ?? 0)));
      expect(b.frame.gaze === null).toBe(n.frame.gaze === null);
      expect(b.frame.eyeContact).toBe(n.frame.eyeContact);
      expect(b.frame.screenRegion).toBe(n.frame.screenRegion);
    }
    expect(landmarkGaps.length).toBe(FRAMES * 478);
    expect(maxOf(landmarkGaps)).toBeLessThan(LANDMARK_TOLERANCE_PX);
    expect(maxOf(angleGaps)).toBeLessThan(ANGLE_TOLERANCE_DEG);
  });

  it("gives the same eye-contact, screen-region and grid shares", () => {
    expect(browserSummary.eyeContactShare).not.toBeNull();
    expect(Math.abs((browserSummary.eyeContactShare ?? NaN) - (nodeSummary.eyeContactShare ?? NaN))).toBeLessThanOrEqual(SHARE_TOLERANCE);
    for (const region of SCREEN_REGIONS) {
      expect(Math.abs(browserSummary.screenRegionShares[region] - nodeSummary.screenRegionShares[region])).toBeLessThanOrEqual(SHARE_TOLERANCE);
    }
    for (const cell of GRID_CELLS) {
      expect(Math.abs(browserSummary.gridCellShares[cell] - nodeSummary.gridCellShares[cell])).toBeLessThanOrEqual(SHARE_TOLERANCE);
    }
    expect(browserSummary.lookingAway.count).toBe(nodeSummary.lookingAway.count);
    expect(browserSummary.blinks.count).toBe(nodeSummary.blinks.count);
  });

  it("gives the same head movement, eye region and expressions", () => {
    for (const key of ["yawStdDeg", "pitchStdDeg", "rollStdDeg"] as const) {
      expect(Math.abs((browserSummary.headMovement[key] ?? NaN) - (nodeSummary.headMovement[key] ?? NaN))).toBeLessThan(ANGLE_TOLERANCE_DEG);
    }
    for (const key of ["meanOpenness", "meanSquint", "meanBrowRaise"] as const) {
      expect(Math.abs((browserSummary.eyeRegion[key] ?? NaN) - (nodeSummary.eyeRegion[key] ?? NaN))).toBeLessThanOrEqual(SHARE_TOLERANCE);
    }
    expect(browserSummary.dominantEmotion).not.toBeNull();
    expect(browserSummary.dominantEmotion).toBe(nodeSummary.dominantEmotion);
    for (const label of EMOTION_LABELS) {
      expect(Math.abs((browserSummary.emotionDistribution?.[label] ?? NaN) - (nodeSummary.emotionDistribution?.[label] ?? NaN))).toBeLessThanOrEqual(SHARE_TOLERANCE);
    }
  });
});
