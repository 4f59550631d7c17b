import { CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { logAuthError } from "./auth-logger";
import { RateLimitedSignIn } from "./credentials";

function capture() {
  const lines: string[] = [];
  const errors: Error[] = [];
  return { lines, errors, log: { warn: (line: string) => lines.push(line), error: (error: Error) => errors.push(error) } };
}

describe("logAuthError", () => {
  it("logs a refused sign-in as one line without a stack", () => {
    const { lines, errors, log } = capture();
    logAuthError(new CredentialsSignin(), log);
    logAuthError(new RateLimitedSignIn(60_000), log);
    expect(errors).toEqual([]);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(/\n|at /);
    expect(lines[1]).toContain("rate_limited");
  });
  it("logs anything else in full", () => {
    const { lines, errors, log } = capture();
    const failure = new Error("database down");
    logAuthError(failure, log);
    expect(errors).toEqual([failure]);
    expect(lines).toEqual([]);
  });
});
