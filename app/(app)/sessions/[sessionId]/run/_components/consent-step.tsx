"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** Says plainly what is analysed, what is uploaded and what is not, before any device is opened. */
export function ConsentStep({ live, keepVideo, onAccept }: { live: boolean; keepVideo: boolean; onAccept: () => void }) {
  const [understood, setUnderstood] = useState(false);
  return (
    <Card className="mx-auto max-w-2xl space-y-4">
      <h2 className="text-lg font-semibold">Before we turn anything on</h2>
      <ul className="list-disc space-y-2 pl-5 text-sm">
        {live && (
          <li>
            <strong>Analysed in your browser:</strong> your face position, where your eyes point, blinks, head movement and the
            facial expression a model observes. These are observations, not a judgement of what you feel or who you are.
          </li>
        )}
        <li>
          <strong>Uploaded:</strong> each answer&apos;s <em>audio</em>, which our server transcribes to measure pace, filler words,
          pauses and vocal variety{live ? ", and the numbers measured in your browser" : ""}.
        </li>
        <li>
          <strong>Not uploaded:</strong>{" "}
          {keepVideo ? (
            <>your video is uploaded and kept for replay because you chose to keep videos (you can change this in Privacy &amp; settings).</>
          ) : (
            <>your video. It is analysed on this device and never leaves it.</>
          )}
        </li>
        <li>Only you see your results, unless you share them with your coaches. You can export or delete everything at any time.</li>
      </ul>
      <label className="flex gap-3 text-sm">
        <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} className="mt-0.5 h-4 w-4" />
        <span>I understand and want to continue.</span>
      </label>
      <div className="flex gap-3">
        <Button onClick={onAccept} disabled={!understood}>Continue</Button>
        <Link href="/practice" className="self-center text-sm text-brand-700 underline">Not now</Link>
      </div>
    </Card>
  );
}
