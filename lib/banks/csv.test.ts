import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    const csv = 'text,category\r\n"Tell me, briefly, about ""you""",general\n"Two\nlines",x\n';
    expect(parseCsv(csv)).toEqual([
      ["text", "category"],
      ['Tell me, briefly, about "you"', "general"],
      ["Two\nlines", "x"],
    ]);
  });

  it("skips blank lines and a byte-order mark, keeps empty cells", () => {
    expect(parseCsv("\uFEFFa,b\n\n1,\n")).toEqual([
      ["a", "b"],
      ["1", ""],
    ]);
  });

  it("rejects an unterminated quote", () => {
    expect(() => parseCsv('a\n"open')).toThrow(/closing/);
  });
});

describe("toCsv", () => {
  it("round-trips through parseCsv", () => {
    const rows = [["text", "n"], ['He said "hi", then left', "45"], ["line\nbreak", "0"]];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it("neutralises spreadsheet formulas", () => {
    expect(toCsv([["=SUM(A1)"]])).toBe("'=SUM(A1)\r\n");
  });
});
