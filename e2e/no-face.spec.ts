import { expect, test } from "./support/a11y";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { acceptConsentAndDevices, percentOf, startSession, waitForAnalysis } from "./support/interview";
import { fakeMediaArgs, fixturePaths, sharedVideosAvailable } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";

test.skip(!sharedVideosAvailable(), "needs the no-face control video in ../shared/data/video (not present)");
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(fixturePaths.noFaceY4m)) } });
test.setTimeout(240_000);

test("with nobody in view the page warns and the face share is near zero", async ({ page }) => {
  await signUp(page, "Nobody There", uniqueEmail("noface"), "nobody's long password");
  await startSession(page, "Communication under pressure", 1);
  await acceptConsentAndDevices(page);
  await expect(page.getByTestId("face-indicator")).toHaveText("No face found", { timeout: 90_000 });
  await expect(page.getByText("Face not found: sit facing the camera")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Skip calibration" }).click();
  await page.getByRole("button", { name: "Start answering now" }).click();
  await expect(page.getByText("We can't see your face.")).toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(4000);
  await page.getByRole("button", { name: "Finish answer" }).click();

  await waitForAnalysis(page, 1);
  expect(percentOf(await page.getByTestId("figure-face-visible").textContent())).toBeLessThan(10);
  // No face, no eye-contact or expression figure: the report and the printout both say why.
  // The eye-contact and expression figure, and the eye-region section, both give the reason.
  await expect(page.getByRole("definition").filter({ hasText: /Not measured: Face visible \d+% of \d+ s\. Face-based scores need at least 50%\./ })).toBeVisible();
  await expect(page.getByTestId("eye-region-not-measured")).toContainText(/Not measured: Face visible \d+% of \d+ s\./);
  await page.goto(`${page.url()}/print`);
  await expect(page.getByText(/Eye contact and expression: not measured \(Face visible \d+% of \d+ s\./)).toBeVisible();
});
