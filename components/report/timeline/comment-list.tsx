import { clock } from "@/components/report/format";

/** The comment fields the timeline needs; AnswerReport["comments"][number] fits it. */
export interface TimelineComment {
  id: string;
  offsetSec: number;
  body: string;
  author: { name: string | null };
  readAt?: Date | string | null;
}

/** Comments in time order; each time is a button that seeks, so the list doubles as the markers' text alternative. */
export function CommentList({
  comments,
  onSeek,
  activeId,
  markUnread = false,
}: {
  comments: TimelineComment[];
  onSeek: (sec: number) => void;
  activeId?: string | null;
  markUnread?: boolean;
}) {
  if (comments.length === 0) return null;
  const sorted = [...comments].sort((a, b) => a.offsetSec - b.offsetSec);
  return (
    <ol className="space-y-1 text-sm" aria-label="Coach comments" data-testid="timeline-comments">
      {sorted.map((c) => (
        <li key={c.id} className={c.id === activeId ? "rounded bg-brand-50 px-2 py-1" : "px-2 py-1"}>
          <button type="button" onClick={() => onSeek(c.offsetSec)} className="mr-2 font-mono text-xs text-brand-700 underline">
            {clock(c.offsetSec)}
          </button>
          <span className="font-medium">{c.author.name ?? "Coach"}:</span> {c.body}
          {markUnread && c.readAt === null && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">unread</span>}
        </li>
      ))}
    </ol>
  );
}
