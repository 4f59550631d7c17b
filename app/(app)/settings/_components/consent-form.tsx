"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { updateConsentAction } from "../actions";

interface ConsentValues {
  shareWithCoaches: boolean;
  benchmarkOptIn: boolean;
  keepVideo: boolean;
  disfluencyScoring: boolean;
}

const CHOICES: Array<{ name: keyof ConsentValues; label: string; explanation: string }> = [
  {
    name: "shareWithCoaches",
    label: "Share my reports with my coaches",
    explanation: "Coaches assigned to you can read your session reports and comment on answers. Without this, they see nothing.",
  },
  {
    name: "benchmarkOptIn",
    label: "Include my results in anonymous benchmarks",
    explanation: "Your numbers (never your name, audio or video) count in the averages other candidates compare against. Turning this off removes your contribution.",
  },
  {
    name: "keepVideo",
    label: "Keep my answer videos for replay",
    explanation: "Off: video is analysed in your browser and never leaves your device. On: each answer's video is uploaded and kept until you delete it.",
  },
  {
    name: "disfluencyScoring",
    label: "Count fillers, repetitions and stammers in my scores",
    explanation:
      "On: fillers (um, uh, like), repeated words and stammers (part-word repeats, held sounds, blocks) lower your composure score, give tips and count in your trends and benchmarks. Off (for example if you stutter): they are still found and shown on each answer and its timeline, but never change a score, a tip, a trend or a benchmark. Applies to answers analysed after you change it.",
  },
];

export function ConsentForm({ values }: { values: ConsentValues }) {
  return (
    <ActionForm action={updateConsentAction} className="space-y-5">
      {({ pending }) => (
        <>
          <fieldset className="space-y-4">
            <legend className="sr-only">Your choices</legend>
            {CHOICES.map((choice) => (
              <label key={choice.name} className="flex gap-3">
                <input type="checkbox" name={choice.name} defaultChecked={values[choice.name]} className="mt-1 h-4 w-4" />
                <span>
                  <span className="block font-medium">{choice.label}</span>
                  <span className="block text-sm text-muted">{choice.explanation}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Button type="submit" disabled={pending}>{pending ? "Saving..." : "Save choices"}</Button>
        </>
      )}
    </ActionForm>
  );
}
