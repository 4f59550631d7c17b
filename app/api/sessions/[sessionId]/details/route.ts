import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { route } from "@/lib/http/route";
import { recordId } from "@/lib/schemas/form";
import { getAnswerDetails } from "@/lib/sessions/answer-details";

const paramsSchema = z.object({ sessionId: recordId });
/** `?answers=id,id`: the answers the report has just scrolled to (a session has a few dozen at most). */
const answersSchema = z.string().transform((ids) => ids.split(",")).pipe(z.array(recordId).min(1).max(100));

/**
 * The details of some answers of a report (scores, content feedback, cohort comparison, replay
 * and chart data), read when the report page scrolls to them; the page itself renders each
 * answer's summary only. The same access rule as the page: another person's session is a 404.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const viewer = await requireViewer();
  const { sessionId } = paramsSchema.parse(await params);
  const answerIds = answersSchema.parse(new URL(request.url).searchParams.get("answers") ?? "");
  // Private data: never stored by a cache between here and the browser.
  return Response.json({ answers: await getAnswerDetails(viewer, sessionId, answerIds) }, { headers: { "Cache-Control": "private, no-store" } });
});
