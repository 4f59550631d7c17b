/**
 * The session at a glance: the two or three things to work on first, chosen from the evidence of
 * every answer (delivery and content), each with the answer and the moment it comes from; and each
 * composite score averaged over the answers, with its scale and what a good range is. Pure.
 *
 * Each observation gets a severity: 0 at its threshold, 1 about as far again past it. Severities of
 * the same kind add up over answers, so something that recurs outranks a one-off, and one kind
 * appears once (with its clearest example). Thresholds are those the tips and scores already use
 * where they exist (fillers, pace, eye contact); the rest are stated beside each rule.
 */
import type { ContentAnalysis } from "@/lib/content/analyze";
import { sentences } from "@/lib/content/text";
import { faceEvidence } from "@/lib/scoring/evidence";
import type { AnswerScores, ScoreId } from "@/lib/scoring/types";
import type { SpeechSummary } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";

export interface SummaryAnswer {
  number: number;
  speech: SpeechSummary | null;
  vision: VisionSummary | null;
  content: ContentAnalysis | null;
  contentText: string | null;
  scores: AnswerScores | null;
}

export interface FocusItem {
  kind: string;
  title: string;
  /** What was observed in the example answer. */
  detail: string;
  /** The example answer's number (1-based) and where in it. */
  answer: number;
  moment: string;
  /** Seconds into the answer when the moment is a time, for a link to the replay. */
  atSec: number | null;
  answersAffected: number;
  severity: number;
}

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, "0")}`;
const quote = (text: string, max = 90) => `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;

type Observation = Omit<FocusItem, "answersAffected">;

function deliveryObservations(a: SummaryAnswer): Observation[] {
  const out: Observation[] = [];
  const { speech, vision, number } = a;
  if (speech && speech.pace.wordCount > 0) {
    // Fillers: over 4 per 100 words (twice what composure treats as ordinary).
    const f = speech.fillers;
    if (f.scored && f.per100Words > 4 && f.items[0]) {
      out.push({ kind: "fillers", title: "Fewer filler words", detail: `${f.per100Words.toFixed(1)} fillers per 100 words (${f.count} in all).`, answer: number, moment: `“${f.items[0].word}” at ${clock(f.items[0].start)}`, atSec: f.items[0].start, severity: (f.per100Words - 4) / 4 });
    }
    // Pace: outside the acceptable band the pace metric defines.
    const p = speech.pace;
    if (p.wpm > p.target.acceptableMax || (p.wpm < p.target.acceptableMin && p.wpm > 0)) {
      const fast = p.wpm > p.target.acceptableMax;
      const window = [...p.windows].sort((x, y) => (fast ? y.wpm - x.wpm : x.wpm - y.wpm))[0];
      out.push({
        kind: fast ? "pace-fast" : "pace-slow",
        title: fast ? "A slower pace" : "A quicker pace",
        detail: `${Math.round(p.wpm)} words per minute; ${p.target.idealMin}-${p.target.idealMax} is easy to follow.`,
        answer: number,
        moment: window ? `${fast ? "fastest" : "slowest"} from ${clock(window.start)}` : "the whole answer",
        atSec: window?.start ?? null,
        severity: fast ? (p.wpm - p.target.acceptableMax) / 30 + 0.5 : (p.target.acceptableMin - p.wpm) / 30 + 0.5,
      });
    }
    // Long pauses: two or more in one answer.
    const longest = [...speech.pauses.items].filter((x) => x.long).sort((x, y) => y.durationSec - x.durationSec)[0];
    if (speech.pauses.longCount >= 2 && longest) {
      out.push({ kind: "pauses", title: "Shorter silences mid-answer", detail: `${speech.pauses.longCount} pauses over ${speech.pauses.thresholds.longPauseSec} s.`, answer: number, moment: `${longest.durationSec.toFixed(1)} s at ${clock(longest.start)}`, atSec: longest.start, severity: (speech.pauses.longCount - 1) / 3 });
    }
    // A long start: over 8 s to the first word (thinking time lowers its value from 4 s, gently).
    if (speech.pauses.timeToFirstWordSec > 8) {
      out.push({ kind: "start", title: "Starting sooner", detail: `The first word came after ${speech.pauses.timeToFirstWordSec.toFixed(0)} s.`, answer: number, moment: "the start", atSec: 0, severity: (speech.pauses.timeToFirstWordSec - 8) / 6 });
    }
    if (speech.voice.monotone) {
      out.push({ kind: "monotone", title: "More vocal variety", detail: `Pitch range ${speech.voice.rangeSemitones.toFixed(1)} semitones: a flat delivery.`, answer: number, moment: "the whole answer", atSec: null, severity: 0.6 });
    }
  }
  // Eye contact under 40% of face-visible time (attentiveness gives full marks from 60%).
  if (vision && faceEvidence(vision).level !== "insufficient" && vision.eyeContactShare !== null && vision.eyeContactShare < 0.4) {
    const first = vision.lookingAway.episodes[0];
    out.push({
      kind: "eye-contact",
      title: "More eye contact with the camera",
      detail: `Eye contact ${Math.round(vision.eyeContactShare * 100)}% of the time your face was visible.`,
      answer: number,
      moment: first ? `first look away at ${clock(first.startMs / 1000)}` : "the whole answer",
      atSec: first ? first.startMs / 1000 : null,
      severity: (0.4 - vision.eyeContactShare) / 0.2,
    });
  }
  return out;
}

