/**
 * Test-only seed helpers for the dashboard db tests: sessions with analysed answers whose stored
 * JSON is built by the scoring fixtures and validated by the real schemas.
 */
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { computeAnswerScores } from "@/lib/scoring/compute";
import { makeSpeech, makeVision } from "@/lib/scoring/test-fixtures";

export interface Measured {
  wpm: number;
  fillersPer100: number;
  eyeContact: number;
}

/** A session with one DONE answer per `measured` entry (question i takes measured[i]), at `at`. */
export async function createAnalysedSession(
  candidate: Pick<Viewer, "id">,
  bank: { id: string; questions: { id: string }[] },
  measured: readonly Measured[],
  at: Date,
) {
  const session = await db().interviewSession.create({
    data: { candidateId: candidate.id, bankId: bank.id, status: "COMPLETED", startedAt: at, completedAt: at },
  });
  const answers = [];
  for (const [position, m] of measured.entries()) {
    const question = bank.questions[position % bank.questions.length]!;
    const speech = makeSpeech({ pace: { wpm: m.wpm }, fillers: { per100Words: m.fillersPer100 } });
    const vision = makeVision({ eyeContactShare: m.eyeContact });
    const scores = computeAnswerScores(speech, vision);
    answers.push(
      await db().answer.create({
        data: {
          sessionId: session.id,
          questionId: question.id,
          candidateId: candidate.id,
          position,
          status: "DONE",
          createdAt: new Date(at.getTime() + position * 1000),
          speechAnalysis: speech,
          visionSummary: vision,
          scores,
          scoringVersion: scores.version,
        },
      }),
    );
  }
  return { session, answers };
}

export async function addComment(author: Pick<Viewer, "id">, answerId: string, read = false) {
  return db().coachComment.create({
    data: { answerId, authorId: author.id, offsetSec: 1, body: "Look at the opening.", readAt: read ? new Date() : null },
  });
}

export async function addJob(answerId: string, status: "QUEUED" | "RUNNING" | "FAILED" | "SUCCEEDED", errorCode?: string, error?: string) {
  return db().analysisJob.create({
    data: { answerId, name: "speech-analysis", version: "1", status, errorCode, error, finishedAt: status === "FAILED" ? new Date() : null },
  });
}
