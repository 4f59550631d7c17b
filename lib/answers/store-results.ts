/**
 * Stores an answer's analysis results (speech from the job, vision from the browser) and, in the
 * same transaction, its composite scores and benchmark contributions, so aggregates never
 * disagree with the answers they summarise.
 */
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { speechAnalysisSchema, type SpeechAnalysis } from "@/lib/speech/schema";
import { visionSummarySchema, type VisionUpload } from "@/lib/vision/schemas";
import { refreshDerivedResults } from "./derived-results";

export async function storeSpeechResults(answerId: string, analysis: SpeechAnalysis): Promise<void> {
  const parsed = speechAnalysisSchema.parse(analysis);
  await db().$transaction(async (tx) => {
    await tx.answer.update({
      where: { id: answerId },
      data: {
        speechAnalysis: parsed as unknown as Prisma.InputJsonValue,
        transcript: parsed.transcript,
        speechVersion: { algorithm: parsed.algorithmVersion, models: parsed.models } as Prisma.InputJsonValue,
        status: "DONE",
        progress: 1,
        failureCode: null,
        failureReason: null,
      },
    });
    await refreshDerivedResults(tx, answerId);
  });
}

export async function storeVisionResults(answerId: string, upload: VisionUpload): Promise<void> {
  const summary = visionSummarySchema.parse(upload.summary);
  await db().$transaction(async (tx) => {
    await tx.answer.update({
      where: { id: answerId },
      data: {
        visionSummary: summary as unknown as Prisma.InputJsonValue,
        visionTimeline: upload.timeline as unknown as Prisma.InputJsonValue,
        visionVersion: { engine: summary.engine, models: summary.models, algorithm: summary.algorithmVersion } as Prisma.InputJsonValue,
      },
    });
    await refreshDerivedResults(tx, answerId);
  });
}
