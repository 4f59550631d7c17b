// Where the interview runner starts: pure, so a reload's behaviour is unit-tested without a browser.

interface RunnerAnswerLike {
  id: string;
  status: string;
}

/**
 * The candidate agreed to this session's analysis if their latest consent was given after it started:
 * consent is asked once per session, and a reload mid-session goes straight back to the device check
 * (the browser needs the camera again) instead of the consent step.
 */
export function consentCoversSession(consentAt: Date | null, sessionStartedAt: Date): boolean {
  return consentAt !== null && consentAt.getTime() >= sessionStartedAt.getTime();
}

/** Answers a recording may be taken again for: an answer whose upload or analysis is in flight is left alone. */
export const RETAKEABLE_STATUSES = ["RECORDED", "FAILED", "DONE", "SKIPPED"] as const;

/**
 * The questions to ask, in order: the one being re-taken when `retakeAnswerId` names a re-takeable answer of
 * this session; otherwise the ones not answered yet, so a reload resumes at the first unanswered question.
 */
export function questionsToAsk<A extends RunnerAnswerLike>(answers: readonly A[], retakeAnswerId: string | null): { answers: A[]; retake: boolean } {
  const retake = retakeAnswerId ? answers.find((a) => a.id === retakeAnswerId) : undefined;
  if (retake && (RETAKEABLE_STATUSES as readonly string[]).includes(retake.status)) return { answers: [retake], retake: true };
  return { answers: answers.filter((a) => a.status === "PENDING"), retake: false };
}
