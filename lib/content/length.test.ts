import { describe, expect, it } from "vitest";
import { assessLength, lengthKind } from "./length";

describe("length bands", () => {
  it("picks the band by category", () => {
    expect(lengthKind("behavioural")).toBe("behavioural");
    expect(lengthKind("Behavioral")).toBe("behavioural");
    expect(lengthKind("pressure")).toBe("pressure");
    expect(lengthKind("something-new")).toBe("general");
    expect(lengthKind("behavioural", true)).toBe("document");
  });

  it("says short, within or long in words", () => {
    expect(assessLength({ wordCount: 50, kind: "behavioural" }).words.status).toBe("short");
    expect(assessLength({ wordCount: 200, kind: "behavioural" }).words.status).toBe("within");
    expect(assessLength({ wordCount: 400, kind: "behavioural" }).words.status).toBe("long");
    expect(assessLength({ wordCount: 50, kind: "behavioural" }).seconds).toBeNull();
  });

  it("judges spoken answers in seconds within the question's time limit", () => {
    // A 45-s question: the band is 27-45 s (60% of the limit up to the limit), not 60-120 s.
    const result = assessLength({ wordCount: 100, kind: "behavioural", durationSec: 30, timeLimitSec: 45 });
    expect(result.seconds).toEqual({ value: 30, min: 27, max: 45, status: "within" });
    expect(assessLength({ wordCount: 100, kind: "behavioural", durationSec: 20, timeLimitSec: 45 }).seconds!.status).toBe("short");
    expect(assessLength({ wordCount: 100, kind: "behavioural", durationSec: 90, timeLimitSec: 180 }).seconds).toEqual({ value: 90, min: 60, max: 120, status: "within" });
    expect(result.note).toBe("100 words: shorter than the usual 120-300 for a behavioural question; 30 s spoken, within 27-45 s.");
  });
});
