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
