import { describe, expect, it } from "vitest";
import { normaliseEnglish, rawWords } from "./english-normaliser";
import { wer, wordErrors } from "./wer";

const norm = (s: string) => normaliseEnglish(s).join(" ");
/** WER after normalising both sides: what eval:stt reports. */
const normalisedWer = (ref: string, hyp: string) => wer(wordErrors(normaliseEnglish(ref), normaliseEnglish(hyp)));

describe("normaliseEnglish", () => {
  it("lower-cases, removes punctuation and annotations, folds diacritics", () => {
    expect(norm('Printing, in the "only" sense -- (laughs) [noise] stop! Café naïve.')).toBe("printing in the only sense stop cafe naive");
  });

  it("maps British spellings to American ones", () => {
    expect(norm("The colour of the theatre's centre, 100 metres away; he counselled us")).toBe(
      "the color of the theaters center one hundred meters away he counseled us",
    );
    expect(normalisedWer("He travelled to the centre", "he traveled to the center")).toBe(0);
    expect(normalisedWer("OK, alright, 5 per cent", "okay all right five percent")).toBe(0);
  });

  it("writes numbers as words, whichever way they were written", () => {
    expect(norm("42")).toBe(norm("forty-two"));
    expect(norm("1455")).toBe(norm("fourteen fifty five"));
    expect(norm("the 21st")).toBe("the twenty first");
    expect(norm("3.5%")).toBe("three point five percent");
    expect(norm("a hundred and five")).toBe(norm("105"));
    expect(norm("two thousand and five")).toBe(norm("2005"));
  });

  it("reads scores, ratios and ranges as 'to', and clock times as spoken", () => {
    expect(norm("3:2")).toBe("three to two");
    expect(norm("won 3-2")).toBe("won three to two");
    expect(normalisedWer("they won three to two", "they won 3:2")).toBe(0);
    expect(norm("at 3:30")).toBe("at three thirty");
    expect(norm("at 3:05")).toBe("at three oh five");
    expect(norm("at 3:00")).toBe(norm("at three o'clock"));
    // A misheard number stays an error.
    expect(normalisedWer("three to two", "free to two")).toBeCloseTo(1 / 3);
  });

  it("reads currency amounts", () => {
    expect(norm("$5")).toBe("five dollars");
    expect(norm("$1.50")).toBe("one dollar fifty cents");
    expect(norm("£20")).toBe("twenty pounds");
  });

  it("expands contractions as Whisper's normaliser does", () => {
    expect(norm("I won't, you can't, we don't, they're, she'll, I've, I'm, he'd")).toBe(
      "i will not you can not we do not they are she will i have i am he would",
    );
    expect(norm("he'd been there, she's been, it's got")).toBe("he had been there she has been it has got");
    expect(norm("it's what's there's")).toBe("it is what is there is");
    expect(norm("let's go, gonna, cannot")).toBe("let us go going to can not");
  });

  it("treats possessives alike with or without the apostrophe", () => {
    expect(norm("mariana's")).toBe(norm("marianas"));
    expect(norm("the students' books")).toBe("the students books");
    expect(normalisedWer("Mariana's trench", "marianas trench")).toBe(0);
  });

  it("spells out title abbreviations", () => {
    expect(norm("Mr. Smith met Dr Jones and Mrs. Brown on St. Mark's day")).toBe(
      "mister smith met doctor jones and missus brown on saint marks day",
    );
  });

  it("removes filled pauses but keeps lexical fillers", () => {
    expect(norm("Um, so, uh, I mean, hmm, it was er like mm fine")).toBe("so i mean it was like fine");
  });

  it("splits mixed letter-digit tokens and keeps no digits", () => {
    expect(norm("v2 4G")).toBe("v two four g");
    expect(normaliseEnglish("1,250 on 12/05").every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });

  it("still counts real word errors", () => {
    expect(normalisedWer("thick peppered flour fattened sauce", "thick peppered flower fat and sauce")).toBeCloseTo(3 / 5);
  });
});

describe("rawWords", () => {
  it("only lower-cases and removes punctuation", () => {
    expect(rawWords("Mr. Smith's colour: 3:2!")).toEqual(["mr", "smith's", "colour", "3", "2"]);
  });
});
