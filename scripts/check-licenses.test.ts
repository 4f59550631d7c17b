import { describe, expect, it } from "vitest";
import { allowedExpression, exceptionFor } from "./check-licenses.mjs";

describe("licence check", () => {
  it("accepts permissive licences and expressions made of them", () => {
    expect(allowedExpression("MIT")).toBe(true);
    expect(allowedExpression("(MIT OR GPL-3.0-or-later)")).toBe(true);
    expect(allowedExpression("MIT AND ISC AND BSD-3-Clause")).toBe(true);
    expect(allowedExpression("ISC*")).toBe(true);
  });

  it("rejects copyleft and unknown licences unless a named exception covers them", () => {
    expect(allowedExpression("GPL-3.0")).toBe(false);
    expect(allowedExpression("Apache-2.0 AND GPL-2.0-or-later")).toBe(false);
    expect(allowedExpression("UNKNOWN")).toBe(false);
    expect(exceptionFor("pitchfinder", "GPL-3.0")).toBeUndefined();
    expect(exceptionFor("@ffmpeg/core", "GPL-2.0-or-later")).toBeDefined();
    // An exception names the licence too: a package that changes licence fails again.
    expect(exceptionFor("@ffmpeg/core", "AGPL-3.0")).toBeUndefined();
    expect(exceptionFor("@img/sharp-libvips-linux-arm64", "LGPL-3.0-or-later")).toBeDefined();
  });
});
