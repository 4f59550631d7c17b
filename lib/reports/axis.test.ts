import { describe, expect, it } from "vitest";
import { yAxisWidth } from "./axis";

describe("yAxisWidth", () => {
  it("leaves room for every character of the widest label", () => {
    const oneDecimal = (v: number) => v.toFixed(1);
    // "53.6" is 4 characters: wider than the 2-character axis of single digits, never narrower than its text.
    expect(yAxisWidth([53.55, 48.2], oneDecimal)).toBeGreaterThanOrEqual("53.6".length * 6);
    expect(yAxisWidth([53.55, 48.2], oneDecimal)).toBeGreaterThan(yAxisWidth([3, 5], (v) => v.toFixed(0)));
    expect(yAxisWidth([120, 180], (v) => v.toFixed(0))).toBeGreaterThanOrEqual("240".length * 6);
  });
});
