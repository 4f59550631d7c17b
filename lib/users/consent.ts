import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { ConsentKind } from "@/lib/db";
import type { ConsentInput } from "@/lib/schemas/users";
import { AppError } from "@/lib/errors";
import { recordAnswerContributions, removeCandidateContributions } from "@/lib/benchmarks/contributions";

export async function getConsent(viewer: Viewer) {
  return db().user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      shareWithCoaches: true,
      benchmarkOptIn: true,
      keepVideo: true,
      disfluencyScoring: true,
      cameraConsentAt: true,
      coachedBy: { select: { coach: { select: { name: true, email: true } } } },
    },
  });
}

const CONSENT_KINDS: Record<"shareWithCoaches" | "benchmarkOptIn" | "keepVideo", ConsentKind> = {
  shareWithCoaches: "SHARE_WITH_COACHES",
  benchmarkOptIn: "BENCHMARKS",
  keepVideo: "KEEP_VIDEO",
};

/** Updates the candidate's own choices and logs each change (granted or withdrawn) with its time. */
export async function updateConsent(viewer: Viewer, input: ConsentInput) {
  await db().$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: { shareWithCoaches: true, benchmarkOptIn: true, keepVideo: true },
    });
    const changes = (Object.keys(CONSENT_KINDS) as Array<keyof typeof CONSENT_KINDS>).filter(
      (key) => current[key] !== input[key],
    );
    await tx.user.update({ where: { id: viewer.id }, data: input });
    // Benchmarks follow consent at once: withdrawing removes every contribution; joining counts the
    // answers already analysed (the candidate chose to be included, history and all).
    if (current.benchmarkOptIn && !input.benchmarkOptIn) await removeCandidateContributions(tx, viewer.id);
    if (!current.benchmarkOptIn && input.benchmarkOptIn) {
      const analysed = await tx.answer.findMany({ where: { candidateId: viewer.id, status: "DONE" }, select: { id: true } });
      for (const answer of analysed) await recordAnswerContributions(tx, answer.id);
    }
    if (changes.length > 0) {
      await tx.consentEvent.createMany({
        data: changes.map((key) => ({ userId: viewer.id, kind: CONSENT_KINDS[key], granted: input[key] })),
      });
    }
  });
}

/**
 * The candidate agreed to this session's analysis. The event names what the session really uses,
 * read from the session (never from the browser): the camera for LIVE sessions, the microphone
 * only for AUDIO_ONLY ones. Only camera consent sets cameraConsentAt.
 */
export async function recordSessionConsent(viewer: Viewer, sessionId: string) {
  const session = await db().interviewSession.findUnique({ where: { id: sessionId }, select: { candidateId: true, mode: true } });
  if (!session || session.candidateId !== viewer.id) throw new AppError("NOT_FOUND", "No such session, or it is not yours.");
  const camera = session.mode === "LIVE";
  await db().$transaction([
    ...(camera ? [db().user.update({ where: { id: viewer.id }, data: { cameraConsentAt: new Date() } })] : []),
    db().consentEvent.create({ data: { userId: viewer.id, kind: camera ? "CAMERA_ANALYSIS" : "MICROPHONE_ANALYSIS", granted: true } }),
  ]);
}
