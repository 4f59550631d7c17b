"use client";

import { addCommentAction } from "@/app/(app)/sessions/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { clock } from "./format";

/** A coach pins a comment to a moment of the answer (m:ss), defaulting to the timeline's playhead. */
export function CommentForm({ answerId, currentSec = 0 }: { answerId: string; currentSec?: number }) {
  return (
    <ActionForm action={addCommentAction} className="space-y-2" resetOnSuccess>
      {({ pending, fieldErrors }) => (
        <>
          <input type="hidden" name="answerId" value={answerId} />
          <div className="grid gap-2 sm:grid-cols-[120px_1fr]">
            <TextField
              label="At (m:ss)"
              name="offsetSec"
              id={`offset-${answerId}`}
              key={Math.floor(currentSec)}
              defaultValue={clock(currentSec)}
              error={fieldErrors.offsetSec}
            />
            <TextAreaField label="Comment for the candidate" name="body" id={`body-${answerId}`} rows={2} error={fieldErrors.body} />
          </div>
          <Button type="submit" size="sm" disabled={pending}>{pending ? "Adding..." : "Add comment"}</Button>
        </>
      )}
    </ActionForm>
  );
}
