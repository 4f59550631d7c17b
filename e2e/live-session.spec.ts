import { expectAccessible, expect, test } from "./support/a11y";
import { personLabel } from "../lib/users/person-label";
import { demoAccount, storageStatePath } from "./support/accounts";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { listUploadedFiles } from "./support/files";
import { acceptConsentAndDevices, answerFor, percentOf, startSession, waitForAnalysis } from "./support/interview";
import { fakeMediaArgs, fixturePaths, sharedVideosAvailable, SPOKEN_ANSWER_WORDS } from "./support/media-fixtures";
import { signUp, uniqueEmail } from "./support/sign-in";

test.skip(!sharedVideosAvailable(), "needs the face videos in ../shared/data/video (not present)");
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(fixturePaths.faceY4m)) } });
test.setTimeout(420_000);

test("the whole chain: live session, analysis, report, coach comment, refusal of another coach, deletion", async ({ browser }) => {
  const candidateContext = await browser.newContext();
  const page = await candidateContext.newPage();
  const email = uniqueEmail("frida");
  await signUp(page, "Frida Face", email, "frida's long password");

  // She shares with coaches and joins benchmarks; an admin assigns her the demo coach.
  await page.goto("/settings");
  await page.getByLabel("Share my reports with my coaches").check();
  await page.getByLabel("Include my results in anonymous benchmarks").check();
  await page.getByRole("button", { name: "Save choices" }).click();
  await expect(page.getByText("Your choices are saved.")).toBeVisible();
  const adminContext = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  const admin = await adminContext.newPage();
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("combobox", { name: "Coach for Frida Face" }).selectOption({ label: personLabel(demoAccount("COACH")) });
  await admin.getByRole("button", { name: "Assign" }).click();
  await expect(admin.getByRole("row", { name: /Frida Face/ })).toContainText(demoAccount("COACH").name);

  // A two-question live session with a real face on camera and spoken answers on the microphone.
  const filesBefore = new Set(listUploadedFiles());
  await startSession(page, "Communication under pressure", 2);
  await acceptConsentAndDevices(page);
  await expect(page.getByText("✓ Face found")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("face-indicator")).toHaveText("Face in view");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Skip calibration" }).click();
  await answerFor(page, 14);
  await page.getByRole("button", { name: "Next question" }).click();
  await answerFor(page, 14);
  await waitForAnalysis(page, 2);
  const reportUrl = page.url();
  const newFiles = listUploadedFiles().filter((file) => !filesBefore.has(file));
  expect(newFiles).toHaveLength(2); // one audio file per answer; video stayed on the device

  // Every section of the report has data.
  const cards = page.getByTestId("answer-card");
  let stammers = 0;
  for (let i = 0; i < 2; i++) {
    const card = cards.nth(i);
    // Each answer's details (scores, replay, charts) load when the page scrolls to it.
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE");
    expect(percentOf(await card.getByTestId("figure-face-visible").textContent())).toBeGreaterThan(60);
    await expect(card.getByTestId("figure-expression").locator("dd").first()).not.toHaveText("—");
    await expect(card.getByTestId("figure-wpm")).toContainText("wpm");
    // Repetitions and stammers: a count with its rates on every answer.
    const stammerFigure = card.getByTestId("figure-stammers");
    await expect(stammerFigure.locator("dd").first()).toHaveText(/^\d+$/);
    await expect(stammerFigure).toContainText("/ 100 words");
    stammers += Number(await stammerFigure.locator("dd").first().textContent());
    await expect(card.getByRole("list", { name: "Tips" }).getByRole("listitem").first()).toBeVisible();
    await expect(card.getByTestId("score-attentiveness")).toBeVisible();
    await expect(card.getByTestId("timeline-transcript")).toContainText(SPOKEN_ANSWER_WORDS);
    await expect(card.getByTestId("timeline-tracks")).toBeVisible();
    await expect(card.getByTestId("cohort-comparison")).toBeVisible();
    // Vocal expression (how the voice sounded) and the eye region, both from this live answer.
    await expect(card.getByTestId("figure-vocal-expression")).toContainText("sounded");
    await expect(card.getByTestId("eye-region-summary").getByTestId("eye-figure-eye-openness")).toContainText("%");
    await expect(card.getByTestId("eye-region-summary")).toContainText("Brows raised");
    await card.getByText("Charts: expression, gaze, pace and voice").click();
    await expect(card.getByTestId("answer-charts")).toBeVisible();
    await expect(card.getByTestId("chart-vocal-expression")).toBeVisible();
  }
  // The looping answer says "I I I started by..." once every ~16 s, so the two 14-s answers hear it at least once.
  expect(stammers).toBeGreaterThanOrEqual(1);
  await expect(page.getByText("Gaze calibration was skipped")).toBeVisible();
  // The report with its sections open: charts, the cohort comparison and a score's inputs.
  await cards.first().getByText("Compared with other candidates on this question").click();
  await cards.first().getByText("Inputs").first().click();
  await expectAccessible(page, "the report with charts, comparison and score inputs open");
  // A recorded answer offers "Replace this answer…", not an upload link.
  await expect(cards.first().getByLabel("Upload a recording for this answer")).toHaveCount(0);

  // Her coach comments on the first answer at 0:03.
  const coachContext = await browser.newContext({ storageState: storageStatePath("COACH") });
  const coach = await coachContext.newPage();
  await coach.goto(reportUrl);
  const firstCard = coach.getByTestId("answer-card").first();
  await firstCard.getByLabel("At (m:ss)").fill("0:03");
  await firstCard.getByLabel("Comment for the candidate").fill("Good, calm start. Try one concrete number early.");
  await firstCard.getByRole("button", { name: "Add comment" }).click();
  await expect(coach.getByText("Comment added.")).toBeVisible();

  // Her coach follows her progress on her own page, reached from the candidate list.
  await coach.goto("/coach");
  await coach.getByRole("link", { name: "Frida Face" }).click();
  await expect(coach.getByRole("heading", { name: "Frida Face: progress" })).toBeVisible();
  await expect(coach.getByRole("link", { name: "Practise now" })).toHaveCount(0);
  const candidatePageUrl = coach.url();

  // She sees an unread badge, then the comment on her timeline.
  await page.goto("/dashboard");
  await expect(page.getByTestId("unread-comments")).toHaveText("1");
  await page.goto(reportUrl);
  const comment = page.getByTestId("answer-card").first().getByTestId("coach-comment");
  await expect(comment).toContainText("0:03");
  await expect(comment).toContainText("Try one concrete number early.");
  await expect(page.getByTestId("answer-card").first().getByTestId("timeline-comments")).toBeVisible();
  // Having seen it on the report, she has no unread comment left.
  await expect(async () => {
    await page.goto("/dashboard");
    await expect(page.getByTestId("unread-comments")).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.goto(reportUrl);

  // Another coach is refused.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  const otherEmail = uniqueEmail("oscar");
  await signUp(other, "Oscar Other", otherEmail, "oscar's long password");
  await admin.goto(`/admin/users?q=${encodeURIComponent(otherEmail)}`);
  await admin.getByRole("combobox", { name: "Role of Oscar Other" }).selectOption("COACH");
  await admin.getByRole("button", { name: "Change" }).click();
  await expect(admin.getByText("Role changed.")).toBeVisible();
  await expect(admin.getByRole("combobox", { name: "Role of Oscar Other" })).toHaveValue("COACH");
  const refused = await other.goto(reportUrl);
  expect(refused?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  expect((await other.goto(candidatePageUrl))?.status()).toBe(404);

  // The coach takes the comment back; she no longer sees it.
  await coach.goto(reportUrl);
  coach.once("dialog", (dialog) => void dialog.accept());
  await coach.getByRole("button", { name: "Delete your comment at 0:03" }).click();
  await expect(coach.getByTestId("coach-comment")).toHaveCount(0);
  await page.goto(reportUrl);
  await expect(page.getByTestId("coach-comment")).toHaveCount(0);

  // She deletes the session: the report and the recordings are gone.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete this session" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  expect((await page.goto(reportUrl))?.status()).toBe(404);
  for (const file of newFiles) expect(listUploadedFiles()).not.toContain(file);

  await Promise.all([candidateContext.close(), adminContext.close(), coachContext.close(), otherContext.close()]);
});
