"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ANSWER_SECONDS, PREP_SECONDS, TALKING_POINTS, WRITING_SECONDS } from "@/lib/schemas/banks";
import { createQuestionAction, updateQuestionAction } from "../../actions";

interface QuestionValues {
  id: string;
  text: string;
  category: string;
  guidance: string;
  answerSeconds: number;
  prepSeconds: number;
  writingSeconds: number;
  talkingPoints: string[];
  published: boolean;
}

/** Adds a question to `bankId`, or edits `question`. */
export function QuestionForm({ bankId, question, defaultCategory }: { bankId: string; question?: QuestionValues; defaultCategory: string }) {
  const prefix = question ? `q-${question.id}-` : "new-";
  return (
    <ActionForm action={question ? updateQuestionAction : createQuestionAction} className="space-y-3" resetOnSuccess={!question}>
      {({ pending, fieldErrors }) => (
        <>
          {question ? <input type="hidden" name="questionId" value={question.id} /> : <input type="hidden" name="bankId" value={bankId} />}
          <TextAreaField label="Question" name="text" id={`${prefix}text`} rows={2} defaultValue={question?.text} required error={fieldErrors.text} />
          <div className="grid gap-3 sm:grid-cols-4">
            <TextField
              label="Answer time (s)"
              name="answerSeconds" id={`${prefix}answerSeconds`}
              type="number"
              min={ANSWER_SECONDS.min}
              max={ANSWER_SECONDS.max}
              defaultValue={question?.answerSeconds ?? ANSWER_SECONDS.default}
              error={fieldErrors.answerSeconds}
            />
            <TextField
              label="Prep time (s)"
              name="prepSeconds" id={`${prefix}prepSeconds`}
              type="number"
              min={PREP_SECONDS.min}
              max={PREP_SECONDS.max}
              defaultValue={question?.prepSeconds ?? PREP_SECONDS.default}
              error={fieldErrors.prepSeconds}
            />
            <TextField
              label="Writing time (s)"
              name="writingSeconds" id={`${prefix}writingSeconds`}
              type="number"
              min={WRITING_SECONDS.min}
              max={WRITING_SECONDS.max}
              defaultValue={question?.writingSeconds ?? WRITING_SECONDS.default}
              hint="written sessions"
              error={fieldErrors.writingSeconds}
            />
            <TextField label="Category" name="category" id={`${prefix}category`} defaultValue={question?.category ?? defaultCategory} error={fieldErrors.category} />
          </div>
          <TextAreaField
            label="Guidance (shown after answering)"
            name="guidance" id={`${prefix}guidance`}
            rows={2}
            defaultValue={question?.guidance}
            error={fieldErrors.guidance}
          />
          <TextAreaField
            label={`Talking points (one per line, up to ${TALKING_POINTS.max}; "a / b" accepts either)`}
            name="talkingPoints" id={`${prefix}talkingPoints`}
            rows={3}
            defaultValue={question?.talkingPoints.join("\n")}
            error={fieldErrors.talkingPoints}
          />
          <input type="hidden" name="published" value="false" />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="published" value="true" defaultChecked={question?.published ?? true} /> Published
          </label>
          <Button type="submit" disabled={pending}>{question ? "Save question" : "Add question"}</Button>
        </>
      )}
    </ActionForm>
  );
}
