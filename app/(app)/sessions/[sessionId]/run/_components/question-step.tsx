"use client";

import { useCountdown } from "@/components/interview/use-countdown";
import { clock } from "@/components/report/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

interface Props {
  number: number;
  total: number;
  text: string;
  phase: "prep" | "answer";
  seconds: number;
  onTimeUp: () => void;
  onFinishEarly: () => void;
}

/** One question: preparation countdown, then the answer countdown; both end automatically at zero. */
export function QuestionStep({ number, total, text, phase, seconds, onTimeUp, onFinishEarly }: Props) {
  const left = useCountdown(seconds, true, onTimeUp);
  return (
    <Card className="space-y-4">
      <p className="text-sm text-muted">Question {number} of {total}</p>
      <h2 className="text-xl font-semibold" aria-live="polite">{text}</h2>
      <div className="flex items-center gap-4">
        <span
          role="timer"
          aria-label={phase === "prep" ? "Preparation time left" : "Answer time left"}
          className={`font-mono text-3xl tabular-nums ${phase === "answer" && left <= 10 ? "text-red-700" : ""}`}
        >
          {clock(left)}
        </span>
        <span className="text-sm text-muted">{phase === "prep" ? "to prepare" : "Recording your answer"}</span>
        {phase === "answer" && <span className="h-3 w-3 animate-pulse rounded-full bg-red-600" aria-hidden />}
      </div>
      <Button onClick={onFinishEarly} variant={phase === "prep" ? "primary" : "secondary"}>
        {phase === "prep" ? "Start answering now" : "Finish answer"}
      </Button>
    </Card>
  );
}
