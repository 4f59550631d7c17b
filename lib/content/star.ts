/**
 * Situation / task / action / result cues for behavioural answers. A cue is a phrase that usually
 * opens that part of a STAR answer ("at the time", "my task was", "so I", "as a result"); an "I" +
 * action-verb sentence also counts as action, and a number with a unit of change ("by 30%",
 * "halved") as result. The report highlights the sentences carrying each cue and names the parts
 * with none. Cues are evidence of structure, not proof: a well-told story can use other words. Pure.
 */
import { actionVerb } from "./action-verbs";
import { findPhrase, sentences, words } from "./text";

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

const CUES: Record<StarPart, string[]> = {
  situation: [
    "at the time", "at my last", "at my previous", "in my last", "in my previous", "in my current", "when i was", "while i was",
    "when i worked", "while working", "a few years ago", "last year", "a few months ago", "the situation", "the context",
    "the background", "we were facing", "there was a", "our team was", "the company was", "the project was", "i was working",
    "i worked at", "i worked as", "back when", "once when",
  ],
  task: [
    "my task", "my role", "my job was", "my responsibility", "i was responsible", "responsible for", "i was asked", "i was tasked",
    "i needed to", "i had to", "we needed to", "we had to", "the goal was", "our goal", "my goal", "the objective", "the aim was",
    "the challenge was", "the problem was", "the deadline", "it was up to me", "i was in charge",
  ],
  action: [
    "so i", "i decided", "i started", "first i", "then i", "next i", "after that i", "i began", "i took", "i made sure", "i set up",
    "i reached out", "i sat down", "i went", "i worked with", "i suggested", "i asked", "my approach", "what i did", "i chose",
  ],
  result: [
    "as a result", "the result", "in the end", "ended up", "which led to", "that led to", "resulted in", "the outcome", "in the end",
    "we managed to", "i managed to", "we delivered", "we finished", "we shipped", "we saved", "we reduced", "we increased",
    "we improved", "was adopted", "since then", "i learned", "i learnt", "the feedback", "we hit", "on time", "ahead of schedule",
  ],
};

const CUE_TOKENS: Record<StarPart, { phrase: string; tokens: string[] }[]> = Object.fromEntries(
  STAR_PARTS.map((part) => [part, CUES[part].map((phrase) => ({ phrase, tokens: words(phrase) }))]),
) as Record<StarPart, { phrase: string; tokens: string[] }[]>;

/** "by 30%", "40 percent", "halved", "doubled", "from 3 days to 1": measured change. */
const MEASURED_CHANGE = /\b\d+(?:\.\d+)?\s?(?:%|percent|per cent)|\b(?:halved|doubled|tripled)\b|\bfrom\s+\S+\s+(?:\S+\s+)?to\s+\d/i;

export interface StarSentence {
  index: number;
  text: string;
  cue: string;
}

export interface StarResult {
  parts: Record<StarPart, { present: boolean; sentences: StarSentence[] }>;
  missing: StarPart[];
}

function cueIn(part: StarPart, sentence: string, list: string[]): string | null {
  for (const cue of CUE_TOKENS[part]) if (findPhrase(list, cue.tokens).length > 0) return cue.phrase;
  if (part === "action") {
    // "I negotiated", "I profiled it and rewrote": the speaker doing something, later in the sentence.
    const subject = list.indexOf("i");
    if (subject >= 0) {
      for (let k = subject + 1; k < list.length; k++) {
        if (actionVerb(list[k]!, list[k - 1]) !== null) return `I ${list.slice(subject + 1, k + 1).join(" ")}`.slice(0, 60);
      }
    }
  }
  if (part === "result") {
    const match = MEASURED_CHANGE.exec(sentence);
    if (match) return match[0];
  }
  return null;
}

export function starStructure(text: string): StarResult {
  const all = sentences(text);
  const parts = Object.fromEntries(STAR_PARTS.map((part) => [part, { present: false, sentences: [] as StarSentence[] }])) as StarResult["parts"];
  all.forEach((sentence, index) => {
    const list = words(sentence);
    for (const part of STAR_PARTS) {
      const cue = cueIn(part, sentence, list);
      if (cue) parts[part].sentences.push({ index, text: sentence, cue });
    }
  });
  for (const part of STAR_PARTS) parts[part].present = parts[part].sentences.length > 0;
  return { parts, missing: STAR_PARTS.filter((part) => !parts[part].present) };
}

/** Behavioural questions ask for a story: by category, or by the usual wording when it is missing. */
export function isBehavioural(question: { category?: string; text?: string }): boolean {
  if ((question.category ?? "").toLowerCase().startsWith("behavio")) return true;
  return /\b(tell me about a time|describe a (time|situation)|give (me |us )?an example|share an example|walk me through a time)\b/i.test(question.text ?? "");
}
