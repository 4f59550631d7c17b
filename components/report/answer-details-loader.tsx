"use client";

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { batchedReads } from "@/lib/http/batched-reads";
import type { AnswerDetailsData } from "@/lib/sessions/answer-details";
import { AnswerDetailsView } from "./answer-details";

/** How far below (and above) the screen an answer's details are requested: a screen ahead, so they are there when scrolled to. */
const AHEAD = "100% 0px";

const FAILED = "This answer's scores, replay and charts could not be loaded.";

type ReadDetails = (answerId: string) => Promise<AnswerDetailsData>;

const DetailsContext = createContext<ReadDetails | null>(null);

/** Reads some answers' details; the error says what the server said, or that the request did not get through. */
async function readDetails(sessionId: string, answerIds: string[]): Promise<Map<string, AnswerDetailsData>> {
  let response: Response;
  try {
    response = await fetch(`/api/sessions/${sessionId}/details?answers=${answerIds.join(",")}`, { cache: "no-store" });
  } catch {
    throw new Error(FAILED);
  }
  const body = (await response.json().catch(() => null)) as { answers?: AnswerDetailsData[]; error?: { message: string } } | null;
  if (!response.ok || !body?.answers) throw new Error(body?.error?.message ?? FAILED);
  return new Map(body.answers.map((answer) => [answer.id, answer]));
}

/**
 * Reads answers' details for the AnswerDetailsSlots inside it: the slots that come near the
 * viewport in the same moment (all those of the first screen, say) share one request to
 * /api/sessions/[sessionId]/details.
 */
export function ReportDetailsProvider({ sessionId, children }: { sessionId: string; children: ReactNode }) {
  const read = useMemo(
    () => batchedReads((ids) => readDetails(sessionId, ids), () => new Error("This answer is no longer part of the session.")),
    [sessionId],
  );
  return <DetailsContext.Provider value={read}>{children}</DetailsContext.Provider>;
}

interface Outcome {
  version: string;
  attempt: number;
  error: string | null;
}

/**
 * Where an answer's details (eye region, scores, content feedback, cohort comparison, replay and
 * charts) appear: read once the answer comes within a screen of the viewport and drawn here,
 * instead of every answer's details inside every render of the report page on the server. Read
 * again when `version` (answerDetailsVersion) changes after a page refresh; what was shown stays
 * until the new details arrive.
 */
export function AnswerDetailsSlot({
  answerId,
  version,
  canComment,
  unreadCommentIds,
}: {
  answerId: string;
  version: string;
  canComment: boolean;
  /** Comments the page shows as new: marked so in the replay too, though opening the page has marked them read. */
  unreadCommentIds: readonly string[];
}) {
  const read = useContext(DetailsContext);
  if (!read) throw new Error("AnswerDetailsSlot needs a ReportDetailsProvider around it.");
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [details, setDetails] = useState<AnswerDetailsData | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Kept as a string, so a refresh that sends the same ids in a new array changes nothing.
  const unreadKey = unreadCommentIds.join(" ");
  const unread = useMemo(() => new Set(unreadKey.split(" ")), [unreadKey]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!near) return;
    let current = true;
    read(answerId).then(
      (read) => {
        if (!current) return;
        setDetails(read);
        setOutcome({ version, attempt, error: null });
      },
      (error: Error) => {
        if (current) setOutcome({ version, attempt, error: error.message });
      },
    );
    return () => {
      current = false;
    };
  }, [near, read, answerId, version, attempt]);

  const settled = outcome?.version === version && outcome.attempt === attempt;
  const error = settled ? outcome.error : null;
  return (
    <div ref={box} aria-busy={!settled} data-testid="answer-details-region">
      {details && <AnswerDetailsView details={details} canComment={canComment} unreadCommentIds={unread} />}
      {!details && !error && <p className="min-h-16 text-sm text-muted">Loading this answer&apos;s scores, replay and charts…</p>}
      {error && (
        <div className="flex flex-wrap items-center gap-3 rounded bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
          <p>{error}</p>
          <Button variant="secondary" size="sm" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </div>
      )}
    </div>
  );
}
