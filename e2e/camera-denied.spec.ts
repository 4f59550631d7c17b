import { expect, test } from "./support/a11y";
import { CHROMIUM_PATH, chromiumArgs } from "./support/browser";
import { startSession } from "./support/interview";
import { signUp, uniqueEmail } from "./support/sign-in";

// Fake devices exist, but every permission prompt is refused.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(["--use-fake-device-for-media-stream", "--deny-permission-prompts"]) } });

test("camera permission denied: a clear message and a way back", async ({ page }) => {
  await signUp(page, "Denise Denied", uniqueEmail("denied"), "denise's long password");
  await startSession(page, "Behavioural essentials", 1);
  await page.getByLabel("I understand and want to continue.").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "denied" })).toContainText("Access to your camera and microphone was denied");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await page.getByRole("link", { name: "Back to question banks" }).click();
  await expect(page).toHaveURL(/\/practice$/);
});
