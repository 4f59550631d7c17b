import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { parseJsonBody, route } from "@/lib/http/route";
import { recordId } from "@/lib/schemas/form";
import { textDraftSchema } from "@/lib/schemas/text-answers";
import { saveTextDraft } from "@/lib/sessions/text-answers";

const paramsSchema = z.object({ answerId: recordId });

/**
 * Autosaves a written answer's draft. A route rather than a server action because the page sends
 * the last draft with fetch(..., { keepalive: true }) while it is being closed or hidden, which a
 * server action cannot do.
 */
export const PUT = route(async (request: Request, { params }: { params: Promise<{ answerId: string }> }) => {
  const viewer = await requireViewer("CANDIDATE");
  const { answerId } = paramsSchema.parse(await params);
  const body = await parseJsonBody(request, textDraftSchema.omit({ answerId: true }));
  return Response.json(await saveTextDraft(viewer, { answerId, text: body.text }));
});
