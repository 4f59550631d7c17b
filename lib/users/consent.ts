import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { ConsentKind } from "@/lib/db";
import type { ConsentInput } from "@/lib/schemas/users";
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

export async function recordCameraConsent(viewer: Viewer) {
  await db().$transaction([
    db().user.update({ where: { id: viewer.id }, data: { cameraConsentAt: new Date() } }),
    db().consentEvent.create({ data: { userId: viewer.id, kind: "CAMERA_ANALYSIS", granted: true } }),
  ]);
}
