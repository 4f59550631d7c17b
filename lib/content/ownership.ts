/**
 * Ownership: how often the answer says "I" against "we", and which action verbs it uses. Interviewers
 * listen for what the candidate did themselves; "we" is often right (teamwork) but an answer that is
 * all "we" leaves their own part unclear. Pure.
 */
import { actionVerb } from "./action-verbs";
import { round, words } from "./text";

const FIRST_SINGULAR = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]);
const FIRST_PLURAL = new Set(["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"]);

export interface OwnershipResult {
  i: number;
  we: number;
  /** Share of first-person words that are singular; null with none of either. */
  iShare: number | null;
  actionVerbs: { count: number; items: { verb: string; count: number }[] };
}

export function ownership(text: string): OwnershipResult {
  let i = 0;
  let we = 0;
  const verbs = new Map<string, number>();
  const list = words(text);
  for (const [index, word] of list.entries()) {
    if (FIRST_SINGULAR.has(word)) i++;
    else if (FIRST_PLURAL.has(word)) we++;
    const verb = actionVerb(word, list[index - 1]);
    if (verb) verbs.set(verb, (verbs.get(verb) ?? 0) + 1);
  }
  const items = [...verbs].map(([verb, count]) => ({ verb, count })).sort((a, b) => b.count - a.count || a.verb.localeCompare(b.verb));
  return {
    i,
    we,
    iShare: i + we > 0 ? round(i / (i + we), 2) : null,
    actionVerbs: { count: items.reduce((sum, item) => sum + item.count, 0), items },
  };
}
