"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { uploadAnswerMedia } from "@/components/interview/upload-answer-media";
import { useUploadDriver } from "@/components/interview/upload-driver";
import { uploadVisionResults } from "@/components/interview/upload-with-retry";
import { useAnswerRecorder } from "@/components/interview/use-answer-recorder";
import { useAudioLevel, useMediaStream } from "@/components/interview/use-media-stream";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/action";
import { callAction } from "@/lib/actions/call-action";
import { ExpressionIndicator } from "@/components/vision/expression-indicator";
import { useVisionEngine } from "@/components/vision/use-vision-engine";
import { questionsToAsk } from "@/lib/sessions/resume";
import type { GazeCalibration } from "@/lib/vision/schemas";
import type { VisionWorkerConfig } from "@/lib/vision/worker/protocol";
import { cameraConsentAction, completeSessionAction, recordAnswerEventAction, saveCalibrationAction } from "../../../actions";
import { AnswerGuidance } from "./answer-guidance";
import { CalibrationStep } from "./calibration-step";
import { ConsentStep } from "./consent-step";
import { DeviceCheckStep } from "./device-check-step";
import { QuestionStep } from "./question-step";

export interface RunnerAnswer {
  id: string;
  status: string;
  question: { text: string; answerSeconds: number; prepSeconds: number };
}

interface Props {
  sessionId: string;
  live: boolean;
  keepVideo: boolean;
  savedCalibration: GazeCalibration | null;
  answers: RunnerAnswer[];
  visionConfig: Partial<VisionWorkerConfig>;
  /** Record this one (already answered) question again instead of the unanswered ones. */
  retakeAnswerId: string | null;
  /** Consent was given for this session already (a reload): start at the device check. */
  consented: boolean;
  /** The calibration this session already has, reused on a reload. */
  sessionCalibration: GazeCalibration | null;
}

type Step =
  | { kind: "consent" }
  | { kind: "devices" }
  | { kind: "calibration" }
  | { kind: "question"; index: number; phase: "prep" | "answer" }
  | { kind: "between"; index: number }
  | { kind: "finishing" };

interface UploadState {
  label: string;
  progress: number;
  status: "uploading" | "retrying" | "done" | "failed";
  message?: string;
}

/** Seconds without a face before the candidate is told we cannot see them. */
const NO_FACE_WARNING_MS = 2000;
/** The session actions used here only set a state or a timestamp, so repeating one is safe. */
const IDEMPOTENT = { attempts: 3, retryDelayMs: 1000 };

