/** The public model cards name the default expression model and quote the accuracy the registry records. */
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
