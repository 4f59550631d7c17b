"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { consentLines } from "@/lib/users/consent-text";

/** Says plainly what is analysed, what is uploaded and what is not, before any device is opened. */
export function ConsentStep({ live, keepVideo, onAccept }: { live: boolean; keepVideo: boolean; onAccept: () => void }) {
  const [understood, setUnderstood] = useState(false);
  return (
    <Card className="mx-auto max-w-2xl space-y-4">
      <h2 className="text-lg font-semibold">Before we turn anything on</h2>
      <ul className="list-disc space-y-2 pl-5 text-sm">
        {consentLines({ camera: live, keepVideo }).map((line) => (
          <li key={line.label}>
            <strong>{line.label}:</strong> {line.text}
          </li>
        ))}
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
