import { describe, expect, it } from "vitest";
import { paceAxisMax, paceSeries, paceZone, zoneShares } from "./pace-series";

const target = { idealMin: 140, idealMax: 160, acceptableMin: 110, acceptableMax: 180 };

describe("pace series", () => {
  it("classifies windows into ideal / acceptable / outside at the band edges", () => {
    expect(paceZone(140, target)).toBe("ideal");
    expect(paceZone(160, target)).toBe("ideal");
    expect(paceZone(139, target)).toBe("acceptable");
    expect(paceZone(180, target)).toBe("acceptable");
    expect(paceZone(181, target)).toBe("outside");
    expect(paceZone(100, target)).toBe("outside");
  });
  it("places points at window midpoints and summarises zone shares", () => {
    const points = paceSeries({
      target,
      windows: [
        { start: 0, end: 10, words: 25, wpm: 150.4 },
        { start: 10, end: 20, words: 20, wpm: 120 },
        { start: 20, end: 30, words: 35, wpm: 210 },
        { start: 30, end: 40, words: 24, wpm: 144 },
      ],
    });
    expect(points.map((p) => [p.t, p.wpm, p.zone])).toEqual([
      [5, 150, "ideal"],
      [15, 120, "acceptable"],
      [25, 210, "outside"],
      [35, 144, "ideal"],
    ]);
    expect(zoneShares(points)).toEqual({ ideal: 0.5, acceptable: 0.25, outside: 0.25 });
    expect(paceAxisMax(points, target)).toBe(220);
    expect(paceAxisMax([], target)).toBe(200);
    expect(zoneShares([])).toEqual({ ideal: 0, acceptable: 0, outside: 0 });
  });
});
