/** The public model cards name the default expression model and quote the accuracy the registry records. */
import { readFileSync } from "node:fs";
import { expect, test } from "./support/a11y";
import { DEFAULT_EMOTION_MODEL, emotionAccuracy } from "../lib/vision/model-registry";

test("the model cards show the default expression model with its measured accuracy", async ({ page }) => {
  await page.goto("/models");
  const card = page.getByTestId(`model-${DEFAULT_EMOTION_MODEL}`);
  await expect(card).toContainText("default");
  const recorded = emotionAccuracy(DEFAULT_EMOTION_MODEL);
  expect(recorded).not.toBeNull();
  await expect(card).toContainText(`FER2013 PublicTest: accuracy ${(recorded!.accuracy * 100).toFixed(1)}%`);
  await expect(page.getByTestId("model-human-emotion")).toBeVisible();
});

test("every model card says what the model was trained on and on what terms", async ({ page }) => {
  await page.goto("/models");
  await expect(page.getByTestId(`model-${DEFAULT_EMOTION_MODEL}`)).toContainText("Trained on FER2013 Training split");
  await expect(page.getByTestId(`model-${DEFAULT_EMOTION_MODEL}`)).toContainText("no licence was published with FER2013");
  await expect(page.getByTestId("model-moonshine-base")).toContainText("Data terms:");
  await expect(page.getByText("Licence of the weights: Apache-2.0 (MediaPipe)").first()).toBeVisible();
});

test("the vocal-expression card gives the speaker-independent accuracy, its data terms and its limit", async ({ page }) => {
  const meta = JSON.parse(readFileSync("lib/speech/vocal-expression/model/rehearse-voice.json", "utf8")) as { crossValidation: { eightClass: { accuracy: number } } };
  await page.goto("/models");
  const card = page.getByTestId("model-rehearse-voice");
  await expect(card.getByTestId("vocal-accuracy")).toContainText(`${(meta.crossValidation.eightClass.accuracy * 100).toFixed(1)}% on 8 classes`);
  await expect(card).toContainText("CC BY-NC-SA 4.0");
  await expect(card).toContainText("Real interview speech is calmer");
  await expect(card.getByRole("table", { name: "Confusion matrix, 8 classes" })).toBeVisible();
});

test("the gaze card gives the measured agreement with people's labels, and its limits", async ({ page }) => {
  const published = JSON.parse(readFileSync("lib/model-cards/published/gaze-tfjs.json", "utf8")) as { overall: { eyeContactMeanAbsError: number; videos: number } };
  await page.goto("/models");
  const card = page.getByTestId("gaze-card-tfjs-human");
  await expect(card).toContainText(`on ${published.overall.videos} labelled real videos`);
  await expect(card).toContainText(`by ${(published.overall.eyeContactMeanAbsError * 100).toFixed(1)}% on average`);
  await expect(card.getByRole("table", { name: /Gaze confusion/ })).toBeVisible();
  await expect(page.getByText("looking at the top edge of the screen, just below the camera, can read as eye contact")).toBeVisible();
});
