/**
 * Job definitions: a name, a version, a zod payload schema and queue options. Handlers are
 * imported lazily by the worker (lib/jobs/worker.ts), so enqueueing never loads onnxruntime.
 */
import { z } from "zod";

export const speechAnalysisPayload = z.object({ analysisJobId: z.string().min(1) });

export const JOB_DEFINITIONS = {
  "speech-analysis": {
    name: "speech-analysis",
    version: "1",
    payload: speechAnalysisPayload,
    queue: {
      // Transient failures (a crashed worker, a busy machine) retry with exponential backoff;
      // permanent ones (corrupt media, silence) are recorded once and never retried.
      retryLimit: 4,
      retryDelay: 5,
      retryBackoff: true,
      retryDelayMax: 120,
      expireInSeconds: 15 * 60,
      // A worker that dies mid-job stops sending heartbeats; the job is retried ~20-30 s later.
      heartbeatSeconds: 20,
    },
  },
} as const;

export type JobName = keyof typeof JOB_DEFINITIONS;
