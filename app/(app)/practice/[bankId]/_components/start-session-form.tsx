"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { startSessionAction } from "../../../sessions/actions";

interface Question {
  id: string;
  text: string;
  answerSeconds: number;
  prepSeconds: number;
}

export function StartSessionForm({ bankId, questions }: { bankId: string; questions: Question[] }) {
  return (
    <ActionForm action={startSessionAction} className="space-y-6">
      {({ pending }) => (
        <>
          <input type="hidden" name="bankId" value={bankId} />
          <fieldset>
            <legend className="mb-2 font-semibold">Questions</legend>
            <p className="mb-3 text-sm text-muted">All are selected; untick any you want to leave out this time.</p>
            <ul className="space-y-2">
              {questions.map((question) => (
                <li key={question.id}>
                  <label className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3">
                    <input type="checkbox" name="questionIds" value={question.id} defaultChecked className="mt-1 h-4 w-4" />
                    <span>
                      <span className="block">{question.text}</span>
                      <span className="text-xs text-muted">
                        {question.prepSeconds} s to prepare · {question.answerSeconds} s to answer
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset>
            <legend className="mb-2 font-semibold">How do you want to practise?</legend>
            <div className="space-y-2 text-sm">
              <label className="flex gap-3">
                <input type="radio" name="mode" value="LIVE" defaultChecked />
                <span><strong>Camera and microphone</strong> — expression and eye contact measured in your browser, plus your voice.</span>
              </label>
              <label className="flex gap-3">
                <input type="radio" name="mode" value="AUDIO_ONLY" />
                <span><strong>Microphone only</strong> — pace, fillers, pauses and vocal variety, no camera.</span>
              </label>
              <label className="flex gap-3">
                <input type="radio" name="mode" value="TEXT" />
                <span>
                  <strong>Written</strong> — type each answer (or upload a cover letter or CV) within a writing time; feedback on
                  length, structure and wording.
                </span>
              </label>
            </div>
          </fieldset>
          <Button type="submit" disabled={pending}>{pending ? "Starting..." : "Start session"}</Button>
        </>
      )}
    </ActionForm>
  );
}
