"use client";
import { GRID_CELLS } from "@/lib/vision/constants";
import type { VisionFrame } from "@/lib/vision/schemas";

/** 3x3 screen grid with the cell the candidate looks at, plus an eye-contact dot. */
export function GazeGridIndicator({ frame, className = "" }: { frame: VisionFrame | null; className?: string }) {
  const cell = frame?.gridCell ?? null;
  const region = frame?.screenRegion ?? null;
  const label = !frame?.faceFound
    ? "No face in view"
    : frame.eyeContact
      ? "Looking at the camera"
      : region === "off-screen"
        ? "Looking away from the screen"
        : region
          ? `Looking at ${cell?.replace("-", " ")}`
          : "Gaze not measured";
  return (
    <div className={`inline-flex flex-col items-center gap-1 ${className}`} aria-label={label} title={label}>
      <div className="relative grid grid-cols-3 gap-0.5 rounded border border-neutral-300 p-0.5">
        <span
          className={`absolute -top-2 left-1/2 h-2 w-2 -translate-x-1/2 rounded-full ${frame?.eyeContact ? "bg-emerald-500" : "bg-neutral-300"}`}
        />
        {GRID_CELLS.map((c) => (
          <span key={c} className={`h-3 w-4 rounded-sm ${c === cell ? "bg-sky-500" : "bg-neutral-200"}`} />
        ))}
      </div>
      <span className={`text-[10px] ${region === "off-screen" || !frame?.faceFound ? "text-amber-800" : "text-neutral-700"}`}>{label}</span>
    </div>
  );
}
