import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli";

describe("parseArgs", () => {
  it("separates positionals, valued flags and boolean flags", () => {
    expect(parseArgs(["a.wav", "--model", "tiny", "--no-align", "--x=1"])).toEqual({
      positional: ["a.wav"],
      flags: { model: "tiny", "no-align": "true", x: "1" },
    });
  });
});
