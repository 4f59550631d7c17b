/** The public pages a newcomer sees first: the product's picture, a footer, and a privacy page that says where data goes. */
import { expect, test } from "./support/a11y";

test("the landing page shows the product and links to the privacy page from its footer", async ({ page }) => {
  await page.goto("/");
  const picture = page.getByRole("img", { name: /A practice report/ });
  await expect(picture).toBeVisible();
  // A real, loaded picture (not a broken link).
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 600)).toBe(true);

  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Privacy: what is stored where" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { name: "Privacy: what is stored where", level: 1 })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Your camera picture" })).toContainText("not stored");
  await expect(rows.filter({ hasText: "Your answers' audio" })).toContainText("Until you delete the session or your account.");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "How it measures" })).toHaveAttribute("href", "/models");
});
