import { VOCAL_COLORS, vocalName } from "@/components/report/charts/vocal-palette";
import { VOCAL_CLASSES } from "@/lib/speech/vocal-expression/classes";

/** What the voice row's colours mean (text beside each swatch, so colour is never the only cue). */
export function VocalLegend() {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted" data-testid="timeline-voice-legend">
      <span className="font-medium text-ink">Voice sounded:</span>
      {VOCAL_CLASSES.map((c) => (
        <span key={c} className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: VOCAL_COLORS[c] }} aria-hidden />
          {vocalName(c).toLowerCase()}
        </span>
      ))}
      <span>(2-3 s windows of speech; how the voice sounded, not a feeling)</span>
    </p>
  );
}