export function InterviewRunner({ sessionId, live, keepVideo, savedCalibration, answers, visionConfig, retakeAnswerId, consented, sessionCalibration }: Props) {
  const router = useRouter();
  const uploadDriver = useUploadDriver();
  const { answers: todo, retake } = useMemo(() => questionsToAsk(answers, retakeAnswerId), [answers, retakeAnswerId]);
  const [step, setStep] = useState<Step>(consented ? { kind: "devices" } : { kind: "consent" });
  const [calibration, setCalibration] = useState<GazeCalibration | null>(sessionCalibration);
  const [showExpression, setShowExpression] = useState(false);
  const [uploads, setUploads] = useState<Record<string, UploadState>>({});
  const pendingUploads = useRef<Promise<unknown>[]>([]);
  // What could not be saved, by what it was: shown until the same thing succeeds.
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [finishError, setFinishError] = useState<string | null>(null);
  const noteResult = useCallback((key: string, what: string, result: ActionResult<unknown>) => {
    setProblems(({ [key]: _previous, ...rest }) => (result.ok ? rest : { ...rest, [key]: `${what}: ${result.message}` }));
  }, []);
  const answerStartedAt = useRef(0);

  const videoRef = useRef<HTMLVideoElement | null>(null);
  const media = useMediaStream(live);
  const audioLevel = useAudioLevel(step.kind === "devices" ? media.stream : null);
  const recorder = useAnswerRecorder(media.stream, keepVideo && live);
  const vision = useVisionEngine({ videoRef, enabled: live && media.stream !== null, calibration, config: visionConfig });

  useEffect(() => {
    if (videoRef.current && media.stream && videoRef.current.srcObject !== media.stream) {
      videoRef.current.srcObject = media.stream;
      void videoRef.current.play().catch(() => undefined);
    }
  }, [media.stream, step.kind]);

  // "We can't see your face" after two seconds without one, while answering.
  const lastFaceAt = useRef(0);
  const [faceMissing, setFaceMissing] = useState(false);
  useEffect(() => {
    if (vision.latest?.faceFound) lastFaceAt.current = performance.now();
  }, [vision.latest]);
  useEffect(() => {
    if (!live || vision.status !== "ready") return;
    lastFaceAt.current = performance.now();
    const timer = setInterval(() => setFaceMissing(performance.now() - lastFaceAt.current > NO_FACE_WARNING_MS), 500);
    return () => clearInterval(timer);
  }, [live, vision.status]);

  const track = useCallback((key: string, label: string, run: (onProgress: (share: number) => void, onRetry: (attempt: number, reason: string) => void) => Promise<unknown>) => {
    setUploads((all) => ({ ...all, [key]: { label, progress: 0, status: "uploading" } }));
    const promise = run(
      (progress) => setUploads((all) => ({ ...all, [key]: { ...all[key]!, progress, status: "uploading" } })),
      (attempt, reason) => setUploads((all) => ({ ...all, [key]: { ...all[key]!, status: "retrying", message: `${reason} Retrying (attempt ${attempt})...` } })),
    ).then(
      () => setUploads((all) => ({ ...all, [key]: { ...all[key]!, progress: 1, status: "done", message: undefined } })),
      (error: unknown) =>
        setUploads((all) => ({ ...all, [key]: { ...all[key]!, status: "failed", message: error instanceof Error ? error.message : String(error) } })),
    );
    pendingUploads.current.push(promise);
  }, []);

  const beginAnswer = useCallback(
    (index: number) => {
      const answer = todo[index]!;
      recorder.start();
      if (live) vision.startAnswer();
      answerStartedAt.current = performance.now();
      void callAction(() => recordAnswerEventAction({ answerId: answer.id, event: "started" }), IDEMPOTENT).then((result) =>
        noteResult(`${answer.id}:started`, "The start of this answer was not saved", result),
      );
      setStep({ kind: "question", index, phase: "answer" });
    },
    [todo, recorder, live, vision, noteResult],
  );

  const finishSession = useCallback(async () => {
    setStep({ kind: "finishing" });
    setFinishError(null);
    await Promise.allSettled(pendingUploads.current);
    // A re-take changes one answer of a session that may be finished already: nothing else to close.
    if (!retake) {
      const result = await callAction(() => completeSessionAction({ sessionId }), IDEMPOTENT);
      // The report of a session that was not closed would list unanswered questions as pending: stay here.
      if (!result.ok) {
        setFinishError(result.message);
        return;
      }
    }
    router.push(`/sessions/${sessionId}`);
  }, [router, sessionId, retake]);

  const acceptConsent = useCallback(async () => {
    const result = await callAction(() => cameraConsentAction({ sessionId }), IDEMPOTENT);
    noteResult("consent", "Your consent could not be recorded, so the interview cannot start yet", result);
    if (result.ok) setStep({ kind: "devices" });
  }, [noteResult, sessionId]);

  const endAnswer = useCallback(
    async (index: number) => {
      const answer = todo[index]!;
      const durationSec = (performance.now() - answerStartedAt.current) / 1000;
      const visionPayload = live ? vision.finishAnswer() : null;
      const files = await recorder.stop();
      const finished = await callAction(() => recordAnswerEventAction({ answerId: answer.id, event: "finished", durationSec }), IDEMPOTENT);
      noteResult(`${answer.id}:finished`, `The end of question ${answers.indexOf(answer) + 1} was not saved`, finished);
      const label = `Question ${answers.indexOf(answer) + 1}`;
      if (visionPayload) {
        track(`${answer.id}:vision`, `${label} — face and gaze measurements`, (onProgress, onRetry) =>
          uploadVisionResults(answer.id, visionPayload, { onProgress, onRetry }),
        );
      }
      if (files.audio) {
        const audio = files.audio;
        track(`${answer.id}:audio`, `${label} — audio`, (onProgress, onRetry) =>
          uploadAnswerMedia(uploadDriver, answer.id, "audio", audio, { onProgress, onRetry }),
        );
      }
      if (files.video) {
        const video = files.video;
        track(`${answer.id}:video`, `${label} — video (kept for replay)`, (onProgress, onRetry) =>
          uploadAnswerMedia(uploadDriver, answer.id, "video", video, { onProgress, onRetry }),
        );
      }
      if (index + 1 < todo.length) setStep({ kind: "between", index });
      else await finishSession();
    },
    [todo, answers, live, vision, recorder, track, finishSession, noteResult, uploadDriver],
  );

  if (todo.length === 0) {
    return (
      <Card>
        <p>Every question in this session has been answered.</p>
        <Button className="mt-4" onClick={() => void finishSession()}>See the report</Button>
      </Card>
    );
  }

  const current = step.kind === "question" ? todo[step.index]! : null;
  const showPreview = live && media.stream !== null && step.kind !== "consent";

  return (
    <div className="space-y-6">
      {retake && (
        <Alert>
          <span data-testid="retake-notice">
            Recording question {answers.indexOf(todo[0]!) + 1} again. Your current answer stays in the report until the new recording has
            been analysed; then the new one replaces it.
          </span>
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_280px]">
        <div className="space-y-4">
          {step.kind === "consent" && (
            <ConsentStep
              live={live}
              keepVideo={keepVideo}
              onAccept={() => void acceptConsent()}
            />
          )}
          {step.kind === "devices" && (
            <DeviceCheckStep
              live={live}
              stream={media.stream}
              problem={media.problem}
              requesting={media.requesting}
              onRequest={() => void media.request()}
              onContinue={() => setStep(live && !sessionCalibration ? { kind: "calibration" } : { kind: "question", index: 0, phase: "prep" })}
              videoRef={videoRef}
              audioLevel={audioLevel}
              visionStatus={vision.status}
              visionProgress={vision.progress}
              latest={vision.latest}
            />
          )}
          {step.kind === "calibration" && (
            <CalibrationStep
              ready={vision.status === "ready"}
              getRawGaze={vision.getRawGaze}
              saved={savedCalibration}
              onDone={(result) => {
                setCalibration(result);
                void callAction(() => saveCalibrationAction({ sessionId, calibration: result }), IDEMPOTENT).then((saved) =>
                  noteResult("calibration", "Your calibration is used on this device but was not saved", saved),
                );
                setStep({ kind: "question", index: 0, phase: "prep" });
              }}
            />
          )}
          {step.kind === "question" && current && (
            <QuestionStep
              key={`${current.id}:${step.phase}`}
              number={answers.indexOf(current) + 1}
              total={answers.length}
              text={current.question.text}
              phase={step.phase}
              seconds={step.phase === "prep" ? current.question.prepSeconds : current.question.answerSeconds}
              onTimeUp={() => (step.phase === "prep" ? beginAnswer(step.index) : void endAnswer(step.index))}
              onFinishEarly={() => (step.phase === "prep" ? beginAnswer(step.index) : void endAnswer(step.index))}
            />
          )}
          {step.kind === "between" && (
            <Card className="space-y-4">
              <h2 className="text-lg font-semibold">Answer saved. Take a breath.</h2>
              <AnswerGuidance answerId={todo[step.index]!.id} />
              <p className="text-sm text-muted">
                {todo.length - step.index - 1} question{todo.length - step.index - 1 === 1 ? "" : "s"} to go. Your analysis runs while you
                continue.
              </p>
              <div className="flex gap-3">
                <Button onClick={() => setStep({ kind: "question", index: step.index + 1, phase: "prep" })}>Next question</Button>
                <Button variant="secondary" onClick={() => void finishSession()}>End session here</Button>
              </div>
            </Card>
          )}
          {step.kind === "finishing" && (
            <Card className="space-y-3">
              <h2 className="text-lg font-semibold">Finishing up</h2>
              {finishError ? (
                <>
                  <Alert tone="error">
                    <span data-testid="finish-error">The session could not be closed: {finishError}</span>
                  </Alert>
                  <Button onClick={() => void finishSession()}>Try again</Button>
                </>
              ) : (
                <p className="text-sm text-muted">Waiting for the last uploads, then on to your report.</p>
              )}
            </Card>
          )}
          {Object.entries(problems).map(([key, message]) => (
            <Alert key={key} tone="warning">
              <span data-testid="action-problem">{message}</span>
            </Alert>
          ))}
          {live && step.kind === "question" && step.phase === "answer" && faceMissing && (
            <Alert tone="warning">We can&apos;t see your face. Face and eye-contact results need your face in view.</Alert>
          )}
          {Object.keys(uploads).length > 0 && (
            <section aria-label="Uploads" className="space-y-2">
              {Object.entries(uploads).map(([key, upload]) => (
                <div key={key} className="text-sm">
                  <div className="flex justify-between gap-2">
                    <span>{upload.label}</span>
                    <span className={upload.status === "failed" ? "text-red-700" : "text-muted"}>
                      {upload.status === "done" ? "uploaded" : upload.status === "failed" ? "failed" : `${Math.round(upload.progress * 100)}%`}
                    </span>
                  </div>
                  <div className="h-1.5 rounded bg-slate-200" role="progressbar" aria-valuenow={Math.round(upload.progress * 100)} aria-label={upload.label}>
                    <div className="h-1.5 rounded bg-brand-500" style={{ width: `${Math.round(upload.progress * 100)}%` }} />
                  </div>
                  {upload.message && <p className={upload.status === "failed" ? "text-red-700" : "text-muted"}>{upload.message}</p>}
                </div>
              ))}
            </section>
          )}
        </div>

        {live && (
          <aside className={showPreview ? "space-y-3" : "hidden"} aria-label="Camera preview">
            <video ref={videoRef} muted playsInline className="w-full -scale-x-100 rounded-lg bg-slate-900" aria-label="Your camera" />
            <div className="flex flex-wrap gap-2 text-xs" aria-live="polite">
              <span data-testid="face-indicator" className={`rounded-full px-2 py-0.5 ${vision.latest?.faceFound ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-900"}`}>
                {vision.status !== "ready" ? "Face analysis loading" : vision.latest?.faceFound ? "Face in view" : "No face found"}
              </span>
              {vision.latest?.faceFound && (
                <span className={`rounded-full px-2 py-0.5 ${vision.latest.eyeContact ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"}`}>
                  {vision.latest.eyeContact ? "Eye contact" : "Looking away"}
                </span>
              )}
            </div>
            <label className="flex items-center gap-2 text-xs text-muted">
              <input type="checkbox" checked={showExpression} onChange={(event) => setShowExpression(event.target.checked)} />
              Show live expression (can distract)
            </label>
            {showExpression && <ExpressionIndicator frame={vision.latest} />}
            {vision.error && <p className="text-xs text-red-700">{vision.error}</p>}
          </aside>
        )}
      </div>
    </div>
  );
}
