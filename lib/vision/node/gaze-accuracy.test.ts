/**
 * The default engine's gaze, re-measured on the real labelled videos in ../shared against the
 * figures the model card publishes (lib/model-cards/published/gaze-tfjs.json): fails when a change
 * makes eye contact or the eyes-closed handling worse than published. Skips without the videos.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gazeFiguresSchema } from "../../model-cards/figures-schema";
import { sharedDir } from "../../testing/shared-data";
import { overallGazeScore, parseGazeLabels } from "../analysis/gaze-agreement";
import type { TfjsFaceEngine } from "../engines/tfjs-face-engine";
import { evaluateGaze } from "./gaze-evaluation";
import { createNodeTfjsEngine } from "./human-models";

const LABELS = path.join(sharedDir(), "data/video/gaze-labels.tsv");
const available = existsSync(LABELS);
if (!available) console.warn(`[vision] skipping the gaze accuracy check: ${LABELS} is absent`);

const published = gazeFiguresSchema.parse(JSON.parse(readFileSync("lib/model-cards/published/gaze-tfjs.json", "utf8")));

describe.skipIf(!available)("gaze against people's labels (tfjs engine, uncalibrated)", () => {
  let engine: TfjsFaceEngine;
  let overall: ReturnType<typeof overallGazeScore>;

  beforeAll(async () => {
    engine = await createNodeTfjsEngine({ emotion: false });
    const { scores } = await evaluateGaze(engine, parseGazeLabels(readFileSync(LABELS, "utf8")), path.dirname(LABELS), { fps: 10, calibration: null });
    overall = overallGazeScore(scores);
  }, 600_000);

  afterAll(() => engine.dispose());

  it("keeps eye contact as close to the labels as published", () => {
    expect(overall.eyeContactMeanAbsError).not.toBeNull();
    expect(overall.eyeContactMeanAbsError ?? 1).toBeLessThanOrEqual((published.overall.eyeContactMeanAbsError ?? 0) + 0.01);
    expect(overall.videosWithin10Points).toBeGreaterThanOrEqual(published.overall.videosWithin10Points);
  });

  it("keeps frame agreement and the eyes-closed handling at least as good as published", () => {
    expect(overall.frameAgreement ?? 0).toBeGreaterThanOrEqual((published.overall.frameAgreement ?? 1) - 0.01);
    expect(overall.closedReadAsDirection).toBeLessThanOrEqual(published.overall.closedReadAsDirection + 2);
  });
});
