import { describe, expect, it } from "vitest";
import { parseTranscriptsTsv } from "./tsv";

describe("parseTranscriptsTsv", () => {
  it("reads file and text by header name, ignoring other columns and blank lines", () => {
    const tsv = "file\ttext\tduration_s\na/1.flac\tHELLO WORLD\t1.2\n\nb/2.wav\tGood day.\t0.9\n";
    expect(parseTranscriptsTsv(tsv)).toEqual([
      { file: "a/1.flac", text: "HELLO WORLD" },
      { file: "b/2.wav", text: "Good day." },
    ]);
  });
  it("rejects a missing column or an empty file name", () => {
    expect(() => parseTranscriptsTsv("path\ttext\nx\ty\n")).toThrow(/header/);
    expect(() => parseTranscriptsTsv("file\ttext\n\thello\n")).toThrow(/row 2/);
  });
});
