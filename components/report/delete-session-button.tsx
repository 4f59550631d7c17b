"use client";

import { deleteSessionAction } from "@/app/(app)/sessions/actions";
import { ActionButton } from "@/components/ui/action-button";

export function DeleteSessionButton({ sessionId }: { sessionId: string }) {
  return (
    <ActionButton
      action={deleteSessionAction}
      fields={{ sessionId }}
      variant="danger"
      confirm="Delete this session? Its recordings, transcripts, measurements, comments and benchmark contribution are removed for good."
    >
      Delete this session
    </ActionButton>
  );
}
