/**
 * The MediaPipe FaceLandmarker engine in a real browser: the vision lab page on the fake camera's face
 * video, with the landmarker model from ../shared handed to the page by Playwright (never copied into the
 * repo or served by the app). It must load, find the face in most frames, and run our expression model.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/a11y";
import { DEFAULT_EMOTION_MODEL } from "../lib/vision/model-registry";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { fakeMediaArgs, fixturePaths, SHARED_DIR, sharedVideosAvailable } from "./support/media-fixtures";

const LANDMARKER = path.join(SHARED_DIR, "models/face_landmarker.task");
const LANDMARKER_URL = "/e2e/face_landmarker.task";

test.skip(!sharedVideosAvailable() || !existsSync(LANDMARKER), "needs ../shared/data/video and ../shared/models/face_landmarker.task (not present)");
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(fixturePaths.faceY4m)) } });
test.setTimeout(180_000);

test("the MediaPipe engine finds the face and runs the expression model", async ({ page }) => {
  // the context, not the page: the model is fetched by the vision Web Worker
  await page.context().route(`**${LANDMARKER_URL}`, (route) => route.fulfill({ path: LANDMARKER, contentType: "application/octet-stream" }));
  await page.goto(`/lab/vision?landmarker=${encodeURIComponent(LANDMARKER_URL)}`);
  await page.waitForFunction(
    () => {
      const bench = window.__visionBench;
      return bench && (/error/.test(bench.status) || bench.framesAnalysed >= 30);
    },
    undefined,
    { timeout: 150_000, polling: 500 },
  );
  const figures = await page.evaluate(() => window.__visionBench!);
  expect(figures.error).toBeNull();
  expect(figures.engine).toBe("mediapipe-face-landmarker");
  expect(figures.models.map((m) => m.id)).toEqual(["face-landmarker", DEFAULT_EMOTION_MODEL]);
  expect(figures.warnings).toEqual([]);
  expect(figures.framesWithFace / figures.framesAnalysed).toBeGreaterThan(0.8);
  expect(figures.framesWithEmotion).toBeGreaterThan(0);
});
