import { describe, expect, it } from "vitest";
import { parseLabelsTsv, scoreFile, totals } from "./disfluency";

const TSV = ["file\ttype\ttime_s\tduration_s\tword", "a.wav\tfiller\t1.0\t0.4\tum", "a.wav\tpause\t3.0\t1.5\t", "a.wav\tword-repeat\t5.0\t0.3\tthe", "b.wav\tnone\t\t\t"].join("\n");

describe("disfluency evaluation", () => {
  it("parses labels, none rows included", () => {
    const rows = parseLabelsTsv(TSV);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual({ file: "b.wav", type: "none", time_s: 0, duration_s: 0, word: "" });
    expect(() => parseLabelsTsv("file\ttype\n")).toThrow(/time_s/);
  });

  it("matches within 0.5 s one-to-one, counts the rest as false, and measures pause length error", () => {
    const rows = parseLabelsTsv(TSV);
    const a = scoreFile(rows.filter((r) => r.file === "a.wav"), [
      { type: "filler", timeSec: 1.3, durationSec: 0.4 },
      { type: "filler", timeSec: 1.4, durationSec: 0.4 },
      { type: "pause", timeSec: 3.1, durationSec: 1.3 },
      { type: "word-repeat", timeSec: 5.6, durationSec: 0.3 },
    ]);
    expect(a.byType.filler).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(a.byType["word-repeat"]).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(a.pauseErrors[0]).toBeCloseTo(-0.2, 6);
    const b = scoreFile(rows.filter((r) => r.file === "b.wav"), [{ type: "word-repeat", timeSec: 2, durationSec: 0.2 }]);
    const t = totals([a, b]);
    expect(t["word-repeat"]).toEqual({ tp: 0, fp: 2, fn: 1, precision: 0, recall: 0 });
    expect(t.filler.precision).toBe(0.5);
    expect(t.block.recall).toBeNull();
  });
});
