import { describe, expect, it } from "vitest";
import { consumeEmailToken, EMAIL_TOKEN_LIFETIME_MS, issueEmailToken } from "@/lib/auth/email-tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { deleteAccount } from "@/lib/privacy/delete-data";
import { createUser } from "@/lib/testing/factories";
import { confirmSignUp, requestSignUp } from "./sign-up";

const ORIGIN = "http://rehearse.test";
const PASSWORD = "copper kettle under violet rain";
let counter = 0;
const freshEmail = () => `someone-${Date.now()}-${counter++}@example.test`;

function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${ORIGIN}${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[1]!;
}

describe("sign-up by e-mailed link", () => {
  it("creates nothing until the link is opened, then the account with the password given at sign-up", async () => {
    const email = freshEmail();
    const mail = await requestSignUp({ name: "Nia Newcomer", email, password: PASSWORD }, ORIGIN);
    expect(mail?.to).toBe(email);
    expect(mail?.subject).toBe("Confirm your Rehearse account");
    expect(await db().user.count({ where: { email } })).toBe(0);

    const pending = await db().emailToken.findFirstOrThrow({ where: { email }, select: { tokenHash: true, passwordHash: true } });
    const token = tokenIn(mail!.text, "/sign-up/confirm");
    expect(pending.tokenHash).not.toBe(token);
    expect(pending.passwordHash).not.toContain(PASSWORD);

    const confirmed = await confirmSignUp(token);
    expect(confirmed.ok).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { name: true, role: true, passwordHash: true } });
    expect(user).toMatchObject({ name: "Nia Newcomer", role: "CANDIDATE" });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(await confirmSignUp(token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells only the mailbox of an address that already has an account, and changes nothing", async () => {
    const owner = await createUser("CANDIDATE");
    const mail = await requestSignUp({ name: "Someone Else", email: owner.email, password: PASSWORD }, ORIGIN);
    expect(mail?.to).toBe(owner.email);
    expect(mail?.text).toContain("already has one");
    expect(mail?.text).toContain(`${ORIGIN}/forgot-password`);
    expect(mail?.text).not.toContain("Someone Else");
    expect(await db().emailToken.count({ where: { email: owner.email } })).toBe(0);
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.id }, select: { name: true } })).toEqual({ name: owner.name });
  });

  it("creates one account when the same link is opened twice at once, and answers an earlier link's twin with taken", async () => {
    const email = freshEmail();
    const first = tokenIn((await requestSignUp({ name: "Twin", email, password: PASSWORD }, ORIGIN))!.text, "/sign-up/confirm");
    const second = tokenIn((await requestSignUp({ name: "Twin", email, password: PASSWORD }, ORIGIN))!.text, "/sign-up/confirm");
    const outcomes = await Promise.all([confirmSignUp(first), confirmSignUp(first)]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(await db().user.count({ where: { email } })).toBe(1);
    // The other link was deleted with the account's creation, so it no longer works at all.
    expect(await confirmSignUp(second)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an expired link, an unknown one and one for another purpose", async () => {
    const email = freshEmail();
    const longAgo = new Date(Date.now() - EMAIL_TOKEN_LIFETIME_MS.SIGN_UP - 1000);
    const expired = await issueEmailToken("SIGN_UP", { email, name: "Late", passwordHash: await hashPassword(PASSWORD) }, longAgo);
    expect(await confirmSignUp(expired)).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmSignUp("A".repeat(43))).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmSignUp("not a token")).toEqual({ ok: false, reason: "invalid" });
    const owner = await createUser("CANDIDATE");
    const reset = await issueEmailToken("PASSWORD_RESET", { email: owner.email, userId: owner.id });
    expect(await confirmSignUp(reset)).toEqual({ ok: false, reason: "invalid" });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("sends at most five account e-mails to one address an hour, whoever asks", async () => {
    const email = freshEmail();
    const mails = [];
    for (let i = 0; i < 7; i++) mails.push(await requestSignUp({ name: "Flood", email, password: PASSWORD }, ORIGIN));
    expect(mails.filter(Boolean)).toHaveLength(5);
    expect(await requestPasswordReset(email, ORIGIN)).toBeNull();
  });
});

describe("password reset by e-mailed link", () => {
  async function ownerWithPassword() {
    const owner = await createUser("CANDIDATE");
    await db().user.update({ where: { id: owner.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    return owner;
  }

  it("sends nothing for an address without an account", async () => {
    expect(await requestPasswordReset(freshEmail(), ORIGIN)).toBeNull();
  });

  it("keeps the link working after a refused password, then sets the new one and ends every session", async () => {
    const owner = await ownerWithPassword();
    const token = tokenIn((await requestPasswordReset(owner.email, ORIGIN))!.text, "/reset-password");
    await expect(resetPassword({ token, newPassword: "password12", confirmPassword: "password12" }, "203.0.113.7")).rejects.toThrow(/easy to guess/);

    const newPassword = "lantern orchard seven quietly";
    expect(await resetPassword({ token, newPassword, confirmPassword: newPassword }, "203.0.113.7")).toEqual({ email: owner.email });
    const stored = await db().user.findUniqueOrThrow({ where: { id: owner.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(stored.passwordHash, newPassword)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(false);
    expect(stored.sessionVersion).toBe(1);
    expect(await resetPassword({ token, newPassword: "another long passphrase", confirmPassword: "another long passphrase" }, "203.0.113.7")).toBe(
      "invalid",
    );
  });

  it("uses up the account's other reset links with the first, and deleting the account deletes its links", async () => {
    const owner = await ownerWithPassword();
    const first = tokenIn((await requestPasswordReset(owner.email, ORIGIN))!.text, "/reset-password");
    const second = tokenIn((await requestPasswordReset(owner.email, ORIGIN))!.text, "/reset-password");
    const newPassword = "lantern orchard seven quietly";
    expect(await resetPassword({ token: first, newPassword, confirmPassword: newPassword }, "203.0.113.7")).toEqual({ email: owner.email });
    expect(await consumeEmailToken("PASSWORD_RESET", second)).toBeNull();

    const other = await ownerWithPassword();
    await requestPasswordReset(other.email, ORIGIN);
    expect(await db().emailToken.count({ where: { userId: other.id } })).toBe(1);
    await deleteAccount(other);
    expect(await db().emailToken.count({ where: { email: other.email } })).toBe(0);
  });
});
