import { expect, test } from "@playwright/test";
import { chromiumArgs } from "./support/browser";
import { acceptConsentAndDevices, answerFor, percentOf, startSession, waitForAnalysis } from "./support/interview";
import { fakeMediaArgs, fixturePaths, sharedVideosAvailable } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";

test.skip(!sharedVideosAvailable(), "needs the face videos in ../shared/data/video (not present)");
test.use({ launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs(fakeMediaArgs(fixturePaths.faceY4m)) } });
test.setTimeout(300_000);

test("a candidate completes a two-question session with a real face video and spoken answers", async ({ page }) => {
  await signUp(page, "Frida Face", uniqueEmail("frida"), "frida's long password");
  await startSession(page, "Communication under pressure", 2);
  await acceptConsentAndDevices(page);
  await expect(page.getByText("✓ Face found")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("face-indicator")).toHaveText("Face in view");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Skip calibration" }).click();

  await answerFor(page, 9);
  await page.getByRole("button", { name: "Next question" }).click();
  await answerFor(page, 9);

  await waitForAnalysis(page, 2);
  const cards = page.getByTestId("answer-card");
  for (let i = 0; i < 2; i++) {
    const card = cards.nth(i);
    await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE");
    expect(percentOf(await card.getByTestId("figure-face-visible").textContent())).toBeGreaterThan(60);
    await expect(card.getByTestId("figure-expression").locator("dd").first()).not.toHaveText("—");
    await expect(card.getByTestId("figure-wpm")).toContainText("wpm");
    await expect(card.getByTestId("timeline-transcript")).toContainText(/onboarding|customers|budget/i);
  }
  await expect(page.getByText("Gaze calibration was skipped")).toBeVisible();
});
