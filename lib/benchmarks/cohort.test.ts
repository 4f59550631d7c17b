import { describe, expect, it } from "vitest";
import { aggregateOf } from "./aggregate";
import { getMetric } from "./catalogue";
import { cohortView, describeCohort } from "./cohort";

const bins = getMetric("score.composure")!.bins;
const agg = (values: number[]) => ({ metric: "score.composure", ...aggregateOf(bins, values) });

describe("cohortView", () => {
  it("says 'not enough data yet' below the minimum cohort", () => {
    const view = cohortView(agg([50, 60, 70, 80]), 65);
    expect(view).toEqual({ status: "insufficient", n: 4, needed: 1 });
    expect(describeCohort(view)).toBe("Not enough data yet: a comparison needs 5 answers from candidates who share anonymously; 4 so far.");
  });

  it("gives n, mean, sd and percentile from the minimum on", () => {
    // 20 bins of 5 points; one value in each of 5 bins.
    const view = cohortView(agg([12.5, 32.5, 52.5, 72.5, 92.5]), 50);
    expect(view.status).toBe("ok");
    if (view.status !== "ok") return;
    expect(view.n).toBe(5);
    expect(view.mean).toBe(52.5);
    // Deviations -40, -20, 0, 20, 40: squares sum to 4000, / (n - 1) = 1000.
    expect(view.sd).toBeCloseTo(Math.sqrt(1000), 10);
    expect(view.percentile).toBeCloseTo(40, 10);
    expect(describeCohort(view)).toBe("Higher than 40% of 5 answers to compare with.");
  });

  it("honours a custom minimum and rejects unknown metrics", () => {
    expect(cohortView(agg([10, 20]), 15, 2).status).toBe("ok");
    expect(() => cohortView({ ...agg([1]), metric: "nope" }, 1)).toThrow(/unknown/);
  });
});
