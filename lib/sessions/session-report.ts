import "server-only";
import { readStored, unreadableColumns } from "@/lib/answers/stored-json";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { answerTips } from "@/lib/scoring";
import { lookupPercentiles } from "@/lib/benchmarks/contributions";
import { metricValuesFromStored } from "@/lib/benchmarks/stored-values";
import { env } from "@/lib/env";
import { contentForAnswer } from "@/lib/content/answer-content";
import { assertCanReadSession } from "./access";
import { describeSessionMedia } from "./session-media";

/** Everything a session report shows, validated and serialisable, for a viewer allowed to read it. */
export async function getSessionReport(viewer: Viewer, sessionId: string) {
  const { candidateId } = await assertCanReadSession(viewer, sessionId);
  const session = await db().interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      completedAt: true,
      calibration: true,
      bank: { select: { id: true, title: true } },
      candidate: { select: { name: true } },
      answers: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          status: true,
          progress: true,
          durationSec: true,
          failureCode: true,
          failureReason: true,
          replacementFailure: true,
          transcript: true,
          textAnswer: true,
          textSource: true,
          documentName: true,
          speechAnalysis: true,
          visionSummary: true,
          visionTimeline: true,
          scores: true,
          question: { select: { id: true, text: true, answerSeconds: true, guidance: true, category: true, talkingPoints: true } },
          media: { select: { kind: true } },
          comments: {
            orderBy: { offsetSec: "asc" },
            select: { id: true, offsetSec: true, body: true, createdAt: true, readAt: true, authorId: true, author: { select: { name: true } } },
          },
        },
      },
    },
  });
  const answers = await Promise.all(
    session.answers.map(async ({ speechAnalysis, visionSummary, visionTimeline, scores, media, comments, ...answer }) => {
      const speechData = readStored("speechAnalysis", speechAnalysis, answer.id);
      const visionData = readStored("visionSummary", visionSummary, answer.id);
      return {
        ...answer,
        // `mine`: the viewer wrote it (and may delete it); author ids themselves stay on the server.
        comments: comments.map(({ authorId, ...comment }) => ({ ...comment, mine: authorId === viewer.id })),
        speech: speechData,
        vision: visionData,
        timeline: readStored("visionTimeline", visionTimeline, answer.id) ?? [],
        scores: readStored("scores", scores, answer.id),
        /** Stored figures today's schemas cannot read (an older version wrote them): shown as not available, and logged. */
        unreadable: unreadableColumns({ speechAnalysis, visionSummary, visionTimeline, scores }),
        tips: answerTips(speechData, visionData),
        content: await contentForAnswer(answer),
        hasVideo: media.some((m) => m.kind === "VIDEO"),
        // Microphone-only answers are replayed from their audio.
        hasAudio: media.some((m) => m.kind === "AUDIO"),
        benchmarks: (answer.status === "DONE"
          ? await lookupPercentiles(answer.question.id, session.bank.id, metricValuesFromStored({ id: answer.id, speechAnalysis, visionSummary, scores }), {
              minCohort: env.BENCHMARK_MIN_COHORT,
            })
          : {}),
      };
    }),
  );
  return {
    ...session,
    isOwner: viewer.id === candidateId,
    calibrated: session.calibration !== null,
    /** What the figures were measured from, e.g. "camera and microphone". */
    capture: describeSessionMedia(session.mode, answers.map((answer) => answer.vision?.source)),
    answers,
  };
}

export type SessionReport = Awaited<ReturnType<typeof getSessionReport>>;
export type AnswerReport = SessionReport["answers"][number];
