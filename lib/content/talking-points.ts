/**
 * Talking points an admin expects a strong answer to mention (keywords or short phrases). A point is
 * covered when every content word of it appears, by Porter stem, within a short window of the
 * answer ("stakeholders" covers "stakeholder", "migrated the database" covers "database
 * migration"). No synonym list ships with an offline, licence-clean package, so synonyms are not
 * matched: admins can list alternatives as separate points or with "/" ("budget / cost"). Pure.
 */
import { stem } from "./stems";
import { isContentWord } from "./top-words";
import { words } from "./text";

export interface TalkingPointResult {
  point: string;
  covered: boolean;
  /** The words of the answer that matched, in order. */
  matched: string | null;
}

function pointStems(point: string): string[] {
  const list = words(point);
  const content = list.filter(isContentWord);
  // A point made only of short or common words ("QA", "UX") is matched on all its words.
  return (content.length ? content : list).map(stem);
}

function matchAlternative(answer: string[], answerStems: string[], alternative: string): string | null {
  const wanted = pointStems(alternative);
  if (wanted.length === 0) return null;
  const window = Math.max(8, wanted.length * 4);
  for (let start = 0; start < answerStems.length; start++) {
    if (answerStems[start] !== wanted[0]) continue;
    const end = Math.min(answerStems.length, start + window);
    // The other words may come before the first one too ("database migration" / "migrated the database").
    const from = Math.max(0, start - window + 1);
    const positions = wanted.map((target) => {
      for (let i = from; i < end; i++) if (answerStems[i] === target) return i;
      return -1;
    });
    if (positions.every((p) => p >= 0)) {
      const lo = Math.min(...positions);
      const hi = Math.max(...positions);
      return answer.slice(lo, hi + 1).join(" ");
    }
  }
  return null;
}

export function talkingPoints(text: string, points: readonly string[]): TalkingPointResult[] {
  const answer = words(text);
  const answerStems = answer.map(stem);
  return points
    .map((point) => point.trim())
    .filter(Boolean)
    .map((point) => {
      for (const alternative of point.split("/")) {
        const matched = matchAlternative(answer, answerStems, alternative);
        if (matched) return { point, covered: true, matched };
      }
      return { point, covered: false, matched: null };
    });
}
