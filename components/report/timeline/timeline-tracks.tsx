"use client";

import { memo, useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from "react";
import { AWAY_COLOR, CONTACT_COLOR, EMOTION_COLORS, NO_DATA_COLOR, emotionName } from "@/components/report/charts/palette";
import { clock } from "@/components/report/format";
import { VOCAL_COLORS, vocalName } from "@/components/report/charts/vocal-palette";
import type { EyeBandLabel } from "@/lib/reports/eye-region";
import type { Band, ExpressionBandLabel, GazeBandLabel } from "@/lib/reports/timeline-bands";
import type { VocalClass } from "@/lib/speech/vocal-expression/classes";
import type { TimelineComment } from "./comment-list";

export const expressionColor = (l: ExpressionBandLabel) => (l === "no-face" ? NO_DATA_COLOR : EMOTION_COLORS[l]);
export const gazeColor = (l: GazeBandLabel) => (l === "contact" ? CONTACT_COLOR : l === "away" ? AWAY_COLOR : NO_DATA_COLOR);
export const GAZE_NAMES: Record<GazeBandLabel, string> = { contact: "Eye contact", away: "Looking away", "no-face": "No face / no data" };
export const expressionName = (l: ExpressionBandLabel) => (l === "no-face" ? "No face" : emotionName(l));
const gazeName = (l: GazeBandLabel) => GAZE_NAMES[l];
const vocalColor = (l: VocalClass) => VOCAL_COLORS[l];
export const EYE_NAMES: Record<EyeBandLabel, string> = {
  open: "Eyes open",
  widened: "Eyes widened",
  "brows-raised": "Brows raised",
  squint: "Squint",
  closed: "Eyes closed",
  "no-face": "No face / no data",
};
/** Hues no expression, gaze or voice band uses, so a colour on the timeline means one thing (palette.test.ts). */
export const EYE_COLORS: Record<EyeBandLabel, string> = {
  open: "#B7C4D6",
  widened: "#8C564B",
  "brows-raised": "#5E3C99",
  squint: "#7F7F00",
  closed: "#17202E",
  "no-face": NO_DATA_COLOR,
};
const eyeColor = (l: EyeBandLabel) => EYE_COLORS[l];
const eyeName = (l: EyeBandLabel) => EYE_NAMES[l];
const vocalBandName = (l: VocalClass) => `sounded ${vocalName(l).toLowerCase()}`;

const pctOf = (sec: number, duration: number) => `${(Math.min(Math.max(sec, 0), duration) / duration) * 100}%`;

/** Band rows are memoised apart from the playhead, which moves many times a second. */
const BandRow = memo(function BandRow<L extends string>({
  bands,
  duration,
  color,
  name,
}: {
  bands: Band<L>[];
  duration: number;
  color: (l: L) => string;
  name: (l: L) => string;
}) {
  return (
    <div className="relative h-4 overflow-hidden rounded-sm bg-slate-100">
      {bands.map((b) => (
        <div
          key={b.start}
          className="absolute inset-y-0"
          title={`${clock(b.start)}-${clock(b.end)}: ${name(b.label)}`}
          style={{ left: pctOf(b.start, duration), width: pctOf(b.end - b.start, duration), background: color(b.label) }}
        />
      ))}
    </div>
  );
}) as <L extends string>(props: { bands: Band<L>[]; duration: number; color: (l: L) => string; name: (l: L) => string }) => ReactElement;

export interface TimelineTracksProps {
  durationSec: number;
  time: number;
  expression: Band<ExpressionBandLabel>[];
  gaze: Band<GazeBandLabel>[];
  /** Eye-openness bands (from the vision timeline); the row is shown when the answer has one. */
  eyes?: Band<EyeBandLabel>[] | null;
  /** Vocal-expression windows; the row is shown when the answer has a vocal-expression analysis. */
  voice?: Band<VocalClass>[] | null;
  comments: TimelineComment[];
  onSeek: (sec: number) => void;
}

/**
 * Time-aligned rows (expression, gaze, comments) with a playhead. The whole area is a slider: click or drag
 * to seek, arrow keys step 1 s (5 s with Shift), Home/End jump to the ends.
 */
export function TimelineTracks({ durationSec, time, expression, gaze, eyes = null, voice = null, comments, onSeek }: TimelineTracksProps) {
  const areaRef = useRef<HTMLDivElement>(null);
  const duration = Math.max(durationSec, 0.001);

  const seekFromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = areaRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    onSeek(((e.clientX - box.left) / box.width) * duration);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 5 : 1;
    const next =
      e.key === "ArrowRight" ? time + step : e.key === "ArrowLeft" ? time - step : e.key === "Home" ? 0 : e.key === "End" ? duration : null;
    if (next === null) return;
    e.preventDefault();
    onSeek(next);
  };

  return (
    <div className="space-y-1 text-xs" data-testid="timeline-tracks">
      <div className="flex gap-2">
        <div className="w-24 shrink-0 space-y-1.5 text-muted" aria-hidden>
          <div className="h-4 leading-4">Expression</div>
          <div className="h-4 leading-4">Gaze</div>
          {eyes && <div className="h-4 leading-4">Eyes</div>}
          {voice && <div className="h-4 leading-4">Voice</div>}
          <div className="h-4 leading-4">Comments</div>
        </div>
        {/* The slider holds the band rows only: the comment markers are buttons, which a slider may not contain. */}
        <div className="relative min-w-0 flex-1 space-y-1.5">
          <div
            ref={areaRef}
            role="slider"
            tabIndex={0}
            aria-label={`Answer timeline: expression, gaze${eyes ? ", eyes" : ""}${voice ? ", voice" : ""} rows`}
            aria-valuemin={0}
            aria-valuemax={Math.round(duration)}
            aria-valuenow={Math.round(time)}
            aria-valuetext={`${clock(time)} of ${clock(duration)}`}
            onKeyDown={onKeyDown}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              seekFromPointer(e);
            }}
            onPointerMove={(e) => {
              if (e.currentTarget.hasPointerCapture(e.pointerId)) seekFromPointer(e);
            }}
            className="cursor-pointer touch-none space-y-1.5 rounded-sm"
          >
            <BandRow bands={expression} duration={duration} color={expressionColor} name={expressionName} />
            <BandRow bands={gaze} duration={duration} color={gazeColor} name={gazeName} />
            {eyes && <BandRow bands={eyes} duration={duration} color={eyeColor} name={eyeName} />}
            {voice && <BandRow bands={voice} duration={duration} color={vocalColor} name={vocalBandName} />}
          </div>
          <div className="relative h-4">
            {comments.map((c) => (
              <button
                key={c.id}
                type="button"
                tabIndex={-1}
                onClick={() => onSeek(c.offsetSec)}
                className="group absolute top-0 h-4 w-3 -translate-x-1/2"
                style={{ left: pctOf(c.offsetSec, duration) }}
                aria-label={`Comment at ${clock(c.offsetSec)} by ${c.author.name ?? "coach"}: ${c.body}`}
              >
                <span className="block h-4 w-3 rounded-sm bg-brand-700" aria-hidden />
                <span className="pointer-events-none absolute bottom-5 left-1/2 z-10 hidden w-56 -translate-x-1/2 rounded bg-ink px-2 py-1 text-left text-white shadow group-hover:block group-focus-visible:block">
                  <strong>{clock(c.offsetSec)} · {c.author.name ?? "Coach"}</strong>
                  <span className="block line-clamp-3">{c.body}</span>
                </span>
              </button>
            ))}
          </div>
          <div
            className="pointer-events-none absolute -inset-y-1 w-0.5 bg-ink"
            style={{ left: pctOf(time, duration) }}
            aria-hidden
            data-testid="timeline-playhead"
          />
        </div>
      </div>
      <div className="ml-26 flex justify-between tabular-nums text-muted" aria-hidden>
        <span>0:00</span>
        <span>{clock(duration / 2)}</span>
        <span>{clock(duration)}</span>
      </div>
    </div>
  );
}
