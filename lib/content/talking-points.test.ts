import { describe, expect, it } from "vitest";
import { talkingPoints } from "./talking-points";

const ANSWER = "I migrated the old database to the cloud, kept our stakeholders informed every week, and we cut costs.";

describe("talkingPoints", () => {
  it("matches by stem and in any order within a short window", () => {
    const result = talkingPoints(ANSWER, ["database migration", "stakeholder", "testing"]);
    expect(result[0]).toEqual({ point: "database migration", covered: true, matched: "migrated the old database" });
    expect(result[1]).toEqual({ point: "stakeholder", covered: true, matched: "stakeholders" });
    expect(result[2]).toEqual({ point: "testing", covered: false, matched: null });
  });

  it("accepts alternatives separated by a slash", () => {
    expect(talkingPoints(ANSWER, ["budget / costs"])[0]).toMatchObject({ covered: true, matched: "costs" });
  });

  it("does not match words far apart", () => {
    const far = `database ${"filler ".repeat(30)} migration`;
    expect(talkingPoints(far, ["database migration"])[0]!.covered).toBe(false);
  });

  it("ignores blank points", () => {
    expect(talkingPoints(ANSWER, ["  ", ""])).toEqual([]);
  });
});
