import "server-only";
import { readStoredColumns } from "@/lib/answers/stored-json";
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { lookupPercentilesMany, type PercentileLookup } from "@/lib/benchmarks/contributions";
import { metricValuesFromParsed } from "@/lib/benchmarks/stored-values";
import { contentForAnswers } from "@/lib/content/answer-content";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Serialized } from "@/lib/http/serialized";
import { readReportAnswers } from "./report-answers";
import { reportAnswer } from "./session-report";

/**
 * Everything the report shows of some of a session's answers beyond what it shows at once: the
 * 4 Hz vision timeline (replay, charts, eye region), where each answer sits among other
 * candidates', and the other candidates' common words for its question. Read when the viewer
 * reaches those answers, under the same access rule as the whole report (the filter is part of
 * the session's own query: another person's session reads as not found, and nothing else of it
 * is read). Four queries however many answers are asked for.
 */
export async function getAnswerDetails(viewer: Viewer, sessionId: string, answerIds: readonly string[]) {
  const session = await db().interviewSession.findFirst({
    where: { id: sessionId, candidate: readableCandidatesWhere(viewer) },
    select: { candidateId: true, bankId: true, calibration: true },
  });
  if (!session) throw new AppError("NOT_FOUND", "No such session, or you do not have access.");
  const rows = await readReportAnswers(sessionId, { answerIds, timeline: true });
  const contents = await contentForAnswers(rows);
  const answers = rows.map((row, i) => ({ answer: reportAnswer(row, viewer, contents[i] ?? null, "speechAnalysis"), timeline: readStoredColumns({ visionTimeline: row.visionTimeline }, row.id) }));
  const done = answers.filter(({ answer }) => answer.status === "DONE");
  const lookups = await lookupPercentilesMany(
    done.map(({ answer }) => ({
      questionId: answer.question.id,
      bankId: session.bankId,
      values: metricValuesFromParsed({ speech: answer.speech, vision: answer.vision, scores: answer.scores }),
    })),
    { minCohort: env.BENCHMARK_MIN_COHORT },
  );
  const benchmarks = new Map<string, PercentileLookup>(done.map(({ answer }, i) => [answer.id, lookups[i]!]));
  return answers.map(({ answer, timeline }) => ({
    ...answer,
    timeline: timeline.values.visionTimeline ?? [],
    unreadable: [...answer.unreadable, ...timeline.unreadable],
    benchmarks: benchmarks.get(answer.id) ?? {},
    isOwner: viewer.id === session.candidateId,
    /** The session was gaze-calibrated (the answer's frames say whether they used it). */
    calibrated: session.calibration !== null,
  }));
}

export type AnswerDetails = Awaited<ReturnType<typeof getAnswerDetails>>[number];
/** An answer's details as the browser receives them (JSON: times are ISO strings). */
export type AnswerDetailsData = Serialized<AnswerDetails>;
