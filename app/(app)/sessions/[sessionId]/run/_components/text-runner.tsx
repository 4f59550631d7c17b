"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCountdown } from "@/components/interview/use-countdown";
import { clock } from "@/components/report/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { words } from "@/lib/content/text";
import { completeSessionAction } from "../../../actions";
import { submitTextAnswerAction } from "../../../text-actions";
import { AnswerGuidance } from "./answer-guidance";
import { formatTime } from "@/lib/dates";

export interface TextRunnerAnswer {
  id: string;
  status: string;
  textAnswer: string | null;
  startedAt: Date | null;
  question: { text: string; writingSeconds: number };
}

/** Autosave interval while typing. */
const AUTOSAVE_MS = 4000;

type Step = { kind: "intro" } | { kind: "question"; index: number } | { kind: "between"; index: number } | { kind: "finishing" };

async function saveDraft(answerId: string, text: string, keepalive = false): Promise<boolean> {
  const response = await fetch(`/api/answers/${answerId}/text`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
    keepalive,
  }).catch(() => null);
  return response?.ok ?? false;
}

/** Written interview: each question has a writing time; drafts autosave; time-out submits. */
export function TextRunner({ sessionId, answers }: { sessionId: string; answers: TextRunnerAnswer[] }) {
  const router = useRouter();
  const todo = answers.filter((answer) => answer.status === "PENDING");
  const [step, setStep] = useState<Step>({ kind: "intro" });

  const finishSession = useCallback(async () => {
    setStep({ kind: "finishing" });
    await completeSessionAction({ sessionId });
    router.push(`/sessions/${sessionId}`);
  }, [router, sessionId]);

  const next = useCallback(
    (index: number) => {
      if (index + 1 < todo.length) setStep({ kind: "between", index });
      else void finishSession();
    },
    [todo.length, finishSession],
  );

  if (todo.length === 0) {
    return (
      <Card>
        <p>Every question in this session has been answered.</p>
        <Button className="mt-4" onClick={() => void finishSession()}>See the report</Button>
      </Card>
    );
  }

  return (
    <div className="space-y-4">
      {step.kind === "intro" && (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Written interview</h2>
          <p className="text-sm">
            {todo.length} question{todo.length === 1 ? "" : "s"}. Each has its own writing time; when it runs out, what you have written is
            submitted. Your draft is saved every few seconds and when you leave the page, so you can come back to it.
          </p>
          <p className="text-sm text-muted">
            For a cover letter or CV you can upload the document (PDF, Word .docx or .txt) instead of typing.
          </p>
          <Button onClick={() => setStep({ kind: "question", index: 0 })}>Start writing</Button>
        </Card>
      )}
      {step.kind === "question" && (
        <WritingStep
          key={todo[step.index]!.id}
          answer={todo[step.index]!}
          number={answers.indexOf(todo[step.index]!) + 1}
          total={answers.length}
          onDone={() => next(step.index)}
        />
      )}
      {step.kind === "between" && (
        <Card className="space-y-4">
          <h2 className="text-lg font-semibold">Answer submitted.</h2>
          <AnswerGuidance answerId={todo[step.index]!.id} />
          <p className="text-sm text-muted">
            {todo.length - step.index - 1} question{todo.length - step.index - 1 === 1 ? "" : "s"} to go.
          </p>
          <div className="flex gap-3">
            <Button onClick={() => setStep({ kind: "question", index: step.index + 1 })}>Next question</Button>
            <Button variant="secondary" onClick={() => void finishSession()}>End session here</Button>
          </div>
        </Card>
      )}
      {step.kind === "finishing" && (
        <Card>
          <h2 className="text-lg font-semibold">Finishing up</h2>
          <p className="text-sm text-muted">On to your report.</p>
        </Card>
      )}
    </div>
  );
}

/** Seconds of writing time left, counting from when writing first began (a resumed draft keeps its clock). */
function remainingSeconds(answer: TextRunnerAnswer): number {
  if (!answer.startedAt) return answer.question.writingSeconds;
  const used = (Date.now() - new Date(answer.startedAt).getTime()) / 1000;
  return Math.max(0, Math.round(answer.question.writingSeconds - used));
}

