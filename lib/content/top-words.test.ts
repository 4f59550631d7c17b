import { describe, expect, it } from "vitest";
import { cohortTopWords, topContentWords, usesWord } from "./top-words";

describe("topContentWords", () => {
  it("drops stopwords and fillers and groups words by stem", () => {
    const top = topContentWords("Um, the migration was, like, really hard. We migrated the database, then the migrations ran. The database held.");
    // migration, migrated, migrations: one stem, shown by its (alphabetically first) commonest spelling.
    expect(top[0]).toEqual({ word: "migrated", count: 3 });
    expect(top).toContainEqual({ word: "database", count: 2 });
    expect(top.map((w) => w.word)).not.toContain("the");
    expect(top.map((w) => w.word)).not.toContain("like");
    expect(top.map((w) => w.word)).not.toContain("really");
  });

  it("limits and orders ties alphabetically", () => {
    expect(topContentWords("zebra apple mango", 2)).toEqual([
      { word: "apple", count: 1 },
      { word: "mango", count: 1 },
    ]);
  });
});

describe("cohortTopWords", () => {
  it("counts answers that use a word, not raw repeats", () => {
    const cohort = cohortTopWords(["budget budget budget budget", "deadline budget", "deadline team"]);
    expect(cohort[0]).toEqual({ word: "budget", answers: 2, share: 2 / 3 });
    expect(cohort[1]).toEqual({ word: "deadline", answers: 2, share: 2 / 3 });
    expect(cohort[2]).toMatchObject({ word: "team", answers: 1 });
  });

  it("marks whether an answer shares a cohort word by stem", () => {
    expect(usesWord("We set deadlines weekly.", "deadline")).toBe(true);
    expect(usesWord("We set goals.", "deadline")).toBe(false);
  });
});
