"use client";

import Link from "next/link";
import { useEffect, useState, type RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { MediaProblemMessage } from "@/lib/interview/media-errors";
import { framingHint, lightingHint } from "@/lib/interview/framing";
import type { VisionFrame } from "@/lib/vision/schemas";

interface Props {
  live: boolean;
  stream: MediaStream | null;
  problem: MediaProblemMessage | null;
  requesting: boolean;
  onRequest: () => void;
  onContinue: () => void;
  videoRef: RefObject<HTMLVideoElement | null>;
  audioLevel: number;
  visionStatus: string;
  visionProgress: number;
  latest: VisionFrame | null;
}

/** Mean brightness 0..255 of the preview, sampled once a second on a tiny canvas. */
function useBrightness(videoRef: RefObject<HTMLVideoElement | null>, enabled: boolean): number | null {
  const [brightness, setBrightness] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const canvas = document.createElement("canvas");
    canvas.width = 32;
    canvas.height = 24;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const timer = setInterval(() => {
      const video = videoRef.current;
      if (!context || !video || video.readyState < 2) return;
      context.drawImage(video, 0, 0, 32, 24);
      const { data } = context.getImageData(0, 0, 32, 24);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      setBrightness(sum / (data.length / 4));
    }, 1000);
    return () => clearInterval(timer);
  }, [videoRef, enabled]);
  return brightness;
}

export function DeviceCheckStep(props: Props) {
  const { live, stream, problem, requesting, onRequest, onContinue, audioLevel, latest } = props;
  const brightness = useBrightness(props.videoRef, live && stream !== null);
  const hints = live && stream ? [framingHint(latest, props.visionStatus === "ready"), lightingHint(brightness)].filter(Boolean) : [];

  return (
    <Card className="mx-auto max-w-2xl space-y-4">
      <h2 className="text-lg font-semibold">Check your {live ? "camera and microphone" : "microphone"}</h2>
      {problem && (
        <Alert tone="error">
          <p className="font-semibold">{problem.title}</p>
          <p>{problem.help}</p>
        </Alert>
      )}
      {!stream && (
        <div className="flex flex-wrap gap-3">
          <Button onClick={onRequest} disabled={requesting}>
            {requesting ? "Waiting for permission..." : problem ? "Try again" : `Turn on ${live ? "camera and microphone" : "microphone"}`}
          </Button>
          {problem && <Link href="/practice" className="self-center text-sm text-brand-700 underline">Back to question banks</Link>}
        </div>
      )}
      {stream && (
        <>
          <ul className="space-y-1 text-sm" aria-label="Device checks">
            {live && <li>✓ Camera on</li>}
            <li className="flex items-center gap-2">
              ✓ Microphone on
              <span className="h-2 w-32 rounded bg-slate-200" aria-hidden>
                <span className="block h-2 rounded bg-emerald-500" style={{ width: `${Math.round(audioLevel * 100)}%` }} />
              </span>
              <span className="text-xs text-muted">say something to test it</span>
            </li>
            {live && (
              <li>
                {props.visionStatus === "ready"
                  ? latest?.faceFound
                    ? "✓ Face found"
                    : "… Looking for your face"
                  : props.visionStatus === "error"
                    ? "Face analysis could not start; you can still practise and get voice feedback."
                    : `Loading face analysis (${Math.round(props.visionProgress * 100)}%)`}
              </li>
            )}
          </ul>
          {hints.map((hint) => (
            <Alert key={hint} tone="warning">{hint}</Alert>
          ))}
          <Button onClick={onContinue}>Continue</Button>
        </>
      )}
    </Card>
  );
}
