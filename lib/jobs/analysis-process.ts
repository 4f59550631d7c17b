/**
 * Runs one speech analysis where it cannot starve the web server: in a child process at a lower
 * CPU priority (nice ANALYSIS_NICE), so on a small machine the kernel serves page requests first
 * and the analysis takes what is left. ANALYSIS_PROCESS=inline runs it in this process instead
 * (tests that stand in for the pipeline, one-off scripts). Not "server-only": the worker CLI runs it.
 */
import { fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { env } from "@/lib/env";
import { analyzeAudioFile, SpeechAnalysisError, type AnalyzeHooks, type SpeechFailureCode, type SpeechOptionsInput } from "@/lib/speech";
import type { SpeechAnalysis } from "@/lib/speech/schema";

export type ChildReply =
  | { type: "stage"; stage: Parameters<NonNullable<AnalyzeHooks["onStage"]>>[0] }
  | { type: "result"; analysis: SpeechAnalysis }
  | { type: "speech-error"; code: SpeechFailureCode; message: string }
  | { type: "error"; message: string };

export const ANALYSIS_NICE = 10;

export function analyzeSpeech(file: string, options: SpeechOptionsInput, hooks: AnalyzeHooks = {}): Promise<SpeechAnalysis> {
  if (env.ANALYSIS_PROCESS === "inline") return analyzeAudioFile(file, options, hooks);
  return analyzeInChild(file, options, hooks);
}

export function analyzeInChild(file: string, options: SpeechOptionsInput, hooks: AnalyzeHooks = {}): Promise<SpeechAnalysis> {
  // react-server: the pipeline's "server-only" modules load as they do in the app server.
  const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/jobs/analysis-child.ts");
  const child = fork(entry, [], { execArgv: ["--conditions=react-server", "--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    if (child.pid) os.setPriority(child.pid, ANALYSIS_NICE);
  } catch (error) {
    console.warn("[jobs] could not lower the analysis process's priority:", error);
  }
  return new Promise<SpeechAnalysis>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    child.on("message", (reply: ChildReply) => {
      if (reply.type === "stage") hooks.onStage?.(reply.stage);
      else if (reply.type === "result") finish(() => resolve(reply.analysis));
      else if (reply.type === "speech-error") finish(() => reject(new SpeechAnalysisError(reply.code, reply.message.replace(`${reply.code}: `, ""))));
      else finish(() => reject(new Error(`analysis process failed: ${reply.message}`)));
    });
    child.on("error", (error) => finish(() => reject(error)));
    child.on("exit", (code, signal) => finish(() => reject(new Error(`analysis process exited (${signal ?? code}) without a result`))));
    child.send({ file, options });
  });
}
