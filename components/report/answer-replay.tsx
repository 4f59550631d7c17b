"use client";

import type { AnswerDetailsData } from "@/lib/sessions/answer-details";
import { CommentForm } from "./comment-form";
import { DeleteVideoButton } from "./delete-video-button";
import { AnswerTimeline } from "./timeline/answer-timeline";

/** What the replay shows of an answer (the server hands over only these: see AnswerDetailsView). */
export type ReplayAnswer = Pick<AnswerDetailsData, "id" | "speech" | "timeline" | "comments" | "durationSec" | "hasVideo" | "hasAudio">;

/**
 * The synchronized replay of one answer; for a coach, the comment form under it takes the
 * playhead's time, so a comment lands on the moment being watched.
 */
export function AnswerReplay({ answer, canComment, isOwner }: { answer: ReplayAnswer; canComment: boolean; isOwner: boolean }) {
  return (
    <>
    {isOwner && answer.hasVideo && <DeleteVideoButton answerId={answer.id} />}
    <AnswerTimeline
      speech={answer.speech}
      timeline={answer.timeline}
      comments={answer.comments}
      durationSec={answer.durationSec ?? undefined}
      markUnreadComments={isOwner}
      videoUrl={answer.hasVideo ? `/api/answers/${answer.id}/media/video` : null}
      audioUrl={answer.hasAudio ? `/api/answers/${answer.id}/media/audio` : null}
    >
      {({ time }) => (canComment ? <CommentForm answerId={answer.id} currentSec={time} /> : null)}
    </AnswerTimeline>
    </>
  );
}
