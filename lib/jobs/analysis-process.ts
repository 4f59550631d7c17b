/**
 * Runs speech analyses where they cannot starve the web server: in one long-lived child process
 * at a lower CPU priority (nice ANALYSIS_NICE), so on a small machine the kernel serves page
 * requests first and the analysis takes what is left; its models stay loaded between jobs. ANALYSIS_PROCESS=inline runs it in this process instead
 * (tests that stand in for the pipeline, one-off scripts). Not "server-only": the worker CLI runs it.
 */
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { env } from "@/lib/env";
import { analyzeAudioFile, SpeechAnalysisError, type AnalyzeHooks, type SpeechFailureCode, type SpeechOptionsInput } from "@/lib/speech";
import type { SpeechAnalysis } from "@/lib/speech/schema";

export type ChildRequest = { id: number; file: string; options: SpeechOptionsInput };
export type ChildReply = { id: number } & (
  | { type: "stage"; stage: Parameters<NonNullable<AnalyzeHooks["onStage"]>>[0] }
  | { type: "result"; analysis: SpeechAnalysis }
  | { type: "speech-error"; code: SpeechFailureCode; message: string }
  | { type: "error"; message: string }
);

export const ANALYSIS_NICE = 10;

export function analyzeSpeech(file: string, options: SpeechOptionsInput, hooks: AnalyzeHooks = {}): Promise<SpeechAnalysis> {
  if (env.ANALYSIS_PROCESS === "inline") return analyzeAudioFile(file, options, hooks);
  return analyzeInChild(file, options, hooks);
}

interface Pending {
  hooks: AnalyzeHooks;
  resolve: (analysis: SpeechAnalysis) => void;
  reject: (error: Error) => void;
}

const globalForChild = globalThis as typeof globalThis & { rehearseAnalysisChild?: { child: ChildProcess; pending: Map<number, Pending> } };
let nextId = 1;

/** The one analysis process, started on first use and again after it dies; models stay loaded in it. */
function analysisChild() {
  const existing = globalForChild.rehearseAnalysisChild;
  if (existing && existing.child.exitCode === null && existing.child.connected) return existing;
  // react-server: the pipeline's "server-only" modules load as they do in the app server.
  const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/jobs/analysis-child.ts");
  const child = fork(entry, [], { execArgv: ["--conditions=react-server", "--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    if (child.pid) os.setPriority(child.pid, ANALYSIS_NICE);
  } catch (error) {
    console.warn("[jobs] could not lower the analysis process's priority:", error);
  }
  const state = { child, pending: new Map<number, Pending>() };
  child.on("message", (reply: ChildReply) => {
    const waiting = state.pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === "stage") return waiting.hooks.onStage?.(reply.stage);
    state.pending.delete(reply.id);
    if (reply.type === "result") waiting.resolve(reply.analysis);
    else if (reply.type === "speech-error") waiting.reject(new SpeechAnalysisError(reply.code, reply.message.replace(`${reply.code}: `, "")));
    else waiting.reject(new Error(`analysis process failed: ${reply.message}`));
  });
  const failAll = (reason: string) => {
    for (const waiting of state.pending.values()) waiting.reject(new Error(reason));
    state.pending.clear();
  };
  child.on("error", (error) => failAll(`analysis process error: ${error.message}`));
  child.on("exit", (code, signal) => failAll(`analysis process exited (${signal ?? code}) without a result`));
  // Never keep the parent alive just for an idle analysis process.
  child.unref();
  child.channel?.unref();
  globalForChild.rehearseAnalysisChild = state;
  return state;
}

export function analyzeInChild(file: string, options: SpeechOptionsInput, hooks: AnalyzeHooks = {}): Promise<SpeechAnalysis> {
  const { child, pending } = analysisChild();
  const id = nextId++;
  return new Promise<SpeechAnalysis>((resolve, reject) => {
    pending.set(id, { hooks, resolve, reject });
    child.send({ id, file, options } satisfies ChildRequest);
  });
}

/** Ends the analysis process (worker shutdown, tests). */
export function stopAnalysisChild(): void {
  globalForChild.rehearseAnalysisChild?.child.kill();
  globalForChild.rehearseAnalysisChild = undefined;
}
