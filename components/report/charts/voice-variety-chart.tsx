import { meterSentence, varietyMeters } from "@/lib/reports/voice-variety";
import type { SpeechAnalysis } from "@/lib/speech/schema";
import { ChartPanel } from "./data-table";

export interface VoiceVarietyChartProps {
  voice: SpeechAnalysis["voice"];
}

/**
 * Pitch and loudness variety as horizontal meters with the documented flatness line (voice.thresholds:
 * 1.7 semitones SD after Hincks 2005, 3 dB SD for loudness). A native <meter> carries the value for assistive tech.
 */
export function VoiceVarietyChart({ voice }: VoiceVarietyChartProps) {
  const meters = varietyMeters(voice);
  return (
    <ChartPanel
      title="Voice variety"
      note={voice.reliable ? `Pitch ${Math.round(voice.p5Hz)}-${Math.round(voice.p95Hz)} Hz (${voice.rangeSemitones.toFixed(1)} semitones).` : "Too little voiced speech for reliable voice figures."}
      testId="chart-voice"
    >
      <ul className="space-y-3">
        {meters.map((m) => {
          const fill = Math.min(1, m.value / m.max);
          const line = m.threshold / m.max;
          return (
            <li key={m.id} className="space-y-1">
              <div className="flex justify-between text-xs">
                <span className="font-medium">{m.label}</span>
                <span className="tabular-nums">
                  {m.value.toFixed(1)} {m.unit}
                </span>
              </div>
              <div className="relative h-3 rounded-full bg-slate-100" aria-hidden>
                <div
                  className={m.reliable ? (m.low ? "h-3 rounded-full bg-amber-500" : "h-3 rounded-full bg-emerald-600") : "h-3 rounded-full bg-slate-400"}
                  style={{ width: `${fill * 100}%` }}
                />
                <div className="absolute -top-1 h-5 w-0.5 bg-ink" style={{ left: `${line * 100}%` }} title={`flatness line ${m.threshold} ${m.unit}`} />
              </div>
              <meter className="sr-only" min={0} max={m.max} low={m.threshold} optimum={m.max} value={m.value}>
                {m.value.toFixed(1)} {m.unit}
              </meter>
              <p className="text-xs text-muted">{meterSentence(m)}</p>
            </li>
          );
        })}
      </ul>
    </ChartPanel>
  );
}
