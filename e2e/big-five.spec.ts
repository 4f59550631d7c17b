import { expect, test } from "./support/a11y";
import { signUp, uniqueEmail } from "./support/sign-in";

test("the Big Five questionnaire: says why personality is not inferred, saves 120 answers with the date, shows domains and facets", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Quinn Questionnaire", uniqueEmail("quinn"), "quinn's long password");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Personality" }).click();
  await expect(page.getByTestId("bigfive-why")).toContainText("53%");
  await expect(page.getByTestId("bigfive-why")).toContainText("does not infer personality from your interview answers");

  // Ten pages of twelve statements; the answers cycle through the five choices.
  for (let pageIndex = 0; pageIndex < 10; pageIndex++) {
    const groups = page.locator("fieldset");
    await expect(groups).toHaveCount(12);
    for (let i = 0; i < 12; i++) await groups.nth(i).getByRole("radio").nth((pageIndex * 12 + i) % 5).check();
    await expect(page.getByTestId("bigfive-progress")).toHaveText(`${(pageIndex + 1) * 12} of 120 answered · page ${pageIndex + 1} of 10`);
    await page.getByRole("button", { name: pageIndex < 9 ? "Next" : "See my results" }).click();
  }

  const results = page.getByTestId("bigfive-results");
  await expect(results).toBeVisible();
  await expect(page.getByTestId("bigfive-date")).toContainText("Taken");
  for (const domain of ["O", "C", "E", "A", "N"]) {
    const section = page.getByTestId(`bigfive-domain-${domain}`);
    await expect(section.getByTestId("bigfive-value")).toContainText(/\d+ \/ 100/);
    await expect(section.getByTestId("bigfive-facet")).toHaveCount(6);
    await expect(section.getByTestId("bigfive-cohort")).toContainText("not enough data yet");
  }
  await expect(page.getByTestId(`bigfive-domain-N`)).toContainText("Neuroticism");

  // Saved: a reload shows the same result, not the questionnaire.
  await page.reload();
  await expect(results).toBeVisible();
  await expect(page.locator("fieldset")).toHaveCount(0);
});
