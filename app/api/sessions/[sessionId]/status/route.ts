import { z } from "zod";
import { recordId } from "@/lib/schemas/form";
import { getSessionStatus } from "@/lib/sessions/session-status";
import { requireViewer } from "@/lib/auth/viewer";
import { route } from "@/lib/http/route";

const paramsSchema = z.object({ sessionId: recordId });

/** Analysis status of each answer, polled by the report page while analysis runs. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const viewer = await requireViewer();
  const { sessionId } = paramsSchema.parse(await params);
  return Response.json(await getSessionStatus(viewer, sessionId), { headers: { "Cache-Control": "no-store" } });
});
