import { expect, test } from "./support/a11y";
import { personLabel } from "../lib/users/person-label";
import { demoAccount, storageStatePath } from "./support/accounts";
import { signUp, uniqueEmail } from "./support/sign-in";

test.describe("as the demo candidate", () => {
  test.use({ storageState: storageStatePath("CANDIDATE") });

  test("admin pages and admin APIs are refused", async ({ page, request }) => {
    const response = await page.goto("/admin/banks");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    const api = await request.get("/api/admin/banks/anything/export?format=csv");
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe("FORBIDDEN");
  });

  test("the coach page is refused too", async ({ page }) => {
    const response = await page.goto("/coach");
    expect(response?.status()).toBe(403);
  });
});

test("a coach sees only assigned candidates who chose to share", async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: storageStatePath("ADMIN") });
  const coachContext = await browser.newContext({ storageState: storageStatePath("COACH") });
  const candidateContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const coach = await coachContext.newPage();
  const candidate = await candidateContext.newPage();

  // A fresh candidate, not assigned to anyone.
  const email = uniqueEmail("quinn");
  await signUp(candidate, "Quinn Unshared", email, "quinn's long password");

  const candidates = coach.getByRole("table", { name: "Candidates" });
  await coach.goto("/coach");
  await expect(candidates).toContainText(demoAccount("CANDIDATE").name);
  await expect(coach.getByText("Quinn Unshared")).toHaveCount(0);

  // Assigned, but not sharing yet: still invisible to the coach.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("combobox", { name: "Coach for Quinn Unshared" }).selectOption({ label: personLabel(demoAccount("COACH")) });
  await admin.getByRole("button", { name: "Assign" }).click();
  const quinnRow = admin.getByRole("row", { name: /Quinn Unshared/ });
  await expect(quinnRow).toContainText(demoAccount("COACH").name);
  await expect(quinnRow).toContainText("Not sharing with coaches");
  await coach.reload();
  await expect(coach.getByText("Quinn Unshared")).toHaveCount(0);
  await expect(coach.getByText(/1 assigned candidate has not shared/)).toBeVisible();

  // The candidate chooses to share: now the coach sees them.
  await candidate.goto("/settings");
  await candidate.getByLabel("Share my reports with my coaches").check();
  await candidate.getByRole("button", { name: "Save choices" }).click();
  await expect(candidate.getByText("Your choices are saved.")).toBeVisible();
  await coach.reload();
  await expect(candidates).toContainText("Quinn Unshared");

  // Withdrawing consent hides them again.
  await candidate.getByLabel("Share my reports with my coaches").uncheck();
  await candidate.getByRole("button", { name: "Save choices" }).click();
  await expect(candidate.getByText("Your choices are saved.")).toBeVisible();
  await coach.reload();
  await expect(coach.getByText("Quinn Unshared")).toHaveCount(0);

  await Promise.all([adminContext.close(), coachContext.close(), candidateContext.close()]);
});
