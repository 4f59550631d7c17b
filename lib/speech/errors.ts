// Typed failures of the speech pipeline. No "server-only": imported by CLI scripts and tests.

/**
 * Permanent failures: retrying the same file cannot succeed, so a job handler should mark the
 * job failed and show `userMessage`. Anything else thrown by the pipeline (ffmpeg missing, out of
 * memory, onnxruntime load error) is transient or an operator problem and may be retried.
 */
export const SPEECH_FAILURE_CODES = ["EMPTY_MEDIA", "CORRUPT_MEDIA", "UNSUPPORTED_MEDIA", "NO_SPEECH"] as const;
export type SpeechFailureCode = (typeof SPEECH_FAILURE_CODES)[number];

const USER_MESSAGES: Record<SpeechFailureCode, string> = {
  EMPTY_MEDIA: "The recording is empty.",
  CORRUPT_MEDIA: "The recording is damaged or incomplete and could not be decoded.",
  UNSUPPORTED_MEDIA: "This file is not a supported audio or video recording.",
  NO_SPEECH: "No speech was detected in the recording.",
};

export class SpeechAnalysisError extends Error {
  readonly code: SpeechFailureCode;
  readonly permanent = true as const;
  readonly userMessage: string;

  constructor(code: SpeechFailureCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
    this.name = "SpeechAnalysisError";
    this.code = code;
    this.userMessage = USER_MESSAGES[code];
  }
}

export function isSpeechAnalysisError(e: unknown): e is SpeechAnalysisError {
  return e instanceof SpeechAnalysisError;
}
