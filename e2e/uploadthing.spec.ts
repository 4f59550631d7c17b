import { expect, test } from "./support/a11y";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { acceptConsentAndDevices, answerFor, startSession, waitForAnalysis } from "./support/interview";
import { fakeMediaArgs, fixturePaths, SPOKEN_ANSWER_WORDS } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";
import { UPLOADTHING_E2E, UPLOADTHING_STAND_IN_PORT } from "./support/uploadthing";

// A fake microphone that speaks the synthetic answer; no camera (microphone-only sessions).
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(null)) } });
test.setTimeout(420_000);
test.skip(!UPLOADTHING_E2E, "needs E2E_UPLOADTHING=1: the app with UploadThing as its driver, on the local stand-in");

test("with UploadThing as the driver, recordings and uploaded files go from the browser to it, and are checked, recorded and analysed", async ({ page }) => {
  const toUploadThing: string[] = [];
  const toLocalRoute: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "PUT" && url.port === String(UPLOADTHING_STAND_IN_PORT)) toUploadThing.push(url.pathname);
    if (request.method() === "POST" && /^\/api\/answers\/[^/]+\/media\//.test(url.pathname)) toLocalRoute.push(url.pathname);
  });
  await signUp(page, "Uma Thing", uniqueEmail("uma"), "uma's long password");

  // A recorded answer: the interview runner uploads its audio through UploadThing.
  await startSession(page, "Motivation and fit", 1, "AUDIO_ONLY");
  await acceptConsentAndDevices(page, false);
  await page.getByRole("button", { name: "Continue" }).click();
  await answerFor(page, 6);
  await waitForAnalysis(page, 1);
  const recorded = page.getByTestId("answer-card");
  await expect(recorded.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE");
  await expect(recorded.getByTestId("timeline-transcript")).toContainText(SPOKEN_ANSWER_WORDS);
  expect(toUploadThing).toHaveLength(1);

  // Played back from UploadThing through our authorised route; the local upload route is closed.
  const answerId = await recorded.getAttribute("data-answer-id");
  const replay = await page.request.get(`/api/answers/${answerId}/media/audio`, { headers: { range: "bytes=0-99" } });
  expect(replay.status()).toBe(206);
  const local = await page.request.post(`/api/answers/${answerId}/media/audio`, { data: Buffer.from("any bytes at all") });
  expect(local.status()).toBe(409);

  // A file uploaded from the report, for another session's unanswered question.
  await startSession(page, "Motivation and fit", 1, "AUDIO_ONLY");
  await page.goto(page.url().replace(/\/run$/, ""));
  const pending = page.getByTestId("answer-card");
  await pending.getByLabel("Upload a recording for this answer").setInputFiles(fixturePaths.speechWav);
  await expect(pending.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE", { timeout: 180_000 });
  await expect(pending.getByTestId("timeline-transcript")).toContainText(SPOKEN_ANSWER_WORDS);
  expect(toUploadThing).toHaveLength(2);
  expect(toLocalRoute).toEqual([]);
});
