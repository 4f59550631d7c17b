/**
 * The whole content analysis of one answer's text: typed, extracted from a document, or a spoken
 * answer's transcript. Computed when a report is read (it is fast and the question's talking points
 * may change), so nothing here is stored. Pure.
 */
import { assessLength, lengthKind, type LengthResult } from "./length";
import { hedges, type HedgeResult } from "./hedges";
import { ownership, type OwnershipResult } from "./ownership";
import { readability, type ReadabilityResult } from "./readability";
import { isBehavioural, starStructure, type StarResult } from "./star";
import { talkingPoints, type TalkingPointResult } from "./talking-points";
import { topContentWords, type WordCount } from "./top-words";
import { words } from "./text";

export const CONTENT_VERSION = "content@1.0.0";

export type ContentSource = "typed" | "spoken" | "document";

export interface ContentQuestion {
  text?: string;
  category?: string;
  talkingPoints?: readonly string[];
  /** The time the question allowed (spoken answers). */
  answerSeconds?: number;
}

export interface ContentAnalysis {
  version: string;
  source: ContentSource;
  wordCount: number;
  length: LengthResult;
  topWords: WordCount[];
  /** Whether STAR structure is expected (a behavioural question, or a document). */
  starExpected: boolean;
  star: StarResult;
  pronouns: OwnershipResult;
  hedges: HedgeResult;
  readability: ReadabilityResult;
  talkingPoints: TalkingPointResult[];
}

export function analyzeContent(input: { text: string; source: ContentSource; question?: ContentQuestion; durationSec?: number | null }): ContentAnalysis {
  const { text, source, question } = input;
  const wordCount = words(text).length;
  return {
    version: CONTENT_VERSION,
    source,
    wordCount,
    length: assessLength({
      wordCount,
      kind: lengthKind(question?.category, source === "document"),
      durationSec: source === "spoken" ? (input.durationSec ?? null) : null,
      timeLimitSec: question?.answerSeconds ?? null,
    }),
    topWords: topContentWords(text),
    starExpected: source !== "document" && isBehavioural(question ?? {}),
    star: starStructure(text),
    pronouns: ownership(text),
    hedges: hedges(text),
    readability: readability(text),
    talkingPoints: talkingPoints(text, question?.talkingPoints ?? []),
  };
}
