"use client";

import { deleteVideoAction } from "@/app/(app)/settings/actions";
import { ActionButton } from "@/components/ui/action-button";

/** The candidate deletes this answer's stored video; the audio, transcript and results stay. */
export function DeleteVideoButton({ answerId }: { answerId: string }) {
  return (
    <ActionButton action={deleteVideoAction} fields={{ answerId }} confirm="Delete this answer's stored video? The audio, transcript and results stay.">
      Delete this video
    </ActionButton>
  );
}
