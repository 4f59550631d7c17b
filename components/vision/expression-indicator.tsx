"use client";
import { EMOTION_LABELS } from "@/lib/vision/constants";
import type { VisionFrame } from "@/lib/vision/schemas";

/**
 * Bars of the observed facial expression. Worded as what the face shows, never as what the
 * candidate feels: facial expression is not a reliable readout of emotion.
 */
export function ExpressionIndicator({ frame, className = "" }: { frame: VisionFrame | null; className?: string }) {
  const emotions = frame?.emotions ?? null;
  return (
    <div className={`flex flex-col gap-0.5 text-[10px] text-neutral-600 ${className}`} aria-label="Observed facial expression">
      <span className="font-medium">Observed expression</span>
      {EMOTION_LABELS.map((label) => {
        const p = emotions?.[label] ?? 0;
        return (
          <div key={label} className="flex items-center gap-1">
            <span className="w-12">{label}</span>
            <span className="h-1.5 w-20 rounded bg-neutral-200">
              <span className="block h-1.5 rounded bg-violet-500" style={{ width: `${Math.round(p * 100)}%` }} />
            </span>
          </div>
        );
      })}
      {!emotions && <span className="text-neutral-600">{frame?.faceFound ? "…" : "no face in view"}</span>}
    </div>
  );
}
