import { describe, expect, it } from "vitest";
import { loadProgressTracker } from "./load-progress";

describe("loadProgressTracker", () => {
  it("never goes backwards over the worker's real message sequence (backend 0/1, 1/1, then models 1/4..4/4)", () => {
    const track = loadProgressTracker();
    const shown = [
      track("backend", 0, 1),
      track("backend", 1, 1),
      track("models", 1, 4),
      track("models", 2, 4),
      track("models", 1, 4), // a stage restarting its count
      track("models", 4, 4),
    ];
    for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThanOrEqual(shown[i - 1]!);
    expect(shown[0]).toBe(0);
    expect(shown[1]).toBeLessThan(shown[2]!);
    expect(shown.at(-1)).toBe(1);
  });
});
