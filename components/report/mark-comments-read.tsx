"use client";

import { useEffect } from "react";
import { markCommentsReadAction } from "@/app/(app)/sessions/actions";

/**
 * Marks the session's coach comments read once the candidate has the report on screen. A client effect
 * rather than a write while rendering: a GET (or a prefetch) never changes data. The page keeps showing
 * them as new for this visit; the nav badge clears on the next page.
 */
export function MarkCommentsRead({ sessionId, unread }: { sessionId: string; unread: number }) {
  useEffect(() => {
    if (unread > 0) void markCommentsReadAction({ sessionId });
  }, [sessionId, unread]);
  return null;
}
