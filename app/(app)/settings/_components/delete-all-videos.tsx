"use client";

import { ActionButton } from "@/components/ui/action-button";
import { deleteAllVideosAction } from "../actions";

export function DeleteAllVideosButton({ count }: { count: number }) {
  return (
    <ActionButton action={deleteAllVideosAction} fields={{}} variant="danger" confirm={`Delete all ${count} stored video(s)? Audio, transcripts and results stay.`}>
      Delete all stored videos
    </ActionButton>
  );
}
