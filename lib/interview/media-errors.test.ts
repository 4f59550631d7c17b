import { describe, expect, it } from "vitest";
import { describeMediaError } from "./media-errors";

const domError = (name: string) => Object.assign(new Error("x"), { name });

describe("describeMediaError", () => {
  it.each([
    ["NotAllowedError", "denied"],
    ["NotFoundError", "no-device"],
    ["NotReadableError", "busy"],
    ["TypeError", "insecure"],
    ["SomethingElse", "unknown"],
  ])("maps %s to %s", (name, problem) => {
    expect(describeMediaError(domError(name), true).problem).toBe(problem);
  });

  it("names only the microphone in audio-only mode", () => {
    expect(describeMediaError(domError("NotAllowedError"), false).title).toBe("Access to your microphone was denied");
  });

  it("accepts plain objects shaped like DOMExceptions", () => {
    expect(describeMediaError({ name: "NotFoundError" }, true).problem).toBe("no-device");
  });
});
