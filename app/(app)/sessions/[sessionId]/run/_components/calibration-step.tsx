"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { calibrationOutcome, type CalibrationSample, type CalibrationTarget } from "@/lib/vision/geometry/calibration";
import type { GazeCalibration } from "@/lib/vision/schemas";

const TARGETS: CalibrationTarget[] = ["camera", "centre", "top-left", "top-right", "bottom-right", "bottom-left"];
/** The camera target gets longer: it fixes the offset that decides eye contact. */
const TARGET_MS: Record<CalibrationTarget, number> = {
  camera: 1500,
  centre: 900,
  "top-left": 900,
  "top-right": 900,
  "bottom-right": 900,
  "bottom-left": 900,
};
const TOTAL_MS = TARGETS.reduce((sum, target) => sum + TARGET_MS[target], 0);
/** The eyes need ~250 ms to land on a new target: ignore samples before that. */
const SETTLE_MS = 300;
const SAMPLE_EVERY_MS = 50;

const POSITION: Record<Exclude<CalibrationTarget, "camera">, string> = {
  centre: "left-1/2 top-1/2",
  "top-left": "left-[8%] top-[10%]",
  "top-right": "left-[92%] top-[10%]",
  "bottom-left": "left-[8%] top-[90%]",
  "bottom-right": "left-[92%] top-[90%]",
};

/** Which target is shown `elapsed` ms into the run, and how far into it; null once the run is over. */
function targetAt(elapsed: number): { target: CalibrationTarget; intoTarget: number } | null {
  let start = 0;
  for (const target of TARGETS) {
    const length = TARGET_MS[target];
    if (elapsed < start + length) return { target, intoTarget: elapsed - start };
    start += length;
  }
  return null;
}

interface Props {
  ready: boolean;
  getRawGaze: () => { yaw: number; pitch: number } | null;
  saved: GazeCalibration | null;
  onDone: (calibration: GazeCalibration | null) => void;
}

type Result = { kind: "fitted" | "camera-only"; calibration: GazeCalibration; note: string } | { kind: "failed"; note: string };

/** About seven seconds: look at the camera, then at the centre and the corners of the screen. */
export function CalibrationStep({ ready, getRawGaze, saved, onDone }: Props) {
  const [running, setRunning] = useState(false);
  const [target, setTarget] = useState<CalibrationTarget>("camera");
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  // The parent re-renders on every vision frame with new callbacks: reading them through a ref keeps
  // the run's timer from restarting (which once kept the overlay up for good).
  const getRawGazeRef = useRef(getRawGaze);
  useEffect(() => {
    getRawGazeRef.current = getRawGaze;
  });

  useEffect(() => {
    if (!running) return;
    const samples: CalibrationSample[] = [];
    const started = performance.now();
    const finish = (outcome: Result | null) => {
      clearInterval(timer);
      window.removeEventListener("keydown", onKey);
      setRunning(false);
      setResult(outcome);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") finish(null);
    };
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const now = targetAt(elapsed);
      if (!now) {
        const outcome = calibrationOutcome(samples);
        finish(
          outcome.status === "failed"
            ? { kind: "failed", note: outcome.reason }
            : {
                kind: outcome.status,
                calibration: outcome.calibration,
                note: outcome.status === "fitted" ? `Calibrated from ${outcome.calibration.sampleCount} samples.` : outcome.reason,
              },
        );
        return;
      }
      setTarget(now.target);
      setProgress(Math.min(1, elapsed / TOTAL_MS));
      const gaze = getRawGazeRef.current();
      if (gaze && now.intoTarget > SETTLE_MS) samples.push({ target: now.target, ...gaze });
    }, SAMPLE_EVERY_MS);
    window.addEventListener("keydown", onKey);
    return () => {
      clearInterval(timer);
      window.removeEventListener("keydown", onKey);
    };
  }, [running]);

  if (running) {
    const percent = Math.round(progress * 100);
    return (
      <div className="fixed inset-0 z-50 bg-slate-900" role="dialog" aria-modal="true" aria-label="Gaze calibration">
        {target === "camera" ? (
          <p className="absolute left-1/2 top-6 -translate-x-1/2 text-center text-lg text-white">↑ Look at your camera ↑</p>
        ) : (
          <span
            className={`absolute h-6 w-6 -translate-x-1/2 -translate-y-1/2 rounded-full bg-amber-400 ring-8 ring-amber-400/30 ${POSITION[target]}`}
            role="img"
            aria-label={`Look at the dot (${target})`}
          />
        )}
        <div className="absolute bottom-6 left-1/2 w-64 -translate-x-1/2 space-y-2 text-center">
          <div className="h-1.5 rounded bg-slate-700" role="progressbar" aria-label="Calibration progress" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
            <div className="h-1.5 rounded bg-amber-400" style={{ width: `${percent}%` }} />
          </div>
          <Button variant="secondary" onClick={() => setRunning(false)}>
            Cancel (Esc)
          </Button>
        </div>
      </div>
    );
  }

  return (
    <Card className="mx-auto max-w-2xl space-y-4">
      <h2 className="text-lg font-semibold">Calibrate eye contact (about {Math.round(TOTAL_MS / 1000)} seconds)</h2>
      <p className="text-sm text-muted">
        Look at your camera, then follow a dot to the centre and the corners of the screen. This tells us where &quot;looking at the
        camera&quot; is for your setup. If you skip, standard settings are used and your report says so.
      </p>
      {result && (
        <p className={`text-sm ${result.kind === "failed" ? "text-amber-800" : "text-emerald-800"}`} role="status">
          {result.kind === "failed" ? `Could not calibrate. ${result.note}` : result.note}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {result && result.kind !== "failed" ? (
          <>
            <Button onClick={() => onDone(result.calibration)}>Use this calibration</Button>
            <Button variant="secondary" onClick={() => { setResult(null); setRunning(true); }}>Calibrate again</Button>
          </>
        ) : (
          <Button onClick={() => { setResult(null); setRunning(true); }} disabled={!ready}>
            {!ready ? "Waiting for face analysis..." : result ? "Try again" : "Start calibration"}
          </Button>
        )}
        {saved && <Button variant="secondary" onClick={() => onDone(saved)}>Use my last calibration</Button>}
        <Button variant="ghost" onClick={() => onDone(null)}>Skip calibration</Button>
      </div>
    </Card>
  );
}
