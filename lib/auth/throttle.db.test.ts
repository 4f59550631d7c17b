import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { authorizeCredentials, RateLimitedSignIn, refreshToken } from "./credentials";
import type * as Passwords from "./passwords";
import { hashPassword, verifyPassword } from "./passwords";
import { endAllSessions } from "./sessions";
import { admitSignIn, admitSignUp } from "./throttle";

vi.mock("./passwords", async (importOriginal) => {
  const original = await importOriginal<typeof Passwords>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const PASSWORD = "copper kettle under violet rain";

async function candidateWithPassword() {
  const user = await createUser("CANDIDATE");
  await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return user;
}

const settle = (attempt: Promise<unknown>) =>
  attempt.then(
    (value) => (value ? "signed-in" : "wrong"),
    (error: unknown) => {
        if (error instanceof RateLimitedSignIn) return "limited";
        throw error;
      },
  );

afterEach(() => vi.mocked(verifyPassword).mockClear());

describe("sign-in throttle", () => {
  it("checks at most 5 passwords in a burst of 40 parallel sign-ins, even with the right one inside", async () => {
    const user = await candidateWithPassword();
    const attempts = Array.from({ length: 40 }, (_, i) => authorizeCredentials(user.email, i === 30 ? PASSWORD : `wrong guess ${i}`, "203.0.113.10"));
    const outcomes = await Promise.all(attempts.map(settle));
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((outcome) => outcome === "limited").length).toBeGreaterThanOrEqual(35);
    expect(outcomes[30]).toBe("limited");
  });

  it("does not let a guesser elsewhere lock the owner out", async () => {
    const user = await candidateWithPassword();
    for (let i = 0; i < 8; i++) await settle(authorizeCredentials(user.email, `guess ${i}`, "198.51.100.66"));
    await expect(authorizeCredentials(user.email, "another guess", "198.51.100.66")).rejects.toBeInstanceOf(RateLimitedSignIn);
    await expect(authorizeCredentials(user.email, PASSWORD, "192.0.2.1")).resolves.toMatchObject({ id: user.id });
  });

  it("doubles the wait for each attempt after a lock", async () => {
    const email = `growing-${Date.now()}@example.test`;
    const t0 = new Date("2026-03-01T10:00:00Z");
    const at = (sec: number) => new Date(t0.getTime() + sec * 1000);
    for (let i = 0; i < 5; i++) expect((await admitSignIn(email, "192.0.2.50", t0)).ok).toBe(true);
    expect(await admitSignIn(email, "192.0.2.50", at(1))).toEqual({ ok: false, retryAfterMs: 59_000 });
    expect((await admitSignIn(email, "192.0.2.50", at(61))).ok).toBe(true);
    expect(await admitSignIn(email, "192.0.2.50", at(62))).toEqual({ ok: false, retryAfterMs: 119_000 });
    // Quiet for a whole window after the lock: a fresh start.
    expect((await admitSignIn(email, "192.0.2.50", at(61 + 120 + 900))).ok).toBe(true);
    expect((await admitSignIn(email, "192.0.2.50", at(61 + 120 + 901))).ok).toBe(true);
  });

  it("limits sign-ups per address", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => admitSignUp("192.0.2.77")));
    expect(results.filter((result) => result.ok)).toHaveLength(10);
  });
});

describe("revocable sessions", () => {
  const jwt = (token: Parameters<typeof refreshToken>[0]["token"]) => refreshToken({ token });

  it("keeps a session of the current version and ends it once the version is bumped", async () => {
    const user = await candidateWithPassword();
    const signedIn = await authorizeCredentials(user.email, PASSWORD, "192.0.2.9");
    const token = { uid: signedIn!.id, role: "CANDIDATE" as const, sv: signedIn!.sessionVersion };
    await expect(jwt(token)).resolves.toMatchObject({ uid: user.id, email: user.email });
    await endAllSessions(user.id);
    await expect(jwt(token)).resolves.toBeNull();
  });

  it("returns nothing for a deleted user's old cookie", async () => {
    const user = await candidateWithPassword();
    const token = { uid: user.id, role: "CANDIDATE" as const, sv: 0, name: user.name, email: user.email };
    await db().user.delete({ where: { id: user.id } });
    await expect(jwt(token)).resolves.toBeNull();
  });
});
