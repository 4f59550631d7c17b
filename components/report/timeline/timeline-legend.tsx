import { EMOTION_COLORS, emotionName, NO_DATA_COLOR, AWAY_COLOR, CONTACT_COLOR } from "@/components/report/charts/palette";
import { EMOTION_LABELS } from "@/lib/vision/constants";
import { PauseIcon } from "./pause-icon";
import { MARK_STYLES } from "./word-mark-styles";

const Swatch = ({ color }: { color: string }) => <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: color }} aria-hidden />;

/**
 * What the highlights and band colours mean. Shown as text, so colour is never the only cue. `face`: the answer
 * has expression and gaze rows; without them (microphone only) their legends would explain nothing on screen.
 */
export function TimelineLegend({ face }: { face: boolean }) {
  return (
    <div className="space-y-1 text-xs text-muted" data-testid="timeline-legend">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium text-ink">Transcript:</span>
        <span className={`rounded px-1 ${MARK_STYLES.filler}`}>filler</span>
        <span className={`rounded px-1 ${MARK_STYLES.repeat}`}>repeated word</span>
        <span className={`rounded px-1 ${MARK_STYLES.held}`}>held sound</span>
        <span className={`rounded px-1 ${MARK_STYLES.blocked}`}>blocked start</span>
        <span className="inline-flex items-center rounded-full border border-slate-300 bg-slate-100 px-2 text-slate-700">
          <PauseIcon />
          long pause
        </span>
        <span className="rounded bg-brand-500 px-1 text-white">now playing</span>
      </p>
      {face && (
        <>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium text-ink">Observed expression:</span>
            {EMOTION_LABELS.map((l) => (
              <span key={l} className="flex items-center gap-1">
                <Swatch color={EMOTION_COLORS[l]} />
                {emotionName(l)}
              </span>
            ))}
            <span className="flex items-center gap-1">
              <Swatch color={NO_DATA_COLOR} />
              no face
            </span>
          </p>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium text-ink">Gaze:</span>
            <span className="flex items-center gap-1">
              <Swatch color={CONTACT_COLOR} />
              eye contact
            </span>
            <span className="flex items-center gap-1">
              <Swatch color={AWAY_COLOR} />
              looking away
            </span>
          </p>
        </>
      )}
    </div>
  );
}
