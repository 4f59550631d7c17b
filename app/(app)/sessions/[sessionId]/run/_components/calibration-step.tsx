"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { fitGazeCalibration, type CalibrationSample, type CalibrationTarget } from "@/lib/vision/geometry/calibration";
import type { GazeCalibration } from "@/lib/vision/schemas";

const TARGETS: CalibrationTarget[] = ["camera", "centre", "top-left", "top-right", "bottom-right", "bottom-left"];
const TARGET_MS = 900;
/** The eyes need ~250 ms to land on a new target: ignore samples before that. */
const SETTLE_MS = 300;

const POSITION: Record<Exclude<CalibrationTarget, "camera">, string> = {
  centre: "left-1/2 top-1/2",
  "top-left": "left-[8%] top-[10%]",
  "top-right": "left-[92%] top-[10%]",
  "bottom-left": "left-[8%] top-[90%]",
  "bottom-right": "left-[92%] top-[90%]",
};

interface Props {
  ready: boolean;
  getRawGaze: () => { yaw: number; pitch: number } | null;
  saved: GazeCalibration | null;
  onDone: (calibration: GazeCalibration | null) => void;
}

/** About five seconds: look at the camera, then at the centre and the corners of the screen. */
export function CalibrationStep({ ready, getRawGaze, saved, onDone }: Props) {
  const [running, setRunning] = useState(false);
  const [targetIndex, setTargetIndex] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const samples = useRef<CalibrationSample[]>([]);

  useEffect(() => {
    if (!running) return;
    samples.current = [];
    const started = performance.now();
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const index = Math.floor(elapsed / TARGET_MS);
      if (index >= TARGETS.length) {
        clearInterval(timer);
        setRunning(false);
        const usable = samples.current;
        const coveredTargets = new Set(usable.map((sample) => sample.target));
        if (usable.length < 10 || coveredTargets.size < 4) {
          setMessage("We could not see your eyes well enough to calibrate. Try again with your face in view, or skip.");
          return;
        }
        onDone(fitGazeCalibration(usable));
        return;
      }
      setTargetIndex(index);
      const gaze = getRawGaze();
      if (gaze && elapsed - index * TARGET_MS > SETTLE_MS) samples.current.push({ target: TARGETS[index]!, ...gaze });
    }, 50);
    return () => clearInterval(timer);
  }, [running, getRawGaze, onDone]);

  if (running) {
    const target = TARGETS[targetIndex]!;
    return (
      <div className="fixed inset-0 z-50 bg-slate-900" role="dialog" aria-label="Gaze calibration">
        {target === "camera" ? (
          <p className="absolute left-1/2 top-6 -translate-x-1/2 text-center text-lg text-white">↑ Look at your camera ↑</p>
        ) : (
          <span className={`absolute h-6 w-6 -translate-x-1/2 -translate-y-1/2 rounded-full bg-amber-400 ring-8 ring-amber-400/30 ${POSITION[target]}`} aria-label={`Look at the dot (${target})`} />
        )}
      </div>
    );
  }

  return (
    <Card className="mx-auto max-w-2xl space-y-4">
      <h2 className="text-lg font-semibold">Calibrate eye contact (about 5 seconds)</h2>
      <p className="text-sm text-muted">
        Look at your camera, then follow a dot to the centre and the corners of the screen. This tells us where &quot;looking at the
        camera&quot; is for your setup. If you skip, standard settings are used and your report says so.
      </p>
      {message && <p className="text-sm text-amber-800" role="status">{message}</p>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => { setMessage(null); setRunning(true); }} disabled={!ready}>
          {ready ? "Start calibration" : "Waiting for face analysis..."}
        </Button>
        {saved && <Button variant="secondary" onClick={() => onDone(saved)}>Use my last calibration</Button>}
        <Button variant="ghost" onClick={() => onDone(null)}>Skip calibration</Button>
      </div>
    </Card>
  );
}
