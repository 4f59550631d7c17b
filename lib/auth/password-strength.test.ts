import { describe, expect, it } from "vitest";
import { emailDomainHint } from "./email-hint";
import { passwordWeakness } from "./password-strength";

describe("passwordWeakness", () => {
  it("refuses the passwords the length check let through", () => {
    for (const weak of ["          ", "aaaaaaaaaa", "password12", "qwertyuiop", "1234567890"]) {
      expect(passwordWeakness(weak), weak).toMatch(/too easy to guess|not only spaces/);
    }
  });

  it("refuses a password built from the user's own email and name", () => {
    expect(passwordWeakness("jordanbaker1", ["jordan.baker@example.com", "Jordan Baker"])).not.toBeNull();
  });

  it("accepts a long passphrase", () => {
    expect(passwordWeakness("copper kettle under violet rain")).toBeNull();
  });
});

describe("emailDomainHint", () => {
  it("suggests the likely domain for a typo and nothing for a correct address", () => {
    expect(emailDomainHint("sam@gmial.com")).toBe("sam@gmail.com");
    expect(emailDomainHint("sam@gmail.com")).toBeNull();
  });
});
