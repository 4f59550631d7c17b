import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/a11y";
import { storageStatePath } from "./support/accounts";

test.use({ storageState: storageStatePath("ADMIN") });

test("an admin creates a bank and a question, imports a CSV with one bad row, and publishes", async ({ page }) => {
  const title = `Product sense ${Date.now()}`;
  await page.goto("/admin/banks");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").fill("product");
  await page.getByLabel("Description").fill("Questions about product thinking.");
  await page.getByRole("button", { name: "Create bank" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // Add one question by hand.
  const addForm = page.locator("form", { has: page.getByRole("button", { name: "Add question" }) });
  await addForm.getByLabel("Question").fill("How would you improve a product you use every day?");
  await addForm.getByLabel("Answer time (s)").fill("60");
  await addForm.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Question added.")).toBeVisible();
  const questions = page.getByRole("list", { name: "Questions" });
  await expect(questions.locator("p", { hasText: "How would you improve a product you use every day?" })).toBeVisible();
  await expect(questions.locator("p", { hasText: "60 s answer" })).toBeVisible();

  // Import a CSV whose second data row is invalid (answer time too short).
  const dir = path.join("test-results", "fixtures");
  mkdirSync(dir, { recursive: true });
  const csvPath = path.join(dir, "questions.csv");
  writeFileSync(
    csvPath,
    [
      "text,category,answerSeconds,prepSeconds",
      '"Tell me about a metric you would track for a new feature, and why.",product,45,10',
      "Which product do you admire?,product,3,10",
      "Describe a trade-off you made between speed and quality.,product,,",
    ].join("\n"),
  );
  await page.getByLabel("Import file").setInputFiles(csvPath);
  await page.getByRole("button", { name: "Check file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("2 valid rows, 1 invalid");
  await expect(preview.getByRole("list", { name: "Invalid rows" })).toContainText("Row 3: answerSeconds: Answer time must be at least 10 s.");
  await page.getByRole("button", { name: "Import 2 valid rows, skip 1" }).click();
  await expect(page.getByText("Imported 2 questions; skipped 1 invalid row.")).toBeVisible();
  await expect(page.getByText("Question added.")).toHaveCount(0); // the earlier add's message is stale now
  await expect(questions.locator("p", { hasText: "Tell me about a metric you would track for a new feature, and why." })).toBeVisible();
  await expect(questions.locator("p", { hasText: "Describe a trade-off you made between speed and quality." })).toBeVisible();
  await expect(questions.locator("p", { hasText: "Which product do you admire?" })).toHaveCount(0);
  await expect(questions.getByRole("listitem")).toHaveCount(3);

  // Reorder: move the last question up.
  await questions.getByRole("listitem").nth(2).getByRole("button", { name: "Move up" }).click();
  await expect(questions.getByRole("listitem").nth(1)).toContainText("Describe a trade-off");
  // The ends of the list cannot move further.
  await expect(questions.getByRole("listitem").first().getByRole("button", { name: "Move up" })).toBeDisabled();
  await expect(questions.getByRole("listitem").last().getByRole("button", { name: "Move down" })).toBeDisabled();
  await expect(questions.getByRole("listitem").nth(1).getByRole("button", { name: "Move up" })).toBeEnabled();

  // Publish, and a candidate can now see it.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: candidates can practise it.")).toBeVisible();
  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // Export is a CSV that re-imports.
  await page.goto("/admin/banks");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/admin\/banks\/[^/?]+$/);
  const exportResponse = await page.request.get(page.url().replace(/\/admin\/banks\/(.+)$/, "/api/admin/banks/$1/export?format=csv"));
  expect(exportResponse.status()).toBe(200);
  const csv = await exportResponse.text();
  expect(csv.split("\r\n")[0]).toBe("text,category,guidance,answerSeconds,prepSeconds,published");
  expect(csv).toContain("How would you improve a product you use every day?");
});

test("a file with only invalid rows cannot be imported", async ({ page }) => {
  await page.goto("/admin/banks");
  await page.getByRole("link", { name: "Behavioural essentials" }).click();
  const dir = path.join("test-results", "fixtures");
  mkdirSync(dir, { recursive: true });
  const jsonPath = path.join(dir, "bad.json");
  writeFileSync(jsonPath, JSON.stringify([{ text: "short" }]));
  await page.getByLabel("Import file").setInputFiles(jsonPath);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("0 valid rows, 1 invalid");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
});
