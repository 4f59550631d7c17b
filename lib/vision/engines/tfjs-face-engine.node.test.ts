/**
 * Runs the real pipeline (tfjs wasm backend, Human's models from node_modules) on frames that
 * ffmpeg decodes from the shared test videos. Skips when /work/shared is absent.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerRecorder } from "../analysis/answer-recorder";
import { createNodeTfjsEngine } from "../node/human-models";
import { decodeVideo } from "../node/video-frames";
import { visionFrameSchema, visionUploadSchema, type VisionFrame } from "../schemas";
import type { TfjsFaceEngine } from "./tfjs-face-engine";

const VIDEO_DIR = "/work/shared/data/video";
const FACE_VIDEO = `${VIDEO_DIR}/pyfeat_WolfgangLanger_Pexels.mp4`;
const NO_FACE_VIDEO = `${VIDEO_DIR}/pyfeat_no_face.mp4`;
const haveVideos = existsSync(FACE_VIDEO) && existsSync(NO_FACE_VIDEO);
if (!haveVideos) console.warn(`[vision] skipping the Node pipeline check: ${VIDEO_DIR} is absent`);

const FPS = 4;

async function run(engine: TfjsFaceEngine, file: string): Promise<VisionFrame[]> {
  engine.reset();
  const video = decodeVideo(file, { fps: FPS, width: 640 });
  const out: VisionFrame[] = [];
  for (const [i, frame] of video.frames.entries()) {
    out.push((await engine.analyse(frame, { timestampMs: (i * 1000) / FPS })).frame);
  }
  return out;
}

describe.skipIf(!haveVideos)("tfjs face engine on real video (Node, wasm)", () => {
  let engine: TfjsFaceEngine;
  let face: VisionFrame[];
  let noFace: VisionFrame[];

  beforeAll(async () => {
    engine = await createNodeTfjsEngine();
    face = await run(engine, FACE_VIDEO);
    noFace = await run(engine, NO_FACE_VIDEO);
  }, 300_000);

  afterAll(() => engine.dispose());

  it("finds the face in most frames of the face video", () => {
    expect(face.length).toBeGreaterThan(70);
    expect(face.filter((f) => f.faceFound).length / face.length).toBeGreaterThan(0.9);
  });

  it("finds (almost) no face in the no-face video", () => {
    expect(noFace.length).toBeGreaterThan(10);
    expect(noFace.filter((f) => f.faceFound).length / noFace.length).toBeLessThan(0.1);
  });

  it("emits frames that satisfy the schema, with all per-frame fields on face frames", () => {
    for (const f of [...face, ...noFace]) expect(visionFrameSchema.safeParse(f).success).toBe(true);
    const found = face.filter((f) => f.faceFound);
    expect(found.every((f) => f.emotions && f.head && f.eyes && f.box)).toBe(true);
    // Gaze is withheld only while the eyes are closed, which they are for about a third of this clip.
    expect(found.every((f) => f.gaze !== null || f.eyesClosed)).toBe(true);
    expect(found.filter((f) => f.gaze).length / found.length).toBeGreaterThan(0.6);
  });

  it("reads the expressions the actress shows (happy from ~10 s to ~16 s)", () => {
    const happy = face.filter((f) => f.timestampMs >= 10_500 && f.timestampMs < 16_000 && f.emotions);
    const share = happy.filter((f) => (f.emotions?.happy ?? 0) > 0.5).length / happy.length;
    expect(share).toBeGreaterThan(0.7);
  });

  it("follows the eyes: looking to her left around 9-12 s, then back", () => {
    // Checked by eye on the decoded frames: from ~9 s her irises sit towards her left (image right).
    const window = face.filter((f) => f.timestampMs >= 9_000 && f.timestampMs < 12_000 && f.gaze);
    const meanYaw = window.reduce((a, f) => a + (f.gaze?.yaw ?? 0), 0) / window.length;
    expect(meanYaw).toBeLessThan(-3);
  });

  it("builds an upload payload the server schema accepts", () => {
    const rec = new AnswerRecorder(0, { engine: engine.id, models: engine.models });
    for (const f of face) rec.add(f);
    const payload = rec.finish(face.length * (1000 / FPS));
    expect(visionUploadSchema.safeParse(payload).success).toBe(true);
    expect(payload.summary.faceVisibleShare).toBeGreaterThan(0.9);
    expect(payload.summary.models.map((m) => m.id)).toEqual(["blazeface", "facemesh", "iris", "human-emotion"]);
  });
});
