"use client";

import { deleteCommentAction } from "@/app/(app)/sessions/actions";
import { ActionButton } from "@/components/ui/action-button";

/** A coach takes back their own comment; the candidate no longer sees it. */
export function DeleteCommentButton({ commentId, at }: { commentId: string; at: string }) {
  return (
    <ActionButton action={deleteCommentAction} fields={{ commentId }} confirm="Delete this comment? The candidate will no longer see it." label={`Delete your comment at ${at}`}>
      Delete
    </ActionButton>
  );
}
