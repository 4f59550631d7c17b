"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * How the candidate gives an answer a (new) recording. Without one, the file picker is simply there. With one,
 * a single "Replace this answer…" button opens a confirmation that says what replacing means, with the two ways
 * to do it: record the question again, or pick a file. `upload` (the picker) stays mounted once shown, so an
 * upload's progress survives the answer changing status under it.
 */
export function ReplaceAnswer({
  number,
  hasRecording,
  replaceable,
  retakeHref,
  upload,
}: {
  number: number;
  /** The answer already has a recording (and perhaps its analysis). */
  hasRecording: boolean;
  /** False while a recording is uploading or being analysed. */
  replaceable: boolean;
  /** The runner's address for recording this one question again; null where the session has no recorder. */
  retakeHref: string | null;
  upload: ReactNode;
}) {
  // Initial value only: an answer that gains a recording while this is open keeps it open.
  const [open, setOpen] = useState(!hasRecording);
  if (!open) {
    if (!replaceable) return null;
    return (
      <div>
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
          Replace this answer…
        </Button>
      </div>
    );
  }
  // One structure whether or not there is a recording yet: the picker keeps its place (and its state) in the tree.
  return (
    <div className={hasRecording ? "space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" : undefined} data-testid={hasRecording ? "replace-answer" : undefined}>
      {hasRecording && (
        <p>
          Replace your answer to question {number}? The current recording and its analysis stay in this report until the new one has
          been analysed; then they are replaced for good.
        </p>
      )}
      {hasRecording && (
        <div className="flex flex-wrap items-center gap-3">
          {retakeHref && replaceable && (
            <Link href={retakeHref} className={buttonClasses("primary", "sm")}>
              Record question {number} again
            </Link>
          )}
          <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
            Keep the current answer
          </Button>
        </div>
      )}
      {upload}
    </div>
  );
}
