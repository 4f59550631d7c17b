import { expect, test } from "./support/a11y";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { acceptConsentAndDevices, answerFor, percentOf, startSession, waitForAnalysis } from "./support/interview";
import { fakeMediaArgs, fixturePaths, sharedVideosAvailable } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";

test.skip(!sharedVideosAvailable(), "needs the face videos in ../shared/data/video (not present)");
// A real person looking into the lens for the whole clip: what a candidate does at the camera target.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(fixturePaths.atCameraY4m)) } });
test.setTimeout(300_000);

test("calibration runs to the end, can be cancelled, and the fitted calibration is stored and used", async ({ page }) => {
  await signUp(page, "Cal Ibrate", uniqueEmail("calibrate"), "calibrating's long password");
  await startSession(page, "Communication under pressure", 1);
  await acceptConsentAndDevices(page);
  await expect(page.getByTestId("face-indicator")).toHaveText("Face in view", { timeout: 90_000 });
  await page.getByRole("button", { name: "Continue" }).click();

  // Escape ends a run at once and leaves the step as it was.
  await page.getByRole("button", { name: "Start calibration" }).click();
  const overlay = page.getByRole("dialog", { name: "Gaze calibration" });
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole("progressbar", { name: "Calibration progress" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(overlay).toBeHidden();

  // A full run ends by itself within its few seconds, with a result. He looks at the lens throughout
  // instead of following the dot, so only the camera offset is kept, and the step says so.
  await page.getByRole("button", { name: "Start calibration" }).click();
  await expect(overlay).toBeVisible();
  await expect(overlay).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole("status")).toHaveText(/only where you look at the camera was calibrated|Calibrated from \d+ samples/);
  await page.getByRole("button", { name: "Use this calibration" }).click();

  await answerFor(page, 12);
  await waitForAnalysis(page, 1);
  // Stored with the session: no "calibration was skipped" warning, and the eye-contact figure is a calibrated one.
  await expect(page.getByText("Gaze calibration was skipped")).toHaveCount(0);
  const eyeContact = page.getByTestId("figure-eye-contact");
  await expect(eyeContact).toContainText("of face-visible time");
  // Used by the live pipeline: someone looking into the lens reads as eye contact most of the time.
  expect(percentOf(await eyeContact.textContent())).toBeGreaterThan(70);
});
