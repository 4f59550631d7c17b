import "server-only";
import { readStoredColumns } from "@/lib/answers/stored-json";
import { readableCandidatesWhere } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerTips } from "@/lib/scoring";
import { readAnswersContent, type ContentReading } from "@/lib/content/answer-content";
import { readReportAnswers, type ReportAnswerRow } from "./report-answers";
import { describeSessionMedia } from "./session-media";

/** How a report reads the speech analysis: whole ("speechAnalysis") or without its timed words ("speechSummary"). */
export type SpeechColumn = "speechAnalysis" | "speechSummary";

/**
 * One answer as the report shows it, validated and serialisable: stored columns read once with
 * today's schemas, the tips, which recordings exist, and which comments are the viewer's. The
 * row must have been read with the words `speechColumn` asks for (readReportAnswers' transcriptWords).
 */
export function reportAnswer<C extends ContentReading, S extends SpeechColumn>(row: ReportAnswerRow, viewer: Viewer, content: C | null, speechColumn: S) {
  const { speechAnalysis, visionSummary, scores, visionTimeline: _timeline, media, comments, ...answer } = row;
  const columns = { [speechColumn]: speechAnalysis, visionSummary, scores } as { [K in S | "visionSummary" | "scores"]: unknown };
  const { values, unreadable } = readStoredColumns(columns, row.id);
  const speech = values[speechColumn];
  return {
    ...answer,
    // `mine`: the viewer wrote it (and may delete it); author ids themselves stay on the server.
    comments: comments.map(({ authorId, ...comment }) => ({ ...comment, mine: authorId === viewer.id })),
    speech,
    vision: values.visionSummary,
    scores: values.scores,
    /** Stored figures today's schemas cannot read (an older version wrote them): shown as not available, and logged. */
    unreadable: unreadable.map((column) => (column === "speechSummary" ? "speechAnalysis" : column)),
    tips: answerTips(speech, values.visionSummary),
    content,
    hasVideo: media.some((m) => m.kind === "VIDEO"),
    // Microphone-only answers are replayed from their audio.
    hasAudio: media.some((m) => m.kind === "AUDIO"),
  };
}

/**
 * What a session report shows at once (and what its printout prints), for a viewer allowed to read
 * it: the session, and each answer's figures, tips, content reading and comments. Three queries
 * whatever the number of answers (the session with the access filter in its own query, its bank,
 * its answers with everything they carry): the embedded database runs on the web server's
 * thread, so every query is time the server cannot spend on another request. Each answer's heavier details (timeline, benchmarks, cohort words)
 * are read when the viewer reaches them, by getAnswerDetails.
 */
async function readSessionReport<S extends SpeechColumn>(viewer: Viewer, sessionId: string, speechColumn: S) {
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
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "No such session, or you do not have access.");
  const isOwner = viewer.id === session.candidateId;
  const [rows, candidate] = await Promise.all([
    readReportAnswers(session.id, { transcriptWords: speechColumn === "speechAnalysis" }),
    // The owner's name is the viewer's, read with the sign-in on this very request.
    isOwner ? { name: viewer.name } : db().user.findUniqueOrThrow({ where: { id: session.candidateId }, select: { name: true } }),
  ]);
  const contents = readAnswersContent(rows);
  const answers = rows.map((row, i) => reportAnswer(row, viewer, contents[i] ?? null, speechColumn));
  const { candidateId: _candidateId, ...rest } = session;
  return {
    ...rest,
    candidate,
    isOwner,
    calibrated: session.calibration !== null,
    /** What the figures were measured from, e.g. "camera and microphone". */
    capture: describeSessionMedia(session.mode, answers.map((answer) => answer.vision?.source)),
    answers,
  };
}

/** The report page: every figure, without the transcripts' timed words (the details route sends those). */
export function getSessionReport(viewer: Viewer, sessionId: string) {
  return readSessionReport(viewer, sessionId, "speechSummary");
}

/** The printable report, which prints each transcript too. */
export function getPrintableReport(viewer: Viewer, sessionId: string) {
  return readSessionReport(viewer, sessionId, "speechAnalysis");
}

export type SessionReport = Awaited<ReturnType<typeof getSessionReport>>;
export type AnswerReport = SessionReport["answers"][number];
