import { describe, expect, it } from "vitest";
import { bankToJson, parseQuestionImport, questionsToCsv } from "./question-import";

describe("parseQuestionImport (CSV)", () => {
  it("validates each row on its own and reports the file row number", () => {
    const csv = [
      "text,category,answerSeconds,prepSeconds",
      "Tell me about a time you disagreed with your manager.,behavioural,60,10",
      "Too short,general,45,10",
      "Why do you want to work here?,motivation,,",
      "Describe a deadline you missed and what you changed.,behavioural,5,10",
    ].join("\n");
    const { rows, fileError } = parseQuestionImport("csv", csv);
    expect(fileError).toBeUndefined();
    expect(rows.map((r) => [r.row, r.error === undefined])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, false],
    ]);
    expect(rows[0]?.question).toMatchObject({ answerSeconds: 60, prepSeconds: 10, category: "behavioural", published: true });
    // Empty cells take the defaults.
    expect(rows[2]?.question).toMatchObject({ answerSeconds: 45, prepSeconds: 15 });
    expect(rows[1]?.error).toMatch(/^text: /);
    expect(rows[3]?.error).toMatch(/answerSeconds: .*at least 10/);
  });

  it("accepts common header spellings", () => {
    const { rows } = parseQuestionImport("csv", "Question,answer_seconds\nWhat motivates you at work?,90\n");
    expect(rows[0]?.question).toMatchObject({ text: "What motivates you at work?", answerSeconds: 90 });
  });

  it("rejects a file without a text column", () => {
    expect(parseQuestionImport("csv", "foo,bar\n1,2\n").fileError).toMatch(/"text" column/);
  });
});

describe("parseQuestionImport (JSON)", () => {
  it("accepts an array or an exported bank, per-row errors included", () => {
    const json = JSON.stringify({ questions: [{ text: "What is your greatest strength?" }, { text: 42 }] });
    const { rows } = parseQuestionImport("json", json);
    expect(rows[0]?.question?.text).toBe("What is your greatest strength?");
    expect(rows[1]?.error).toBeDefined();
  });

  it("reports invalid JSON as a file error", () => {
    expect(parseQuestionImport("json", "{nope").fileError).toBe("The file is not valid JSON.");
  });
});

describe("exports", () => {
  const question = {
    text: 'Tell me about "a time", briefly.',
    category: "behavioural",
    guidance: "",
    answerSeconds: 45,
    prepSeconds: 15,
    published: true,
    position: 0,
  };

  it("CSV export re-imports to the same questions", () => {
    const { rows } = parseQuestionImport("csv", questionsToCsv([question]));
    const { position: _position, ...fields } = question;
    expect(rows[0]?.question).toEqual(fields);
  });

  it("JSON export re-imports to the same questions", () => {
    const json = bankToJson({ title: "T", slug: "t", description: "", category: "general", questions: [question] });
    const { rows } = parseQuestionImport("json", json);
    expect(rows[0]?.question?.text).toBe(question.text);
  });
});

describe("CSV export and import round trip", () => {
  // Every exported field, with the values a spreadsheet would run as formulas and the ones CSV must quote.
  const questions = [
    {
      position: 0,
      text: "-5% budget: what would you cut first?",
      category: "+growth",
      guidance: "=SUM(A1:A3) is not a formula here",
      answerSeconds: 90,
      prepSeconds: 0,
      published: true,
    },
    {
      position: 1,
      text: '@team said "ship it", then what?',
      category: "behavioural",
      guidance: "'=already quoted, kept as typed\nsecond line, with a comma",
      answerSeconds: 45,
      prepSeconds: 15,
      published: false,
    },
    {
      position: 2,
      text: "'-one apostrophe typed by the admin before a minus",
      category: "general",
      guidance: "",
      answerSeconds: 120,
      prepSeconds: 30,
      published: true,
    },
  ];

  it("reads back every field exactly as it was exported", () => {
    const { rows, fileError } = parseQuestionImport("csv", questionsToCsv(questions));
    expect(fileError).toBeUndefined();
    expect(rows.map((row) => row.error)).toEqual([undefined, undefined, undefined]);
    expect(rows.map((row) => row.question)).toEqual(questions.map(({ position: _position, ...fields }) => fields));
  });

  it("keeps formula-like cells inert in the file itself", () => {
    const csv = questionsToCsv(questions);
    expect(csv).toContain("'-5% budget");
    expect(csv).toContain("'+growth");
    expect(csv).toContain("'=SUM(A1:A3)");
    expect(csv).toContain("\"''=already quoted");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
