import { DeleteCommentButton } from "./delete-comment-button";
import { clock } from "./format";

interface Comment {
  id: string;
  offsetSec: number;
  body: string;
  createdAt: Date;
  readAt: Date | null;
  author: { name: string };
  /** Written by the viewer, who may delete it. */
  mine: boolean;
}

/** Coach comments pinned to moments of the answer; unread ones are marked for the candidate. */
export function CoachComments({ comments, highlightUnread }: { comments: Comment[]; highlightUnread: boolean }) {
  if (comments.length === 0) return null;
  return (
    <section aria-label="Coach comments" className="space-y-2">
      <h4 className="text-sm font-semibold">Coach comments</h4>
      <ul className="space-y-2">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm" data-testid="coach-comment">
            <span className="mr-2 font-mono text-xs text-amber-900">{clock(comment.offsetSec)}</span>
            <span className="font-medium">{comment.author.name}</span>
            {highlightUnread && comment.readAt === null && <span className="ml-2 rounded bg-red-600 px-1 text-xs text-white">new</span>}
            <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
            {comment.mine && <DeleteCommentButton commentId={comment.id} at={clock(comment.offsetSec)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
