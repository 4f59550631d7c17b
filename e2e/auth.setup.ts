import { expect, test as setup } from "./support/a11y";
import { demoAccount, storageStatePath, type DemoRole } from "./support/accounts";
import { signIn } from "./support/sign-in";

for (const role of ["CANDIDATE", "COACH", "ADMIN"] as DemoRole[]) {
  setup(`sign in as the demo ${role.toLowerCase()}`, async ({ page }) => {
    const account = demoAccount(role);
    await signIn(page, account.email, account.password);
    // An admin's landing page is the overview.
    await expect(page).toHaveURL(role === "ADMIN" ? /\/admin$/ : /\/dashboard/);
    await expect(page.getByTestId("signed-in-as")).toContainText(role.toLowerCase());
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