function WritingStep({ answer, number, total, onDone }: { answer: TextRunnerAnswer; number: number; total: number; onDone: () => void }) {
  const [text, setText] = useState(answer.textAnswer ?? "");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [seconds] = useState(() => remainingSeconds(answer));
  const [startedAt] = useState(() => performance.now());
  const textRef = useRef(text);
  const savedText = useRef(answer.textAnswer ?? "");
  const done = useRef(false);
  useEffect(() => {
    textRef.current = text;
  }, [text]);

  const submit = useCallback(async () => {
    if (done.current) return;
    done.current = true;
    setSubmitting(true);
    const elapsed = (performance.now() - startedAt) / 1000;
    const durationSec = Math.min(answer.question.writingSeconds, answer.question.writingSeconds - seconds + elapsed);
    const result = await submitTextAnswerAction({ answerId: answer.id, text: textRef.current, durationSec });
    if (result.ok) onDone();
    else {
      done.current = false;
      setSubmitting(false);
      setError(`${result.message} Your answer is still saved as a draft.`);
    }
  }, [answer, seconds, startedAt, onDone]);

  const left = useCountdown(seconds, true, () => void submit());

  // Start the server-side clock at once (saving the draft as it stands), then autosave whenever the text changed.
  useEffect(() => {
    void saveDraft(answer.id, textRef.current);
    const timer = setInterval(() => {
      if (done.current || textRef.current === savedText.current) return;
      const snapshot = textRef.current;
      void saveDraft(answer.id, snapshot).then((ok) => {
        if (ok) {
          savedText.current = snapshot;
          setSavedAt(new Date());
        }
      });
    }, AUTOSAVE_MS);
    // Leaving the page (closing, switching tab, navigating): send the last draft with keepalive.
    const flush = () => {
      if (!done.current && textRef.current !== savedText.current) void saveDraft(answer.id, textRef.current, true);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearInterval(timer);
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [answer.id]);

  const count = words(text).length;
  return (
    <Card className="space-y-4">
      <p className="text-sm text-muted">Question {number} of {total}</p>
      <h2 className="text-xl font-semibold">{answer.question.text}</h2>
      <div className="flex flex-wrap items-center gap-4">
        <span role="timer" aria-label="Writing time left" className={`font-mono text-3xl tabular-nums ${left <= 30 ? "text-red-700" : ""}`}>
          {clock(left)}
        </span>
        <span className="text-sm text-muted">left to write; submitted automatically at zero</span>
      </div>
      <label htmlFor={`answer-${answer.id}`} className="sr-only">Your answer</label>
      <textarea
        id={`answer-${answer.id}`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={12}
        disabled={submitting}
        className="w-full rounded-lg border border-slate-300 p-3 text-base"
        placeholder="Write your answer here."
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span data-testid="word-count" aria-live="polite">{count} word{count === 1 ? "" : "s"}</span>
        <span className="text-muted" data-testid="autosave-status">
          {savedAt ? `Draft saved at ${formatTime(savedAt)}` : "Not saved yet"}
        </span>
      </div>
      {error && <Alert tone="warning">{error}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => void submit()} disabled={submitting}>{submitting ? "Submitting..." : "Submit answer"}</Button>
      </div>
      <DocumentUpload answerId={answer.id} disabled={submitting} onUploaded={() => {
        done.current = true;
        onDone();
      }} />
    </Card>
  );
}

/** A cover letter or CV instead of typing: the server extracts and keeps its text. */
function DocumentUpload({ answerId, disabled, onUploaded }: { answerId: string; disabled: boolean; onUploaded: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/answers/${answerId}/document`, {
      method: "POST",
      headers: { "x-file-name": encodeURIComponent(file.name) },
      body: file,
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) return onUploaded();
    const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setMessage(body?.error?.message ?? "The upload failed; check your connection and try again.");
  };
  return (
    <div className="border-t border-slate-200 pt-3 text-sm">
      <label className="block font-medium" htmlFor={`document-${answerId}`}>Or upload a document as your answer (PDF, .docx or .txt)</label>
      <input
        id={`document-${answerId}`}
        type="file"
        accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        disabled={disabled || busy}
        className="mt-1 block text-sm"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
          event.target.value = "";
        }}
      />
      {busy && <p className="text-muted">Reading the document...</p>}
      {message && (
        <p className="mt-1 text-red-700" role="alert" data-testid="document-error">
          {message}
        </p>
      )}
    </div>
  );
}