function contentObservations(a: SummaryAnswer): Observation[] {
  const c = a.content;
  if (!c || !a.contentText || c.wordCount === 0) return [];
  const out: Observation[] = [];
  const all = sentences(a.contentText);
  if (c.starExpected && c.star.missing.length > 0) {
    const last = all[all.length - 1];
    const resultMissing = c.star.missing.includes("result");
    out.push({
      kind: "structure",
      title: resultMissing ? "Say how the story ended" : "A complete story structure",
      detail: `No ${c.star.missing.join(", ")} cue found (situation, task, action, result).`,
      answer: a.number,
      moment: resultMissing && last ? `it ends ${quote(last, 70)}` : "the whole answer",
      atSec: null,
      severity: 0.4 * c.star.missing.length + (resultMissing ? 0.4 : 0),
    });
  }
  // Hedges: over 3 per 100 words and at least 3 of them.
  if (c.hedges.per100Words > 3 && c.hedges.count >= 3) {
    const first = c.hedges.items[0]!;
    const where = all.find((s) => s.toLowerCase().includes(first.phrase));
    out.push({ kind: "hedges", title: "Fewer hedges and vague words", detail: `${c.hedges.count} hedges or vague words (${c.hedges.per100Words} per 100 words).`, answer: a.number, moment: where ? quote(where, 80) : `“${first.phrase}”`, atSec: null, severity: (c.hedges.per100Words - 3) / 3 });
  }
  const words = c.length.words;
  if (words.status !== "within") {
    const short = words.status === "short";
    out.push({
      kind: short ? "length-short" : "length-long",
      title: short ? "Longer, more detailed answers" : "Tighter answers",
      detail: c.length.note,
      answer: a.number,
      moment: "the whole answer",
      atSec: null,
      severity: short ? ((words.min - words.value) / words.min) * 1.2 : ((words.value - words.max) / words.max) * 1.2,
    });
  }
  const missed = c.talkingPoints.filter((p) => !p.covered);
  if (c.talkingPoints.length > 0 && missed.length / c.talkingPoints.length >= 0.5) {
    out.push({ kind: "talking-points", title: "Cover the expected points", detail: `Not mentioned: ${missed.map((p) => p.point).join("; ")}.`, answer: a.number, moment: "the whole answer", atSec: null, severity: missed.length / c.talkingPoints.length });
  }
  // Ownership: at least three "we" and under 30% "I".
  if (c.pronouns.we >= 3 && (c.pronouns.iShare ?? 0) < 0.3) {
    out.push({ kind: "ownership", title: "Say what you did yourself", detail: `“we” ${c.pronouns.we}×, “I” ${c.pronouns.i}×.`, answer: a.number, moment: "the whole answer", atSec: null, severity: 0.6 });
  }
  return out;
}

export function focusItems(answers: readonly SummaryAnswer[], limit = 3): FocusItem[] {
  const byKind = new Map<string, { total: number; count: number; worst: Observation }>();
  for (const answer of answers) {
    for (const o of [...deliveryObservations(answer), ...contentObservations(answer)]) {
      const severity = Math.max(0.05, o.severity);
      const entry = byKind.get(o.kind);
      if (!entry) byKind.set(o.kind, { total: severity, count: 1, worst: { ...o, severity } });
      else {
        entry.total += severity;
        entry.count++;
        if (severity > entry.worst.severity) entry.worst = { ...o, severity };
      }
    }
  }
  return [...byKind.values()]
    .map(({ total, count, worst }) => ({ ...worst, severity: total, answersAffected: count }))
    .sort((x, y) => y.severity - x.severity || x.answer - y.answer)
    .slice(0, limit);
}

/** Each composite score's scale and good range, in plain words. */
export const SCORE_GUIDE: Record<ScoreId, { title: string; scale: string; good: string; goodMin?: number; goodMax?: number }> = {
  attentiveness: { title: "Attentiveness", scale: "0-100, higher means more eye contact with the camera", good: "70 or more: looking at the camera for most of the answer", goodMin: 70 },
  composure: { title: "Composure", scale: "0-100, higher means steadier expression and speaking rate, and fewer fillers", good: "70 or more", goodMin: 70 },
  engagement: { title: "Engagement", scale: "0-100, higher means more varied face and voice", good: "50 or more: clearly varied; under 30 reads as flat", goodMin: 50 },
  thinkingTime: { title: "Thinking time", scale: "0-100, 100 means the first word came within 4 s", good: "70 or more: starting within about 7 s", goodMin: 70 },
  signalMismatch: { title: "Face/voice agreement", scale: "0-100, lower means face and voice varied together", good: "under 40", goodMax: 40 },
};

export interface ScoreSummary {
  id: ScoreId;
  mean: number | null;
  answers: number;
  inGoodRange: boolean | null;
}

export function scoreSummaries(answers: readonly SummaryAnswer[]): ScoreSummary[] {
  return (Object.keys(SCORE_GUIDE) as ScoreId[]).map((id) => {
    const values = answers.flatMap((a) => {
      const value = a.scores?.[id].value;
      return value === null || value === undefined ? [] : [value];
    });
    const mean = values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : null;
    const guide = SCORE_GUIDE[id];
    const inGoodRange = mean === null ? null : guide.goodMin !== undefined ? mean >= guide.goodMin : mean < (guide.goodMax ?? 101);
    return { id, mean, answers: values.length, inGoodRange };
  });
}
