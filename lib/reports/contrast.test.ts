import { describe, expect, it } from "vitest";
import { AWAY_COLOR, CONTACT_COLOR, EMOTION_COLORS, NO_DATA_COLOR } from "@/components/report/charts/palette";
import { contrastRatio, parseHex } from "./contrast";
import { heatCellColours } from "./gaze-grid";

describe("gaze heatmap cells", () => {
  it("keep their percentage readable (WCAG AA, 4.5:1) at every intensity", () => {
    for (let i = 0; i <= 100; i++) {
      const { background, color } = heatCellColours(i / 100);
      expect(contrastRatio(background, color), `intensity ${i / 100}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("timeline colours", () => {
  it("give every expression and gaze state its own colour", () => {
    const colours = Object.entries({ ...EMOTION_COLORS, contact: CONTACT_COLOR, away: AWAY_COLOR, none: NO_DATA_COLOR });
    for (const [a, ca] of colours) {
      for (const [b, cb] of colours) {
        if (a >= b) continue;
        const [x, y] = [parseHex(ca), parseHex(cb)];
        const distance = Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
        expect(distance, `${a} vs ${b}`).toBeGreaterThan(50);
      }
    }
  });
});
