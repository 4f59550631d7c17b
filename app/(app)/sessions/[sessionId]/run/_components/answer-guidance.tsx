"use client";

import { useEffect, useState } from "react";
import { answerGuidanceAction } from "../../../text-actions";

/**
 * The finished question's guidance on the between-questions screen. Fetched only after the answer
 * is finished, so it never reaches the page while the question can still be answered.
 */
export function AnswerGuidance({ answerId }: { answerId: string }) {
  const [guidance, setGuidance] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void answerGuidanceAction({ answerId }).then((result) => {
      if (live && result.ok) setGuidance(result.data.guidance);
    });
    return () => {
      live = false;
    };
  }, [answerId]);
  if (!guidance?.trim()) return null;
  return (
    <div className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="question-guidance">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-brand-700">What a strong answer to that question covers</h3>
      <p className="mt-1 whitespace-pre-line">{guidance}</p>
    </div>
  );
}
