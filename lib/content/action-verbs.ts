/**
 * Action verbs that say what someone did (the résumé-writing lists career services publish, cut to
 * the ones common in spoken answers). Matched by Porter stem, with American -ize spellings folded
 * into -ise, so "organised" and "organizing" are one verb; irregular past forms are listed with
 * their base verb. Many of these words are also nouns ("a test", "the plan"), so a word counts only
 * in a verb form: -ed or -ing, an irregular past, or the bare form right after a subject or "to". Pure.
 */
import { stem } from "./stems";

const BASE_VERBS = [
  "achieve", "analyse", "approach", "arrange", "assess", "automate", "build", "change", "coach", "collaborate",
  "communicate", "complete", "convince", "coordinate", "create", "cut", "debug", "decide", "define", "delegate", "deliver",
  "design", "develop", "document", "draft", "drive", "escalate", "establish", "estimate", "evaluate", "fix", "focus", "gather",
  "handle", "help", "hire", "identify", "implement", "improve", "increase", "initiate", "introduce", "investigate", "launch",
  "lead", "manage", "measure", "mentor", "migrate", "monitor", "motivate", "negotiate", "organise", "persuade",
  "plan", "prepare", "present", "prioritise", "propose", "prototype", "reduce", "redesign", "refactor", "resolve",
  "restructure", "review", "rewrite", "run", "save", "schedule", "set", "ship", "simplify", "solve", "speak", "start",
  "streamline", "support", "talk", "teach", "test", "train", "write",
];

const IRREGULAR: Record<string, string> = {
  built: "build", led: "lead", ran: "run", wrote: "write", written: "write", rewrote: "rewrite", rewritten: "rewrite", spoke: "speak", spoken: "speak", drove: "drive",
  driven: "drive", taught: "teach", set: "set", cut: "cut", 
};

const STEMS = new Map(BASE_VERBS.map((verb) => [stem(verb), verb]));

const BEFORE_BARE_VERB = new Set(["i", "we", "they", "to", "then", "also", "and"]);

/** The base verb a word is a form of (given the word before it), or null. */
export function actionVerb(word: string, previous?: string): string | null {
  const irregular = IRREGULAR[word];
  if (irregular && STEMS.has(stem(irregular))) return irregular;
  const verbForm = /(ed|ing)$/.test(word) || (previous !== undefined && BEFORE_BARE_VERB.has(previous));
  if (!verbForm) return null;
  return STEMS.get(stem(word.replace(/iz(e|ed|es|ing)$/, "is$1"))) ?? null;
}
