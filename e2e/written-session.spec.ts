import { type Page } from "@playwright/test";
import { expect, test } from "./support/a11y";
import { buildDocx, buildScannedPdf, buildTextPdf, COVER_LETTER } from "../lib/content/testing/document-fixtures";
import { startSession } from "./support/interview";
import { signUp, uniqueEmail } from "./support/sign-in";

const BANK = "Behavioural essentials";
const FIRST_GUIDANCE = "Shows respectful challenge: the reasoning you offered";
const STAR_TEXT = [
  "At my last job, my manager decided to drop automated tests to hit a release date.",
  "My task was to keep quality up without slowing the team.",
  "I gathered data on the bugs we had shipped and I listened to his concerns about the deadline.",
  "As a result, we kept the critical tests, shipped on time, and I committed to the decision on the rest.",
].join(" ");

const upload = (page: Page, name: string, mimeType: string, buffer: Uint8Array) =>
  page.getByLabel(/Or upload a document as your answer/).setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });

test("a written session: draft autosaved across a reload, guidance only after answering, a DOCX cover letter, content feedback in the report", async ({ page }) => {
  await signUp(page, "Wren Writer", uniqueEmail("wren"), "wren's long password");
  await startSession(page, BANK, 2, "TEXT");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page.getByRole("heading", { name: /disagreed with a decision/ })).toBeVisible();
  await expect(page.getByRole("timer", { name: "Writing time left" })).toHaveText(/^[45]:\d\d$/);
  // The guidance is nowhere in the page while the question is open.
  expect(await page.content()).not.toContain(FIRST_GUIDANCE);

  await page.getByRole("textbox", { name: "Your answer" }).fill(STAR_TEXT);
  await expect(page.getByTestId("word-count")).toHaveText("65 words");
  await expect(page.getByTestId("autosave-status")).toContainText("Draft saved", { timeout: 15_000 });

  // Leaving and coming back keeps the draft.
  await page.reload();
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue(STAR_TEXT);
  expect(await page.content()).not.toContain(FIRST_GUIDANCE);
  await page.getByRole("button", { name: "Submit answer" }).click();

  // Between questions: the finished question's guidance.
  await expect(page.getByTestId("question-guidance")).toContainText(FIRST_GUIDANCE);
  await page.getByRole("button", { name: "Next question" }).click();

  // The second answer is a Word cover letter.
  await upload(page, "cover-letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buildDocx(COVER_LETTER));
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/, { timeout: 30_000 });

  const cards = page.getByTestId("answer-card");
  await expect(cards).toHaveCount(2);
  const first = cards.nth(0).getByTestId("content-feedback");
  await expect(first).toContainText("your typed answer");
  for (const part of ["situation", "task", "action", "result"]) await expect(first.getByTestId(`star-${part}`)).toHaveAttribute("data-present", "true");
  await expect(first.getByTestId("content-talking-points").locator("[data-covered=true]")).toHaveCount(3);
  await expect(first.getByTestId("content-length")).toContainText("65 words");
  await expect(first.getByTestId("content-cohort-words")).toContainText("Not enough data yet");
  await expect(cards.nth(0).getByTestId("question-guidance")).toContainText(FIRST_GUIDANCE);

  // The second answer's details load when the page scrolls to it.
  await cards.nth(1).scrollIntoViewIfNeeded();
  const second = cards.nth(1).getByTestId("content-feedback");
  await expect(second).toContainText("your document cover-letter.docx");
  await expect(second.getByTestId("content-length")).toContainText("cover letter");
  await second.getByText("The answer, with its structure cues highlighted").click();
  await expect(second.getByTestId("content-text")).toContainText("response times fell by 30%");
});

test("document answers: a text PDF is read; another file type and a scanned PDF are refused with their reason", async ({ page }) => {
  await signUp(page, "Dara Docs", uniqueEmail("dara"), "dara's long password");
  await startSession(page, BANK, 1, "TEXT");
  await page.getByRole("button", { name: "Start writing" }).click();

  await upload(page, "photo.png", "image/png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
  await expect(page.getByTestId("document-error")).toContainText("Only PDF, Word (.docx) or plain text (.txt) files can be analysed");

  await upload(page, "scan.pdf", "application/pdf", buildScannedPdf());
  await expect(page.getByTestId("document-error")).toContainText("This PDF has no text layer");

  await upload(page, "letter.pdf", "application/pdf", buildTextPdf(COVER_LETTER));
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/, { timeout: 30_000 });
  const content = page.getByTestId("content-feedback");
  await expect(content).toContainText("your document letter.pdf");
  await expect(content.getByTestId("content-top-words")).toContainText(/migration|response/);
});
