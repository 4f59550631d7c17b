"use client";

import { useMemo, useRef, type ReactNode } from "react";
import { clock } from "@/components/report/format";
import { eyeBands } from "@/lib/reports/eye-region";
import { bandAt, bandTotals, expressionBands, gazeBands, vocalBands } from "@/lib/reports/timeline-bands";
import { activeWordIndex, transcriptTokensOf } from "@/lib/reports/word-marks";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import type { TimelinePoint } from "@/lib/vision/schemas";
import { CommentList, type TimelineComment } from "./comment-list";
import { TimelineLegend } from "./timeline-legend";
import { VocalLegend } from "./vocal-legend";
import { EYE_COLORS, EYE_NAMES, expressionName, GAZE_NAMES, TimelineTracks } from "./timeline-tracks";
import { TranscriptWords } from "./transcript-words";
import { usePlayhead } from "./use-playhead";

export interface AnswerTimelineState {
  /** Playhead position in seconds. */
  time: number;
  playing: boolean;
  seek: (sec: number) => void;
}

export interface AnswerTimelineProps {
  speech: SpeechAnalysis | null;
  /** The 4 Hz vision timeline; [] when none. */
  timeline: TimelinePoint[];
  comments?: TimelineComment[];
  /** Answer length in seconds (answer.durationSec); falls back to the speech or vision data. */
  durationSec?: number | null;
  /** e.g. `/api/answers/${id}/media/video` when answer.hasVideo, else null. */
  videoUrl?: string | null;
  /** The answer's audio, played when there is no video (microphone-only answers). */
  audioUrl?: string | null;
  /** Called when the user seeks (word, pause chip, band, comment, keyboard). */
  onSeek?: (sec: number) => void;
  /** Called whenever the playhead moves (also during playback), e.g. to prefill a comment's time. */
  onTimeChange?: (sec: number) => void;
  /** Show an "unread" badge on comments the candidate has not read yet (readAt null). */
  markUnreadComments?: boolean;
  /** Render prop under the timeline with the live playhead: the place for a "comment at 0:42" form. */
  children?: (state: AnswerTimelineState) => ReactNode;
}

function summarise<L extends string>(totals: Map<L, number>, name: (l: L) => string): string {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([l, sec]) => `${name(l)} ${Math.round(sec)} s`)
    .join(", ");
}

/**
 * The synchronized replay: highlighted transcript, expression and gaze bands, coach comment markers and one
 * playhead, driven by the video when there is one and by clicks otherwise.
 */
export function AnswerTimeline({ speech, timeline, comments = [], durationSec, videoUrl = null, audioUrl = null, onSeek, onTimeChange, markUnreadComments = false, children }: AnswerTimelineProps) {
  const mediaRef = useRef<HTMLMediaElement>(null);
  const mediaUrl = videoUrl ?? audioUrl;
  const words = useMemo(() => speech?.words ?? [], [speech]);
  const duration = useMemo(() => {
    const lastPoint = timeline.length ? Math.max(...timeline.map((p) => p.t)) + 0.25 : 0;
    const lastWord = words.length ? words[words.length - 1]!.end : 0;
    const lastComment = comments.length ? Math.max(...comments.map((c) => c.offsetSec)) : 0;
    return Math.max(durationSec ?? 0, speech?.durationSec ?? 0, lastPoint, lastWord, lastComment, 1);
  }, [durationSec, speech, timeline, words, comments]);

  const tokens = useMemo(() => (speech ? transcriptTokensOf(speech) : []), [speech]);
  const exprBands = useMemo(() => expressionBands(timeline), [timeline]);
  const gBands = useMemo(() => gazeBands(timeline), [timeline]);
  const eBands = useMemo(() => (timeline.some((p) => p.eyeOpenness !== null) ? eyeBands(timeline) : null), [timeline]);
  // The voice row exists whenever the answer was analysed for vocal expression (also microphone-only answers).
  const vBands = useMemo(() => (speech?.vocalExpression ? vocalBands(speech.vocalExpression) : null), [speech]);

  const { time, playing, seek } = usePlayhead(mediaRef, mediaUrl, duration, { onSeek, onTimeChange });
  const active = activeWordIndex(words, time);
  const activeComment = comments.find((c) => Math.abs(c.offsetSec - time) < 1)?.id ?? null;
  const exprNow = bandAt(exprBands, time);
  const gazeNow = bandAt(gBands, time);
  const voiceNow = vBands ? bandAt(vBands, time) : null;

  const exprSummary = useMemo(() => summarise(bandTotals(exprBands), expressionName), [exprBands]);
  const gazeSummary = useMemo(() => summarise(bandTotals(gBands), (l) => GAZE_NAMES[l]), [gBands]);

  return (
    <section className="space-y-3" aria-label="Answer replay timeline" data-testid="answer-timeline">
      {videoUrl && (
        <video
          ref={(el) => {
            mediaRef.current = el;
          }}
          src={videoUrl}
          controls
          preload="metadata"
          playsInline
          className="aspect-video w-full max-w-xl rounded-lg bg-black"
          data-testid="timeline-video"
        >
          Your browser cannot play this recording.
        </video>
      )}
      {!videoUrl && audioUrl && (
        <audio
          ref={(el) => {
            mediaRef.current = el;
          }}
          src={audioUrl}
          controls
          preload="metadata"
          className="w-full max-w-xl"
          aria-label="Answer recording (audio)"
          data-testid="timeline-audio"
        >
          Your browser cannot play this recording.
        </audio>
      )}

      <TranscriptWords tokens={tokens} activeIndex={active} onSeek={seek} follow={playing} />

      {timeline.length > 0 || comments.length > 0 || vBands ? (
        <TimelineTracks durationSec={duration} time={time} expression={exprBands} gaze={gBands} eyes={eBands} voice={vBands} comments={comments} onSeek={seek} />
      ) : (
        <p className="text-xs text-muted">No video analysis for this answer, so there are no expression or gaze rows.</p>
      )}

      {/* The playhead readout only means something when there is a recording or a track to move along. */}
      {(mediaUrl || timeline.length > 0) && (
        <p className="text-xs text-muted" aria-live="off" data-testid="timeline-now">
          At {clock(time)}
          {exprNow && ` · observed expression: ${expressionName(exprNow.label).toLowerCase()}`}
          {gazeNow && ` · ${GAZE_NAMES[gazeNow.label].toLowerCase()}`}
          {voiceNow && ` · voice sounded ${voiceNow.label}`}
        </p>
      )}

      {timeline.length > 0 && (
        <p className="sr-only">
          Expression row, seconds per leading expression: {exprSummary || "none"}. Gaze row: {gazeSummary || "none"}.
        </p>
      )}

      {vBands && (
        <p className="sr-only">Voice row, seconds per vocal expression: {summarise(bandTotals(vBands), (l) => `sounded ${l}`) || "none"}.</p>
      )}
      <TimelineLegend face={timeline.length > 0} />
      {eBands && (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted" data-testid="timeline-eyes-legend">
          <span className="font-medium text-ink">Eyes:</span>
          {(["open", "widened", "brows-raised", "squint", "closed"] as const).map((l) => (
            <span key={l} className="flex items-center gap-1">
              <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: EYE_COLORS[l] }} aria-hidden />
              {EYE_NAMES[l].toLowerCase()}
            </span>
          ))}
        </p>
      )}
      {vBands && <VocalLegend />}
      <CommentList comments={comments} onSeek={seek} activeId={activeComment} markUnread={markUnreadComments} />
      {children?.({ time, playing, seek })}
    </section>
  );
}
