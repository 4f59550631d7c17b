import { expect, test } from "./support/a11y";
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

test("sign-up refuses weak passwords and does not confirm that an address has an account", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(demoAccount("CANDIDATE").email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("Password").fill("password12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/This password is too easy to guess/)).toBeVisible();

  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  // Said once, with a link that goes there.
  const refusal = page.getByText("We could not create an account with these details. If you already have one, sign in instead.");
  await expect(refusal).toBeVisible();
  await expect(refusal).toHaveCount(1);
  await expect(page.getByRole("alert").getByRole("link", { name: "If you already have one, sign in instead." })).toHaveAttribute("href", "/sign-in");
  await expect(page.getByText(/already exists/)).toHaveCount(0);
});

test("repeated failed sign-ins are throttled per account and address", async ({ page }) => {
  const email = uniqueEmail("target");
  await signUp(page, "Tess Target", email, "the right password");
  await signOut(page);
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  // Locked for this address now: even the right password is refused until the lock ends.
  await signIn(page, email, "the right password");
  await expect(page.getByText(/Too many attempts from this network. Wait 1 minute/)).toBeVisible();
});

test("a cookie copied before sign-out no longer opens anything", async ({ page, browser }) => {
  const email = uniqueEmail("replay");
  await signUp(page, "Rae Replay", email, "a long enough password");
  const copied = await page.context().storageState();
  await signOut(page);

  const replay = await browser.newContext({ storageState: copied });
  const response = await replay.request.get("/dashboard", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.headers().location ?? "").toMatch(/\/sign-in/);
  expect(await (await replay.request.get("/api/auth/session")).json()).toBeNull();
  expect((await replay.request.get("/api/me/export")).status()).toBe(401);
  await replay.close();
});

test("changing the password ends other sessions and keeps this one", async ({ page, browser }) => {
  const email = uniqueEmail("changer");
  await signUp(page, "Cai Changer", email, "a long enough password");
  const other = await browser.newContext({ storageState: await page.context().storageState() });

  await page.goto("/settings/security");
  await page.getByLabel("Current password").fill("a long enough password");
  await page.getByLabel("New password", { exact: true }).fill("aaaaaaaaaa");
  await page.getByLabel("New password again").fill("aaaaaaaaaa");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/too easy to guess/)).toBeVisible();

  await page.getByLabel("New password", { exact: true }).fill("violet copper kettle at noon");
  await page.getByLabel("New password again").fill("violet copper kettle at noon");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed. Other devices are signed out.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);

  const response = await other.request.get("/dashboard", { maxRedirects: 0 });
  expect(response.headers().location ?? "").toMatch(/\/sign-in/);
  await other.close();
});

test("signed-out visitors are sent to sign in, and APIs answer 401", async ({ page, request }) => {
  await page.goto("/admin/banks");
  await expect(page).toHaveURL(/\/sign-in/);
  const response = await request.get("/api/admin/banks/anything/export");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
});
