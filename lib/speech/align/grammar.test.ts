import { describe, expect, it } from "vitest";
import { timed } from "../metrics/test-helpers";
import {
  alignmentCoversTranscript,
  buildAlignmentInput,
  dropPhraseFinalRepeats,
  fragmentLetters,
  fragmentPhones,
  letterToPhones,
  parseAlignmentOutput,
  parseCmudict,
} from "./grammar";

const dict = parseCmudict("but B AH T\nbut(2) B AH1 T\ni AY\nthink TH IH NG K\n");

describe("buildAlignmentInput", () => {
  it("lets each word repeat, adds fragments for consonant-initial words, and uses letter-to-phone for OOV", () => {
    const g = buildAlignmentInput(["i", "think", "zork"], dict, { fillers: false });
    expect(g.jsgf).toContain("public <utt> = <w0> <w1> <w2>;");
    expect(g.jsgf).toMatch(/<w0> = \( \/1\/ i \| \/[\d.e-]+\/ i i \|/);
    expect(g.jsgf).not.toContain("frag_i");
    expect(g.jsgf).toContain("frag_think think");
    expect(g.dict).toContain("think TH IH NG K\n");
    expect(g.dict).toContain("frag_think TH AH\n");
    expect(g.oov).toEqual(["zork"]);
    expect(g.dict).toContain("zork Z AA R K\n");
  });

  it("allows an optional filled pause between words and at both ends, with its phones in the dictionary", () => {
    const g = buildAlignmentInput(["i", "think"], dict, { fillers: true });
    expect(g.jsgf).toContain("public <utt> = <fill> <w0> <fill> <w1> <fill>;");
    expect(g.jsgf).toMatch(/<fill> = \( \/1\/ <NULL> \| \/[\d.e-]+\/ \( fill_um \| fill_uh/);
    expect(g.dict).toContain("fill_um AH M\n");
    expect(g.dict).toContain("fill_uh AH\n");
  });

  it("reads a filled pause back as an acoustic word, outside the transcript coverage check", () => {
    const out = parseAlignmentOutput("i 0.10 0.30 1.0\nfill_um 0.40 0.90 1.0\nthink 1.00 1.40 1.0\n");
    expect(out[1]).toEqual({ text: "um", start: 0.4, end: 0.9, acoustic: true });
    expect(alignmentCoversTranscript(out, ["i", "think"])).toBe(true);
  });

  it("builds a strict grammar without repeats", () => {
    const g = buildAlignmentInput(["i", "think"], dict, { repeats: false });
    expect(g.jsgf).toContain("<w0> = i;");
    expect(g.jsgf).not.toContain("frag_");
  });
});

describe("helpers", () => {
  it("parses CMUdict keeping the first pronunciation", () => {
    expect(dict.get("but")).toEqual(["B", "AH", "T"]);
  });
  it("makes fragments from the onset", () => {
    expect(fragmentPhones(["P", "L", "IY", "Z"])).toEqual(["P", "L", "AH"]);
    expect(fragmentPhones(["AY"])).toBeNull();
    expect(fragmentLetters("please")).toBe("pl");
  });
  it("spells unknown words", () => {
    expect(letterToPhones("shop")).toEqual(["SH", "AA", "P"]);
    expect(letterToPhones("make")).toEqual(["M", "AE", "K"]);
  });
});

describe("parseAlignmentOutput", () => {
  it("keeps words, drops silence and NULL, strips alternates, marks fragments, applies the offset", () => {
    const out = [
      "i i think",
      "(NULL) -0.010 -0.010 1.000000",
      "<sil> 0.000 0.100 1.000000",
      "i 0.110 0.200 1.000000",
      "i 0.210 0.330 1.000000",
      "frag_think 0.340 0.400 1.000000",
      "think(2) 0.410 0.710 1.000000",
      "[NOISE] 0.720 0.800 1.000000",
    ].join("\n");
    expect(parseAlignmentOutput(out, 10)).toEqual([
      { text: "i", start: 10.11, end: 10.2 },
      { text: "i", start: 10.21, end: 10.33 },
      { text: "th", start: 10.34, end: 10.4, fragment: true },
      { text: "think", start: 10.41, end: 10.71 },
    ]);
  });
});

describe("alignmentCoversTranscript", () => {
  it("accepts added repeats and fragments, rejects dropped or swapped words", () => {
    const t = ["no", "no", "i", "think"];
    expect(alignmentCoversTranscript(timed("no@0-1 no@1-2 i@2-3 i@3-4 th-@4-4.1 think@4.2-5"), t)).toBe(true);
    expect(alignmentCoversTranscript(timed("no@0-1 i@2-3 think@4-5"), t)).toBe(false);
    expect(alignmentCoversTranscript(timed("no@0-1 no@1-2 think@2-3 i@3-4"), t)).toBe(false);
  });
});

describe("dropPhraseFinalRepeats", () => {
  it("drops added copies before a pause but keeps phrase-initial stammers and transcript repeats", () => {
    const aligned = timed("i@0-0.1 i@0.2-0.3 i@0.4-0.5 think@0.5-0.8 go@0.9-1.1 go@1.4-1.6 but@3-3.2 no@3.3-3.5 no@3.6-3.8");
    const kept = dropPhraseFinalRepeats(aligned, ["i", "think", "go", "but", "no", "no"]);
    expect(kept.map((w) => w.text)).toEqual(["i", "i", "i", "think", "go", "but", "no", "no"]);
    expect(kept[4]).toEqual({ text: "go", start: 0.9, end: 1.6 });
  });
});
