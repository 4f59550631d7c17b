/** Statuses during which the worker keeps writing progress (so the update time) while the details do not change. */
const IN_PROGRESS = new Set(["RECORDED", "QUEUED", "PROCESSING"]);

export interface VersionedAnswer {
  status: string;
  updatedAt: Date;
  hasVideo: boolean;
  hasAudio: boolean;
  comments: readonly { id: string }[];
}

/**
 * A fingerprint of what an answer's report details are read from, as the page knows it: loaded
 * details are read again when it changes (the page refreshed after an analysis finished, a
 * comment was added or deleted, a recording replaced or its video deleted), not on every refresh
 * while other answers are still being analysed.
 */
export function answerDetailsVersion(answer: VersionedAnswer): string {
  const updated = IN_PROGRESS.has(answer.status) ? "" : String(answer.updatedAt.getTime());
  const media = `${answer.hasVideo ? "v" : ""}${answer.hasAudio ? "a" : ""}`;
  return [answer.status, updated, media, ...answer.comments.map((comment) => comment.id)].join(":");
}
