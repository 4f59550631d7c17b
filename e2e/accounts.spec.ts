import type { Page } from "@playwright/test";
import { expect, test } from "./support/a11y";
import { demoAccount } from "./support/accounts";
import { countMails, latestMail, linkIn } from "./support/outbox";
import { confirmSignUpFromMail, signIn, signOut, signUp, uniqueEmail } from "./support/sign-in";

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

/** Fills the sign-up form and returns the answer's text with the address taken out. */
async function signUpAnswer(page: Page, email: string, password: string): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  const answer = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "Check your inbox" }) });
  await expect(answer).toBeVisible();
  return (await answer.innerText()).replace(email, "<address>");
}

test("sign-up refuses weak passwords and answers a taken address exactly like a new one", async ({ page }) => {
  const taken = demoAccount("CANDIDATE").email;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(taken);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("Password").fill("password12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/This password is too easy to guess/)).toBeVisible();

  const fresh = uniqueEmail("stranger");
  const takenAnswer = await signUpAnswer(page, taken, "a long enough password");
  expect(await signUpAnswer(page, fresh, "a long enough password")).toBe(takenAnswer);
  await expect(page.getByText(/already exists|already has|could not create/)).toHaveCount(0);

  // Only the mailboxes learn the difference: the owner is told, the newcomer gets a link.
  expect((await latestMail(taken, "Your Rehearse account")).text).toContain("It already has one, and nothing has changed.");
  await confirmSignUpFromMail(page, fresh);
  await expect(page.getByTestId("signed-in-as")).toHaveText(/Someone · candidate/);
  await signOut(page);
  // The demo account still opens with its own password: the attempt changed nothing.
  await signIn(page, taken, demoAccount("CANDIDATE").password);
  await expect(page).toHaveURL(/\/dashboard/);
});

test("a sign-up link works once, and a broken one says so", async ({ page }) => {
  const email = uniqueEmail("once");
  await signUpAnswer(page, email, "a long enough password");
  const link = linkIn(await latestMail(email, "Confirm your Rehearse account"), "/sign-up/confirm");
  await confirmSignUpFromMail(page, email);
  await signOut(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await page.goto("/sign-up/confirm?token=not-a-token");
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});

test("a forgotten password is reset from the e-mailed link, which then works no more", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, "Fay Forgetful", email, "the first long password");
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: fill the new page's, not the one on its way out.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  // An address without an account reads the same answer and gets no mail.
  const nobody = uniqueEmail("nobody");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(nobody);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  const link = linkIn(await latestMail(email, "Choose a new Rehearse password"), "/reset-password");
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("aaaaaaaaaa");
  await page.getByLabel("New password again").fill("aaaaaaaaaa");
  await page.getByRole("button", { name: "Save and sign in" }).click();
  await expect(page.getByText(/too easy to guess/)).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a second long password");
  await page.getByLabel("New password again").fill("a second long password");
  await page.getByRole("button", { name: "Save and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await signOut(page);
  expect(countMails(nobody)).toBe(0);

  await signIn(page, email, "the first long password");
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await signIn(page, email, "a second long password");
  await expect(page).toHaveURL(/\/dashboard/);
  await signOut(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
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
