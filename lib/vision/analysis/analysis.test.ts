import { describe, expect, it } from "vitest";
import { MAX_TIMELINE_POINTS, VISION_ALGORITHM_VERSION } from "../constants";
import { visionUploadSchema } from "../schemas";
import { AnswerRecorder } from "./answer-recorder";
import { awayDirection, countBlinks, findLookAwayEpisodes } from "./episodes";
import { median, populationStd as std } from "../../stats";
import { mode, smoothSeries } from "./stats";
import { summariseAnswer } from "./summary";
import { frame, frames, HAPPY, NO_FACE } from "./test-frames";
import { buildTimeline } from "./timeline";

const META = { engine: "tfjs-human" as const, models: [{ id: "blazeface", version: "human-3.3.6" }], calibrationUsed: false };

describe("stats", () => {
  it("smooths with a centred window and keeps nulls", () => {
    expect(smoothSeries([0, 3, 0, 3], 1)).toEqual([1.5, 1, 2, 1.5]);
    expect(smoothSeries([1, null, 4], 1)).toEqual([1, null, 4]);
    expect(smoothSeries([2, null, 4, 6], 1)).toEqual([2, null, 5, 5]);
    expect(smoothSeries([5, 7], 0)).toEqual([5, 7]);
  });

  it("computes median, std and mode", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(std([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(mode(["a", "b", "b", "a", "b"])).toBe("b");
    expect(mode([])).toBeNull();
  });
});

describe("timeline", () => {
  it("resamples to 4 Hz steps", () => {
    // 2 s at 20 fps: 8 steps of 5 frames each.
    const tl = buildTimeline(frames(1000, 3000, 50), { startMs: 1000, endMs: 3000 });
    expect(tl).toHaveLength(8);
    expect(tl.map((p) => p.t)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75]);
    expect(tl.every((p) => p.face === 1 && p.screenRegion === "centre")).toBe(true);
  });

  it("smooths a one-step spike over its neighbours", () => {
    // Head yaw 0 except 30 deg during the third step (500-750 ms).
    const fs = frames(0, 1500, 50, (t) => ({ head: { yaw: t >= 500 && t < 750 ? 30 : 0, pitch: 0, roll: 0 } }));
    const raw = buildTimeline(fs, { startMs: 0, endMs: 1500, smoothRadius: 0 });
    const smooth = buildTimeline(fs, { startMs: 0, endMs: 1500 });
    expect(raw.map((p) => p.headYaw)).toEqual([0, 0, 30, 0, 0, 0]);
    expect(smooth.map((p) => p.headYaw)).toEqual([0, 10, 10, 10, 0, 0]);
  });

  it("leaves steps without a face empty and reports the face share", () => {
    const fs = [...frames(0, 500, 50), ...frames(500, 1000, 50, NO_FACE)];
    const tl = buildTimeline(fs, { startMs: 0, endMs: 1000, smoothRadius: 0 });
    expect(tl.map((p) => p.face)).toEqual([1, 1, 0, 0]);
    expect(tl[3]?.emotions).toBeNull();
    expect(tl[3]?.gazeYaw).toBeNull();
    expect(tl[0]?.emotions).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it("averages emotions within a step", () => {
    const fs = [frame(0), frame(100, { emotions: HAPPY })];
    const [p] = buildTimeline(fs, { startMs: 0, endMs: 250 });
    expect(p?.emotions).toEqual([0, 0, 0, 0.5, 0, 0, 0.5]);
  });

  it("caps the length at 10 minutes", () => {
    const tl = buildTimeline([], { startMs: 0, endMs: 20 * 60 * 1000 });
    expect(tl).toHaveLength(MAX_TIMELINE_POINTS);
  });
});

describe("looking-away episodes", () => {
  it("finds an off-screen run longer than a second with its direction", () => {
    const away = { screenRegion: "off-screen" as const, gridCell: null, gaze: { yaw: 30, pitch: -12, screenX: 1.9, screenY: 0 } };
    const fs = frames(0, 5000, 100, (t) => (t >= 1000 && t < 2500 ? away : {}));
    expect(findLookAwayEpisodes(fs, 5000)).toEqual([{ startMs: 1000, durationMs: 1500, direction: "right" }]);
  });

  it("ignores glances under a second and bridges short returns", () => {
    const away = { screenRegion: "off-screen" as const, gridCell: null, gaze: { yaw: 0, pitch: -40, screenX: 0, screenY: -2.8 } };
    const fs = frames(0, 6000, 100, (t) => ((t >= 500 && t < 1000) || (t >= 2000 && t < 2700) || (t >= 2900 && t < 3500) ? away : {}));
    expect(findLookAwayEpisodes(fs, 6000)).toEqual([{ startMs: 2000, durationMs: 1500, direction: "down" }]);
  });

  it("counts a missing face as looking away with no direction, up to the end of the answer", () => {
    const fs = frames(0, 3000, 100, (t) => (t >= 1500 ? NO_FACE : {}));
    expect(findLookAwayEpisodes(fs, 3000)).toEqual([{ startMs: 1500, durationMs: 1500, direction: "face-not-visible" }]);
  });

  it("names diagonal directions", () => {
    expect(awayDirection(-1.5, 1.4)).toBe("up-left");
    expect(awayDirection(1.1, -1.05)).toBe("down-right");
    expect(awayDirection(0.5, -2)).toBe("down");
  });
});

describe("blinks", () => {
  const eyes = (openness: number) => ({ eyes: { openness, leftOpenness: openness, rightOpenness: openness, browRaise: 0, squint: 0, source: "landmarks" as const } });

  it("counts short closures and ignores long ones", () => {
    // Blinks at 1 s and 3 s (150 ms each), eyes closed for 1.5 s from 5 s.
    const fs = frames(0, 8000, 50, (t) =>
      eyes((t >= 1000 && t < 1150) || (t >= 3000 && t < 3150) || (t >= 5000 && t < 6500) ? 0.1 : 0.9),
    );
    expect(countBlinks(fs)).toBe(2);
  });
});

describe("summary", () => {
  it("computes shares, the dominant expression and eye contact over face-visible time", () => {
    // 10 s at 10 fps: 8 s with a face (first 2 s happy + eye contact), last 2 s no face.
    const fs = frames(0, 10_000, 100, (t) => (t >= 8000 ? NO_FACE : t < 2000 ? { emotions: HAPPY, eyeContact: true, gridCell: "top-centre", screenRegion: "border" } : {}));
    const s = summariseAnswer(fs, { startMs: 0, endMs: 10_000, ...META });
    expect(s.framesAnalysed).toBe(100);
    expect(s.framesWithFace).toBe(80);
    expect(s.analysedFps).toBe(10);
    expect(s.faceVisibleShare).toBe(0.8);
    expect(s.emotionDistribution?.happy).toBe(0.25);
    expect(s.emotionDistribution?.neutral).toBe(0.75);
    expect(s.dominantEmotion).toBe("neutral");
    expect(s.eyeContactShare).toBe(0.25);
    expect(s.gridCellShares["top-centre"]).toBe(0.25);
    expect(s.gridCellShares["middle-centre"]).toBe(0.75);
    expect(s.screenRegionShares).toEqual({ centre: 0.75, border: 0.25, "off-screen": 0 });
    expect(s.lookingAway).toEqual({ count: 1, totalMs: 2000, episodes: [{ startMs: 8000, durationMs: 2000, direction: "face-not-visible" }] });
    expect(s.algorithmVersion).toBe(VISION_ALGORITHM_VERSION);
    expect(s.blinks.ratePerMinute).toBeNull(); // 8 s of face is too little
  });

  it("measures head-movement variability and speed", () => {
    // Yaw alternates 0 / 10 deg every 100 ms: std 5, speed 10 deg per 0.1 s = 100 deg/s.
    const fs = frames(0, 2000, 100, (t) => ({ head: { yaw: (t / 100) % 2 ? 10 : 0, pitch: 0, roll: 0 } }));
    const s = summariseAnswer(fs, { startMs: 0, endMs: 2000, ...META });
    expect(s.headMovement.yawStdDeg).toBe(5);
    expect(s.headMovement.pitchStdDeg).toBe(0);
    expect(s.headMovement.meanSpeedDegPerSec).toBe(100);
  });

  it("reports nulls rather than zeros when no face was seen", () => {
    const s = summariseAnswer(frames(0, 3000, 100, NO_FACE), { startMs: 0, endMs: 3000, ...META });
    expect(s.faceVisibleShare).toBe(0);
    expect(s.emotionDistribution).toBeNull();
    expect(s.dominantEmotion).toBeNull();
    expect(s.eyeContactShare).toBeNull();
    expect(s.headMovement.yawStdDeg).toBeNull();
  });
});

describe("answer recorder", () => {
  it("produces a payload the server schema accepts and marks calibration", () => {
    const rec = new AnswerRecorder(1000, { engine: "tfjs-human", models: META.models });
    for (const f of frames(0, 31_000, 66, (t) => ({ calibrated: t > 5000 }))) rec.add(f);
    const payload = rec.finish(31_000);
    expect(payload.timeline).toHaveLength(120);
    expect(payload.summary.calibrationUsed).toBe(true);
    expect(payload.summary.framesAnalysed).toBe(rec.frameCount);
    expect(visionUploadSchema.safeParse(JSON.parse(JSON.stringify(payload))).success).toBe(true);
  });

  it("records where the frames came from: the live camera unless a file was analysed", () => {
    const live = new AnswerRecorder(0, { engine: "tfjs-human", models: [] });
    const file = new AnswerRecorder(0, { engine: "tfjs-human", models: [], source: "file" });
    for (const f of frames(0, 2000, 100)) {
      live.add(f);
      file.add(f);
    }
    expect(live.finish(2000).summary.source).toBe("camera");
    expect(file.finish(2000).summary.source).toBe("file");
    // summaries stored before the field existed still parse, and read as camera answers
    const { source: _omitted, ...stored } = live.finish(2000).summary;
    expect(visionUploadSchema.shape.summary.parse(stored).source).toBeUndefined();
  });

  it("still produces a valid payload for an answer that overruns 10 minutes", () => {
    const rec = new AnswerRecorder(0, { engine: "tfjs-human", models: [] });
    for (const f of frames(0, 12 * 60 * 1000, 1000)) rec.add(f);
    const payload = rec.finish(12 * 60 * 1000);
    expect(payload.timeline).toHaveLength(MAX_TIMELINE_POINTS);
    expect(payload.summary.durationMs).toBe(720_000);
  });

  it("the schema rejects an oversized timeline", () => {
    const rec = new AnswerRecorder(0, { engine: "tfjs-human", models: [] });
    const payload = rec.finish(1000);
    const big = { ...payload, timeline: Array.from({ length: MAX_TIMELINE_POINTS + 500 }, () => payload.timeline[0]) };
    expect(visionUploadSchema.safeParse(big).success).toBe(false);
  });
});
