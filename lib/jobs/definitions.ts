/**
 * Job definitions: a name, a version, a zod payload schema and queue options. Handlers are
 * imported lazily by the worker (lib/jobs/worker.ts), so enqueueing never loads onnxruntime.
 */
import { z } from "zod";

export const speechAnalysisPayload = z.object({ analysisJobId: z.string().min(1) });
export const rescorePayload = z.object({ scoringVersion: z.string().min(1) });

export const JOB_DEFINITIONS = {
  "speech-analysis": {
    name: "speech-analysis",
    version: "1",
    payload: speechAnalysisPayload,
    queue: {
      // Transient failures (a crashed worker, a busy machine) retry after a fixed 5 s; permanent
      // ones (corrupt media, silence) are recorded once and never retried. After the last retry
      // the sweep in ./reconcile.ts ends the job row FAILED.
      retryLimit: 4,
      retryDelay: 5,
      retryBackoff: false,
      expireInSeconds: 15 * 60,
      // A worker that dies mid-job stops sending heartbeats. pg-boss's monitor (every
      // QUEUE_MONITOR_SECONDS in ./queue.ts) fails the job once a heartbeat is this late, and the
      // retry starts retryDelay later: crash to retry is at most 10 + 10 + 5 = 25 s.
      heartbeatSeconds: 10,
    },
  },
  "rescore-answers": {
    name: "rescore-answers",
    version: "1",
    payload: rescorePayload,
    queue: {
      // One queued and one running at most: a second worker's start does not queue a duplicate.
      policy: "stately",
      retryLimit: 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 60 * 60,
      heartbeatSeconds: 30,
    },
  },
} as const;

export type JobName = keyof typeof JOB_DEFINITIONS;
