import { expectAccessible, expect, test } from "./support/a11y";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { acceptConsentAndDevices, answerFor, startSession, waitForAnalysis } from "./support/interview";
import { fakeMediaArgs } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";

// A fake microphone that speaks the synthetic answer; no camera (microphone-only sessions).
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(null)) } });
test.setTimeout(420_000);

test("a reload resumes mid-session without asking consent again; one answer can be recorded again; replay has a length", async ({ page }) => {
  await signUp(page, "Rita Retake", uniqueEmail("rita"), "rita's long password");
  await startSession(page, "Motivation and fit", 2, "AUDIO_ONLY");
  const runUrl = page.url();
  await acceptConsentAndDevices(page, false);
  await page.getByRole("button", { name: "Continue" }).click();
  await answerFor(page, 6);
  await expect(page.getByRole("heading", { name: "Answer saved. Take a breath." })).toBeVisible();
  // Its audio is safely uploaded before the page goes away.
  await expect(page.getByLabel("Uploads").getByText("uploaded", { exact: true })).toBeVisible({ timeout: 60_000 });

  // Reloading mid-session: straight to the microphone (the browser needs it again), then question 2.
  await page.goto(runUrl);
  await expect(page.getByRole("button", { name: "Turn on microphone" })).toBeVisible();
  await expect(page.getByLabel("I understand and want to continue.")).toHaveCount(0);
  await page.getByRole("button", { name: "Turn on microphone" }).click();
  await expect(page.getByText("✓ Microphone on")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await answerFor(page, 6);
  await waitForAnalysis(page, 2);
  const reportUrl = page.url();

  // Microphone-only answers replay from their audio, whose length the browser knows at once
  // (the recorder wrote the duration into the file), and without face legends or face rows.
  const first = page.getByTestId("answer-card").first();
  await expect(first.getByTestId("timeline-audio")).toBeVisible();
  const answerId = await first.getAttribute("data-answer-id");
  const duration = await page.evaluate(async (src) => {
    const audio = new Audio();
    audio.preload = "metadata";
    const loaded = new Promise((resolve) => audio.addEventListener("loadedmetadata", resolve, { once: true }));
    audio.src = src;
    await loaded;
    return audio.duration;
  }, `/api/answers/${answerId}/media/audio`);
  expect(Number.isFinite(duration)).toBe(true);
  expect(duration).toBeGreaterThan(3);
  expect(duration).toBeLessThan(20);
  await expect(first.getByTestId("timeline-legend")).not.toContainText("Observed expression");

  // The printout shows the report's transcript: the same words, repetitions and fillers marked alike.
  const reportWords = await first.locator("[data-testid=timeline-transcript] [data-mark]").evaluateAll((els) => els.map((e) => `${e.textContent}:${e.getAttribute("data-mark")}`));
  expect(reportWords.length).toBeGreaterThan(5);
  await page.goto(`${reportUrl}/print`);
  const printedWords = await page
    .locator("[data-testid=printed-transcript]")
    .first()
    .locator("[data-mark]")
    .evaluateAll((els) => els.map((e) => `${e.textContent}:${e.getAttribute("data-mark")}`));
  expect(printedWords).toEqual(reportWords);

  // A recorded answer offers replacing it, not an upload link; replacing asks first.
  await page.goto(reportUrl);
  await expect(first.getByLabel("Upload a recording for this answer")).toHaveCount(0);
  await first.getByRole("button", { name: "Replace this answer…" }).click();
  await expect(first.getByTestId("replace-answer")).toContainText("stay in this report until the new one has been analysed");
  await expectAccessible(page, "the replace-answer confirmation");
  await first.getByRole("link", { name: "Record question 1 again" }).click();

  // The runner asks that one question again, without the consent step.
  await expect(page.getByTestId("retake-notice")).toContainText("Recording question 1 again");
  await page.getByRole("button", { name: "Turn on microphone" }).click();
  await expect(page.getByText("✓ Microphone on")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await answerFor(page, 5);
  await expect(page).toHaveURL(reportUrl, { timeout: 60_000 });
  await waitForAnalysis(page, 2);
});
