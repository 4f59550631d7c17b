/**
 * The landing page's picture of the product: a real report, made by recording one live answer as the demo
 * candidate in headless Debian Chromium (fake camera from a research face video in ../shared, synthetic speech
 * on the fake microphone), waiting for its analysis, and capturing the answer card → public/product/report.webp.
 *
 *   npx tsx scripts/screenshot-report.ts [--base-url http://localhost:3000] [--out public/product/report.webp]
 * Needs a running app with the seeded demo accounts, ffmpeg (WebP encoding) and the face videos.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, expect } from "@playwright/test";
import { CHROMIUM_PATH, chromiumArgs } from "../lib/testing/chromium";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed-data";
import { fakeMediaArgs, fixturePaths, prepareMediaFixtures, sharedVideosAvailable } from "../e2e/support/media-fixtures";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: process.env.BASE_URL ?? "http://localhost:3000" },
    out: { type: "string", default: path.join(process.cwd(), "public/product/report.webp") },
  },
});

async function main() {
  if (!sharedVideosAvailable()) throw new Error("needs the face videos in ../shared/data/video");
  prepareMediaFixtures();
  const candidate = DEMO_ACCOUNTS.find((account) => account.role === "CANDIDATE")!;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs(fakeMediaArgs(fixturePaths.faceY4m)) });
  const page = await browser.newPage({ baseURL: values["base-url"], viewport: { width: 1100, height: 900 } });
  try {
    page.setDefaultTimeout(60_000);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(candidate.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);

    await page.goto("/practice");
    await page.getByRole("link", { name: "Communication under pressure" }).click();
    const boxes = page.getByRole("checkbox");
    for (let i = 1; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
    await page.getByRole("radio", { name: /Camera and microphone/ }).check();
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByLabel("I understand and want to continue.").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
    await expect(page.getByText("✓ Face found")).toBeVisible({ timeout: 120_000 });
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Skip calibration" }).click();
    await page.getByRole("button", { name: "Start answering now" }).click();
    await page.waitForTimeout(16_000);
    await page.getByRole("button", { name: "Finish answer" }).click();
    // If the bank offered more questions than were unticked, end the session after this one.
    const endHere = page.getByRole("button", { name: "End session here" });
    if (await endHere.waitFor({ state: "visible", timeout: 10_000 }).then(() => true, () => false)) await endHere.click();
    // Waits for the uploads, then the session is completed and the report opens.
    await page.waitForURL(/\/sessions\/[^/]+$/, { timeout: 300_000 });
    const card = page.getByTestId("answer-card").first();
    await expect(card.getByTestId("answer-status")).toHaveAttribute("data-status", "DONE", { timeout: 300_000 });
    // Show a moment of the replay: a word under the playhead, as a candidate would see it.
    await card.getByTestId("timeline-transcript").locator("button[data-word-index]").nth(8).click();

    const dir = mkdtempSync(path.join(os.tmpdir(), "screenshot-"));
    const png = path.join(dir, "report.png");
    await card.screenshot({ path: png, animations: "disabled" });
    mkdirSync(path.dirname(values.out), { recursive: true });
    // The card's top (figures, eye region, tips, first scores) at 900 px as lossy WebP: ~65 KB, text still sharp.
    const crop = "crop=iw:min(ih\\,905):0:0,scale=900:-2";
    execFileSync("ffmpeg", ["-v", "error", "-y", "-i", png, "-vf", crop, "-c:v", "libwebp", "-quality", "80", "-compression_level", "6", values.out]);
    console.log(`wrote ${values.out}`);
  } catch (error) {
    // What the page showed when it went wrong, for the person running this.
    const shot = path.join(os.tmpdir(), "screenshot-report-failure.png");
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    console.error(`failed at ${page.url()}; the page is in ${shot}`);
    throw error;
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
