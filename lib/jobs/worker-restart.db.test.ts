import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db";
import { speechWav } from "@/lib/testing/audio";
import { stopQueue } from "./queue";
import { attachAudio, pendingAnswer } from "./testing/fixtures";

/** Starts a worker process and resolves when a line of its output matches. */
function startWorker(): { child: ChildProcess; waitFor: (pattern: RegExp, timeoutMs: number) => Promise<string> } {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "lib/jobs/testing/worker-process.ts"], {
    env: { ...process.env, RUN_WORKER_IN_APP: "true" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(match[0]);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`worker did not print ${pattern} within ${timeoutMs} ms; output:\n${output}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, waitFor };
}

function kill(child: ChildProcess, signal: NodeJS.Signals) {
  // The worker runs under npx: signal the whole process group.
  if (child.pid) process.kill(-child.pid, signal);
  return new Promise((resolve) => child.once("exit", resolve));
}

describe("a worker killed mid-analysis", () => {
  it("leaves the job to be retried by the next worker, which completes it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-restart-"));
    const answer = await pendingAnswer();
    await attachAudio(answer, speechWav(dir, "We shipped the new onboarding flow on time and support tickets fell by half within a month."));
    const [job] = await db().analysisJob.findMany({ where: { answerId: answer.id }, select: { id: true } });
    // PGlite allows one process at a time: hand the database to the worker processes.
    await stopQueue();
    await closeDb();

    const first = startWorker();
    await first.waitFor(new RegExp(`${job!.id} attempt 1: (vad|stt)`), 90_000);
    await kill(first.child, "SIGKILL");
    const killedAt = performance.now();

    const second = startWorker();
    await second.waitFor(new RegExp(`${job!.id} attempt 2: decode`), 150_000);
    // Crash to retry: at most 25 s by configuration (./definitions.ts), plus up to one 2-s poll and, here, the
    // new worker's start-up (several seconds on a loaded machine); without the heartbeat it would be the
    // 15-minute expiry. Measured 31.1 s with the test suite running beside it (load 5 on 2 cores).
    const crashToRetrySec = (performance.now() - killedAt) / 1000;
    console.log(`[worker-restart] crash to retry: ${crashToRetrySec.toFixed(1)} s`);
    expect(crashToRetrySec).toBeLessThan(45);
    await second.waitFor(new RegExp(`${job!.id} succeeded`), 150_000);
    await kill(second.child, "SIGTERM");

    const stored = await db().answer.findUniqueOrThrow({ where: { id: answer.id }, select: { status: true, transcript: true } });
    expect(stored.status).toBe("DONE");
    expect(stored.transcript?.toLowerCase()).toContain("onboarding");
    const jobRow = await db().analysisJob.findUniqueOrThrow({ where: { id: job!.id }, select: { status: true, attempts: true } });
    expect(jobRow.status).toBe("SUCCEEDED");
    expect(jobRow.attempts).toBe(2);
  }, 300_000);
});
