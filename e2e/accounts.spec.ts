import { expect, test } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { signIn, signOut, signUp, uniqueEmail } from "./support/sign-in";

test("a new user signs up, signs out, signs in again and sees the published banks", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await signUp(page, "Nia Newcomer", email, "a long enough password");
  await expect(page.getByTestId("signed-in-as")).toHaveText(/Nia Newcomer · candidate/);
  await signOut(page);

  await signIn(page, email, "a long enough password");
  await expect(page).toHaveURL(/\/dashboard/);
  await page.getByRole("link", { name: "Practise", exact: true }).click();
  const banks = page.getByRole("list", { name: "Published question banks" });
  await expect(banks.getByRole("heading", { name: "Behavioural essentials" })).toBeVisible();
  await expect(banks.getByRole("heading", { name: "Motivation and fit" })).toBeVisible();
  await expect(banks.getByRole("heading", { name: "Communication under pressure" })).toBeVisible();
});

test("sign-up rejects a duplicate email and a short password with clear messages", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(demoAccount("CANDIDATE").email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.").first()).toBeVisible();
});

test("repeated failed sign-ins are throttled per account", async ({ page }) => {
  const email = uniqueEmail("target");
  await signUp(page, "Tess Target", email, "the right password");
  await signOut(page);
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  // Locked now: even the right password is refused until the window ends.
  await signIn(page, email, "the right password");
  await expect(page.getByText(/Too many failed attempts/)).toBeVisible();
});

test("signed-out visitors are sent to sign in, and APIs answer 401", async ({ page, request }) => {
  await page.goto("/admin/banks");
  await expect(page).toHaveURL(/\/sign-in/);
  const response = await request.get("/api/admin/banks/anything/export");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
});
