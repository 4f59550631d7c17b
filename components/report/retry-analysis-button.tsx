"use client";

import { retryAnalysisAction } from "@/app/(app)/sessions/actions";
import { ActionButton } from "@/components/ui/action-button";

/** After an analysis failed for good (e.g. the worker kept stopping), run it again on the same recording. */
export function RetryAnalysisButton({ answerId }: { answerId: string }) {
  return (
    <ActionButton action={retryAnalysisAction} fields={{ answerId }}>
      Try the analysis again
    </ActionButton>
  );
}
