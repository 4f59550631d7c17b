import { expect, type Page } from "@playwright/test";

/** Starts a session on a seeded bank with only the first `count` questions ticked. */
const MODE_LABELS = { LIVE: /Camera and microphone/, AUDIO_ONLY: /Microphone only/, TEXT: /Written/ } as const;

export async function startSession(page: Page, bankTitle: string, count: number, mode: keyof typeof MODE_LABELS = "LIVE") {
  await page.goto("/practice");
  await page.getByRole("link", { name: bankTitle }).click();
  await expect(page.getByRole("button", { name: "Start session" })).toBeVisible();
  const boxes = page.getByRole("checkbox");
  const total = await boxes.count();
  for (let i = count; i < total; i++) await boxes.nth(i).uncheck();
  await page.getByRole("radio", { name: MODE_LABELS[mode] }).check();
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/sessions\/[^/]+\/run$/);
}

export async function acceptConsentAndDevices(page: Page, live = true) {
  await page.getByLabel("I understand and want to continue.").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: live ? "Turn on camera and microphone" : "Turn on microphone" }).click();
  await expect(page.getByText("✓ Microphone on")).toBeVisible({ timeout: 20_000 });
}

/** Answers the current question for about `seconds`, skipping the preparation time. */
export async function answerFor(page: Page, seconds: number) {
  await page.getByRole("button", { name: "Start answering now" }).click();
  await expect(page.getByRole("timer", { name: "Answer time left" })).toBeVisible();
  await page.waitForTimeout(seconds * 1000);
  await page.getByRole("button", { name: "Finish answer" }).click();
}

export async function waitForAnalysis(page: Page, answers: number, timeout = 180_000) {
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/, { timeout: 60_000 });
  const statuses = page.getByTestId("answer-status");
  await expect(statuses).toHaveCount(answers);
  for (let i = 0; i < answers; i++) {
    await expect(statuses.nth(i)).toHaveAttribute("data-status", /DONE|FAILED/, { timeout });
  }
}

export function percentOf(text: string | null): number {
  const match = /(\d+)%/.exec(text ?? "");
  if (!match) throw new Error(`no percentage in ${text}`);
  return Number(match[1]);
}
