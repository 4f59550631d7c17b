import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { getSessionForRunner, sessionConsentAt } from "@/lib/sessions/run-session";
import { browserVisionConfig } from "@/lib/vision/browser-config";
import { gazeCalibrationSchema } from "@/lib/vision/schemas";
import { InterviewRunner } from "./_components/interview-runner";
import { TextRunner } from "./_components/text-runner";
import { orNotFound, parsePageInput } from "@/lib/http/page";
import { recordId } from "@/lib/schemas/form";
import { consentCoversSession } from "@/lib/sessions/resume";
import { z } from "zod";

export const metadata: Metadata = { title: "Practice session" };

const searchSchema = z.object({ retake: recordId.optional().catch(undefined) });

export default async function RunSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageViewer("CANDIDATE");
  const session = await orNotFound(getSessionForRunner(viewer, (await params).sessionId));
  if (session.mode === "TEXT") {
    // Written sessions need no camera, microphone, consent or calibration steps.
    return (
      <>
        <h1 className="mb-6 text-xl font-semibold">{session.bank.title}</h1>
        <TextRunner sessionId={session.id} answers={session.answers} />
      </>
    );
  }
  const { retake } = parsePageInput(searchSchema, await searchParams);
  const [user, consentAt] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: viewer.id }, select: { keepVideo: true, gazeCalibration: true } }),
    sessionConsentAt(viewer, session),
  ]);
  const saved = gazeCalibrationSchema.safeParse(user.gazeCalibration);
  const sessionCalibration = gazeCalibrationSchema.safeParse(session.calibration);
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">{session.bank.title}</h1>
      <InterviewRunner
        sessionId={session.id}
        live={session.mode === "LIVE"}
        keepVideo={user.keepVideo}
        savedCalibration={saved.success ? saved.data : null}
        answers={session.answers}
        retakeAnswerId={retake ?? null}
        consented={consentCoversSession(consentAt, session.startedAt)}
        sessionCalibration={sessionCalibration.success ? sessionCalibration.data : null}
        visionConfig={browserVisionConfig()}
      />
    </>
  );
}
