import { describe, expect, it } from "vitest";
import { cellName, gazeView, heatmapCells, regionShares } from "./gaze-grid";

const shares = {
  "top-left": 0, "top-centre": 0.1, "top-right": 0, "middle-left": 0.05, "middle-centre": 0.5,
  "middle-right": 0.05, "bottom-left": 0, "bottom-centre": 0.1, "bottom-right": 0,
};

describe("heatmapCells", () => {
  it("lays cells out row by row with intensity relative to the top cell", () => {
    const cells = heatmapCells(shares);
    expect(cells).toHaveLength(9);
    expect(cells[4]).toMatchObject({ cell: "middle-centre", row: 1, col: 1, share: 0.5, intensity: 1 });
    expect(cells[1]).toMatchObject({ row: 0, col: 1, intensity: 0.2 });
    expect(cells[8]).toMatchObject({ row: 2, col: 2, intensity: 0 });
  });
  it("gives zero intensity everywhere without data", () => {
    expect(heatmapCells({}).every((c) => c.intensity === 0 && c.share === 0)).toBe(true);
  });
});

describe("gazeView", () => {
  it("reports regions in order and the most looked-at cell", () => {
    const view = gazeView({
      gridCellShares: shares,
      screenRegionShares: { centre: 0.5, border: 0.3, "off-screen": 0.2 },
      eyeContactShare: 0.6,
      faceVisibleShare: 0.9,
    });
    expect(view.regions).toEqual([
      { region: "centre", share: 0.5 },
      { region: "border", share: 0.3 },
      { region: "off-screen", share: 0.2 },
    ]);
    expect(view.mostLookedAt).toBe("middle-centre");
    expect(regionShares({}).every((r) => r.share === 0)).toBe(true);
    expect(cellName("top-left")).toBe("top left");
  });
});
