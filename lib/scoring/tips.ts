/**
 * 2-3 concrete tips for one answer, each quoting the measurement it comes from. Pure.
 * Things to work on come first, most off-target first; when there are fewer than two, things that
 * went well fill up to two. Wording states what was measured and suggests one action.
 */
import type { SpeechSummary } from "@/lib/speech/schema";
import type { VisionSummary } from "@/lib/vision/schemas";
import { mainLookAwayDirection } from "./attentiveness";
import { faceEvidence, gazeEvidence, speechEvidence, voiceEvidence } from "./evidence";
import { fillerRate, fillerRateText } from "./filler-rate";
import { round } from "./types";

export interface Tip {
  id: string;
  kind: "improve" | "keep";
  text: string;
}

interface Candidate extends Tip {
  /** Larger = more worth saying first. */
  weight: number;
}

const MAX_TIPS = 3;
const MIN_TIPS = 2;

function paceTips(speech: SpeechSummary): Candidate[] {
  const { wpm, target } = speech.pace;
  const band = `${target.idealMin}-${target.idealMax}`;
  const w = Math.round(wpm);
  if (wpm > target.idealMax) {
    return [{ id: "pace-fast", kind: "improve", weight: (wpm - target.idealMax) / 10, text: `${w} wpm, above the ideal band of ${band}: pause for a breath after each key point.` }];
  }
  if (wpm < target.idealMin) {
    return [{ id: "pace-slow", kind: "improve", weight: (target.idealMin - wpm) / 10, text: `${w} wpm, below the ideal band of ${band}: try shorter sentences and fewer restarts.` }];
  }
  return [{ id: "pace-ok", kind: "keep", weight: 1, text: `${w} wpm, inside the ideal band of ${band}.` }];
}

function fillerTips(speech: SpeechSummary): Candidate[] {
  const f = speech.fillers;
  if (!f.scored) return [];
  const per100 = fillerRate(f);
  const shown = fillerRateText(f);
  if (per100 > 3) {
    const top = Object.entries(f.byType).sort((a, b) => b[1] - a[1])[0];
    const most = top ? `, most were '${top[0]}'` : "";
    return [{ id: "fillers", kind: "improve", weight: per100 - 3, text: `${shown} fillers per 100 words${most}: a silent pause works just as well.` }];
  }
  return [{ id: "fillers-ok", kind: "keep", weight: 0.5, text: `${shown} fillers per 100 words, a low rate.` }];
}

const KIND_WORDS: Record<string, string> = {
  word: "repeated words",
  phrase: "repeated phrases",
  "part-word": "part-word repeats",
  prolongation: "held sounds",
  block: "blocks",
};

/** Only when the candidate lets repetitions count (the opt-out for people who stutter means no tip either). */
function repetitionTips(speech: SpeechSummary): Candidate[] {
  const r = speech.repetitions;
  if (!r.scored || speech.transcriptStatus?.available === false) return [];
  const per100 = round(r.per100Words, 1);
  if (per100 <= 2) return [];
  const top = Object.entries(r.byKind ?? {}).sort((a, b) => b[1].count - a[1].count)[0];
  const most = top ? `, mostly ${KIND_WORDS[top[0]] ?? top[0]}` : "";
  const first = r.items[0];
  const at = first ? ` (first at ${Math.floor(first.start / 60)}:${String(Math.floor(first.start % 60)).padStart(2, "0")})` : "";
  return [{ id: "repetitions", kind: "improve", weight: per100 - 2, text: `${r.count} repetitions and stammers, ${per100} per 100 words${most}${at}: slowing the first word of each sentence often helps.` }];
}

function gazeTips(vision: VisionSummary): Candidate[] {
  const out: Candidate[] = [];
  const dur = vision.durationMs / 1000;
  const away = vision.lookingAway.totalMs / 1000;
  if (dur > 0 && away / dur > 0.15) {
    const dir = mainLookAwayDirection(vision);
    const where = dir ? (dir === "face-not-visible" ? ", mostly out of the camera's view" : `, mostly ${dir}`) : "";
    out.push({ id: "look-away", kind: "improve", weight: (away / dur) * 10, text: `You looked away for ${Math.round(away)} of ${Math.round(dur)} s${where}: glance back at the camera when you make each point.` });
  }
  if (vision.eyeContactShare !== null) {
    const share = Math.round(vision.eyeContactShare * 100);
    if (share < 50) out.push({ id: "eye-contact", kind: "improve", weight: (50 - share) / 10, text: `Eye contact for ${share}% of the time your face was visible: look at the camera lens, not the screen, for key sentences.` });
    else if (share >= 60) out.push({ id: "eye-contact-ok", kind: "keep", weight: 0.8, text: `Eye contact for ${share}% of the time your face was visible.` });
  }
  return out;
}

function voiceTips(speech: SpeechSummary): Candidate[] {
  if (!speech.voice.monotone) return [];
  const st = round(speech.voice.variabilitySemitones, 1);
  return [{ id: "monotone", kind: "improve", weight: (speech.voice.thresholds.monotoneSemitoneSd - st) * 3 + 1, text: `Your pitch varied by ${st} semitones, which listeners tend to hear as flat: stress one key word in each sentence.` }];
}

function pauseTips(speech: SpeechSummary): Candidate[] {
  const t = speech.pauses.timeToFirstWordSec;
  // Only a very long start is worth a tip; 1-4 s is normal (see thinking-time.ts).
  if (t < 8 || speech.pace.wordCount === 0) return [];
  return [{ id: "first-word", kind: "improve", weight: 0.5, text: `${round(t, 0)} s passed before your first word: saying "let me think for a moment" keeps the interviewer with you.` }];
}

export function answerTips(speech: SpeechSummary | null, vision: VisionSummary | null): Tip[] {
  const candidates: Candidate[] = [];
  if (speech && speechEvidence(speech).level !== "insufficient") {
    candidates.push(...paceTips(speech), ...fillerTips(speech), ...repetitionTips(speech), ...pauseTips(speech));
    if (voiceEvidence(speech).level !== "insufficient") candidates.push(...voiceTips(speech));
  }
  if (vision && faceEvidence(vision).level !== "insufficient" && gazeEvidence(vision).level !== "insufficient") {
    candidates.push(...gazeTips(vision));
  }
  const byWeight = (a: Candidate, b: Candidate) => b.weight - a.weight;
  const improve = candidates.filter((c) => c.kind === "improve").sort(byWeight).slice(0, MAX_TIPS);
  const keep = candidates.filter((c) => c.kind === "keep").sort(byWeight);
  const chosen = [...improve, ...keep.slice(0, Math.max(0, MIN_TIPS - improve.length))];
  return chosen.map(({ id, kind, text }) => ({ id, kind, text }));
}
