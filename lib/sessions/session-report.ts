import "server-only";
import { readStoredColumns } from "@/lib/answers/stored-json";
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerTips } from "@/lib/scoring";
import { lookupPercentilesMany, type PercentileLookup } from "@/lib/benchmarks/contributions";
import { metricValuesFromParsed } from "@/lib/benchmarks/stored-values";
import { env } from "@/lib/env";
import { contentForAnswers } from "@/lib/content/answer-content";
import { describeSessionMedia } from "./session-media";

/**
 * Everything a session report shows, validated and serialisable, for a viewer allowed to read it.
 * A handful of round trips whatever the number of answers (the access filter is part of the
 * session's own query; benchmarks and cohort words are read for all answers at once), and each
 * stored column is parsed once: the embedded database runs on the web server's thread, so every
 * query is time the server cannot spend on another request.
 */
export async function getSessionReport(viewer: Viewer, sessionId: string) {
  const session = await db().interviewSession.findFirst({
    // The same filter as assertCanReadSession: another person's session reads as not found.
    where: { id: sessionId, candidate: readableCandidatesWhere(viewer) },
    select: {
      id: true,
      candidateId: true,
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
  if (!session) throw new AppError("NOT_FOUND", "No such session, or you do not have access.");
  const read = session.answers.map((answer) =>
    readStoredColumns(
      { speechAnalysis: answer.speechAnalysis, visionSummary: answer.visionSummary, visionTimeline: answer.visionTimeline, scores: answer.scores },
      answer.id,
    ),
  );
  const done = session.answers.flatMap((answer, i) => (answer.status === "DONE" ? [i] : []));
  const [contents, lookups] = await Promise.all([
    contentForAnswers(session.answers),
    lookupPercentilesMany(
      done.map((i) => ({
        questionId: session.answers[i]!.question.id,
        bankId: session.bank.id,
        values: metricValuesFromParsed({ speech: read[i]!.values.speechAnalysis, vision: read[i]!.values.visionSummary, scores: read[i]!.values.scores }),
      })),
      { minCohort: env.BENCHMARK_MIN_COHORT },
    ),
  ]);
  const benchmarks = new Map<number, PercentileLookup>(done.map((answerIndex, i) => [answerIndex, lookups[i]!]));
  const answers = session.answers.map(({ speechAnalysis: _s, visionSummary: _v, visionTimeline: _t, scores: _c, media, comments, ...answer }, i) => {
    const { values, unreadable } = read[i]!;
    return {
      ...answer,
      // `mine`: the viewer wrote it (and may delete it); author ids themselves stay on the server.
      comments: comments.map(({ authorId, ...comment }) => ({ ...comment, mine: authorId === viewer.id })),
      speech: values.speechAnalysis,
      vision: values.visionSummary,
      timeline: values.visionTimeline ?? [],
      scores: values.scores,
      /** Stored figures today's schemas cannot read (an older version wrote them): shown as not available, and logged. */
      unreadable,
      tips: answerTips(values.speechAnalysis, values.visionSummary),
      content: contents[i] ?? null,
      hasVideo: media.some((m) => m.kind === "VIDEO"),
      // Microphone-only answers are replayed from their audio.
      hasAudio: media.some((m) => m.kind === "AUDIO"),
      benchmarks: benchmarks.get(i) ?? {},
    };
  });
  const { candidateId, ...rest } = session;
  return {
    ...rest,
    isOwner: viewer.id === candidateId,
    calibrated: session.calibration !== null,
    /** What the figures were measured from, e.g. "camera and microphone". */
    capture: describeSessionMedia(session.mode, answers.map((answer) => answer.vision?.source)),
    answers,
  };
}

export type SessionReport = Awaited<ReturnType<typeof getSessionReport>>;
export type AnswerReport = SessionReport["answers"][number];
