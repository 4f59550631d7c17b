import "server-only";
import { db, type AnswerStatus, type MediaKind, type TextSource } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";

/** An answer as the report reads it: its columns, its question, which recordings it has, and its comments. */
export interface ReportAnswerRow {
  id: string;
  position: number;
  status: AnswerStatus;
  progress: number | null;
  durationSec: number | null;
  updatedAt: Date;
  failureCode: string | null;
  failureReason: string | null;
  replacementFailure: string | null;
  transcript: string | null;
  textAnswer: string | null;
  textSource: TextSource | null;
  documentName: string | null;
  /** Stored JSON, read with today's schemas by the caller (lib/answers/stored-json). */
  speechAnalysis: unknown;
  visionSummary: unknown;
  scores: unknown;
  question: { id: string; text: string; answerSeconds: number; guidance: string; category: string; talkingPoints: string[] };
  media: { kind: MediaKind }[];
  /** In time order. */
  comments: { id: string; offsetSec: number; body: string; createdAt: Date; readAt: Date | null; authorId: string; author: { name: string } }[];
  /** The stored 4 Hz vision timeline, read only when asked for (the largest column by far). */
  visionTimeline?: unknown;
}

type RawRow = Omit<ReportAnswerRow, "question" | "media" | "comments"> & {
  questionId: string;
  questionText: string;
  answerSeconds: number;
  guidance: string;
  category: string;
  talkingPoints: string[];
  mediaKinds: MediaKind[];
  /** json_agg output: times as epoch milliseconds. */
  comments: { id: string; offsetSec: number; body: string; createdAt: number; readAt: number | null; authorId: string; authorName: string }[];
};

/**
 * The answers of one session (in order; only `answerIds` when given) with their question,
 * recording kinds and comments (with their authors' names), and with `timeline` their vision
 * timelines, in ONE statement. `transcriptWords: false` leaves the analyses' timed word lists in
 * the database (most of each analysis's bytes, which the figures never read). Prisma's nested selects made that five statements, and on the
 * embedded database every statement costs the web server's thread about a millisecond whatever
 * it reads. No access check here: callers pass a session the viewer's access filter has already
 * let through.
 */
export async function readReportAnswers(
  sessionId: string,
  options: { answerIds?: readonly string[]; timeline?: boolean; transcriptWords?: boolean } = {},
): Promise<ReportAnswerRow[]> {
  const only = options.answerIds ? Prisma.sql`AND a."id" = ANY(${[...options.answerIds]}::text[])` : Prisma.empty;
  const timeline = options.timeline ? Prisma.sql`, a."visionTimeline"` : Prisma.empty;
  const speech = options.transcriptWords ?? true ? Prisma.sql`a."speechAnalysis"` : Prisma.sql`a."speechAnalysis" - 'words' AS "speechAnalysis"`;
  const rows = await db().$queryRaw<RawRow[]>`
    SELECT a."id", a."position", a."status"::text AS "status", a."progress", a."durationSec", a."updatedAt",
      a."failureCode", a."failureReason", a."replacementFailure", a."transcript", a."textAnswer", a."textSource"::text AS "textSource",
      a."documentName", ${speech}, a."visionSummary", a."scores" ${timeline},
      q."id" AS "questionId", q."text" AS "questionText", q."answerSeconds", q."guidance", q."category", q."talkingPoints",
      ARRAY(SELECT m."kind"::text FROM "MediaObject" m WHERE m."answerId" = a."id" ORDER BY m."kind") AS "mediaKinds",
      (SELECT COALESCE(json_agg(json_build_object(
          'id', c."id", 'offsetSec', c."offsetSec", 'body', c."body",
          'createdAt', floor(extract(epoch FROM c."createdAt") * 1000), 'readAt', floor(extract(epoch FROM c."readAt") * 1000),
          'authorId', c."authorId", 'authorName', u."name") ORDER BY c."offsetSec", c."id"), '[]'::json)
        FROM "CoachComment" c JOIN "User" u ON u."id" = c."authorId" WHERE c."answerId" = a."id") AS "comments"
    FROM "Answer" a JOIN "Question" q ON q."id" = a."questionId"
    WHERE a."sessionId" = ${sessionId} ${only}
    ORDER BY a."position"`;
  return rows.map(({ questionId, questionText, answerSeconds, guidance, category, talkingPoints, mediaKinds, comments, ...answer }) => ({
    ...answer,
    question: { id: questionId, text: questionText, answerSeconds, guidance, category, talkingPoints },
    media: mediaKinds.map((kind) => ({ kind })),
    comments: comments.map(({ createdAt, readAt, authorName, ...comment }) => ({
      ...comment,
      createdAt: new Date(createdAt),
      readAt: readAt === null ? null : new Date(readAt),
      author: { name: authorName },
    })),
  }));
}
