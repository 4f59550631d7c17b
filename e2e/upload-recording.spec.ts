import { writeFileSync } from "node:fs";
import path from "node:path";
import { expectAccessible, expect, test } from "./support/a11y";
import { startSession } from "./support/interview";
import { fixturePaths, FIXTURE_DIR, sharedVideosAvailable, SPOKEN_ANSWER_WORDS } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";

test.setTimeout(240_000);

test("a recording file is reduced to audio in the browser, uploaded and analysed; bad files are refused clearly", async ({ page }) => {
  await signUp(page, "Una Upload", uniqueEmail("una"), "una's long password");
  await startSession(page, "Motivation and fit", 1, "AUDIO_ONLY");
  await page.goto(page.url().replace(/\/run$/, ""));
  const card = page.getByTestId("answer-card");
  await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "PENDING");

  // The upload route checks content, emptiness and size itself, whatever the browser did.
  const answerId = await card.getAttribute("data-answer-id");
  const url = `/api/answers/${answerId}/media/audio`;
  const asText = await page.request.post(url, { data: Buffer.from("plain text pretending to be audio, long enough to sniff it"), headers: { "Content-Type": "video/webm" } });
  expect(asText.status()).toBe(415);
  expect((await asText.json()).error.code).toBe("UNSUPPORTED_MEDIA");
  const empty = await page.request.post(url, { data: Buffer.alloc(0) });
  expect([422]).toContain(empty.status());
  const oversize = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(6 * 1024 * 1024)]);
  const tooBig = await page.request.post(url, { data: oversize, headers: { "Content-Type": "video/webm" } });
  expect(tooBig.status()).toBe(413);
  const otherUser = await page.context().browser()!.newContext();
  const stranger = await otherUser.request.post(`http://127.0.0.1:3200${url}`, { data: Buffer.from("x") });
  expect(stranger.status()).toBe(401);
  await otherUser.close();

  // A text file renamed .webm is refused by content in the browser too, with the same reason.
  const fake = path.join(FIXTURE_DIR, "notes.webm");
  writeFileSync(fake, "these are my notes, not a recording\n".repeat(10));
  await card.getByLabel("Upload a recording for this answer").setInputFiles(fake);
  await expect(card.getByRole("alert")).toContainText("not a supported audio or video file");

  // A video recording: its audio is extracted on the device (ffmpeg.wasm), then analysed.
  await card.getByLabel("Upload a recording for this answer").setInputFiles(fixturePaths.answerMp4);
  await expect(card.getByText(/Extracting the audio on your device/)).toBeVisible();
  await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE", { timeout: 180_000 });
  await expect(card.getByTestId("timeline-transcript")).toContainText(SPOKEN_ANSWER_WORDS);
  // Audio only, no camera data: the eye region says so instead of showing numbers; the voice is still classified.
  await expect(card.getByTestId("eye-region-not-measured")).toContainText("Not measured");
  await expect(card.getByTestId("figure-vocal-expression")).toBeVisible();
  await card.getByText("Charts: pace and voice").click();
  await expectAccessible(page, "a microphone-only report with its charts open");
});

test("uploaded-video mode: with the candidate's opt-in, face and gaze are measured on the device from a video file", async ({ page }) => {
  test.skip(!sharedVideosAvailable(), "needs the face videos in ../shared/data/video");
  await signUp(page, "Vic Video", uniqueEmail("vic"), "vic's long password");
  await startSession(page, "Motivation and fit", 1, "AUDIO_ONLY");
  await page.goto(page.url().replace(/\/run$/, ""));
  const card = page.getByTestId("answer-card");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/api/answers/")) posts.push(new URL(request.url()).pathname.replace(/\/api\/answers\/[^/]+/, ""));
  });

  // Opt-in is per upload and off by default.
  const optIn = card.getByLabel(/Also measure face and gaze in a video/);
  await expect(optIn).not.toBeChecked();
  await optIn.check();
  await card.getByLabel("Upload a recording for this answer").setInputFiles(fixturePaths.faceAnswerWebm);
  await expect(card.getByText(/Measuring face and gaze on your device/)).toBeVisible({ timeout: 120_000 });
  await expect(card.getByText("Face and gaze measured on this device; the video was not uploaded.")).toBeVisible({ timeout: 120_000 });

  // Only the extracted audio and the measurements left the page, never the video.
  expect(posts).toEqual(["/media/audio", "/vision"]);
  // ~18 s at 10 frames a second, the face in view nearly all the time
  await expect(card.getByTestId("figure-face-visible")).toContainText(/(9\d|100)%.*1[5-9]\d frames of your uploaded video/);
  await expect(card.getByTestId("figure-expression")).toContainText("not what you felt");
  await expect(card.getByText("uncalibrated: standard settings")).toBeVisible();
  await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE", { timeout: 180_000 });

  // A WebM without a picture: the audio still replaces the old one; the measurement says why it stopped.
  await optIn.check();
  await card.getByLabel("Upload a recording for this answer").setInputFiles(fixturePaths.answerAudioWebm);
  await expect(card.getByRole("alert")).toHaveText("The audio was uploaded and is being analysed. No picture could be read from this file (it has no video, or video this browser cannot play, such as HEVC), so face and gaze were not measured.", { timeout: 120_000 });
  expect(posts.filter((p) => p === "/vision")).toHaveLength(1);
  await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE", { timeout: 180_000 });

  // The printable report says where the face figures came from too.
  await page.goto(`${page.url()}/print`);
  await expect(page.getByText(/Face visible: (9\d|100)% \(measured from an uploaded video, uncalibrated\)/)).toBeVisible();
  await expect(page.getByText(/Most observed expression: \w+/)).toBeVisible();
});
