import { z } from "zod";
import { getSessionStatus } from "@/lib/sessions/session-status";
import { requireViewer } from "@/lib/auth/viewer";
import { route } from "@/lib/http/route";

const paramsSchema = z.object({ sessionId: z.string().min(1).max(40) });

/** Analysis status of each answer, polled by the report page while analysis runs. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const viewer = await requireViewer();
  const { sessionId } = paramsSchema.parse(await params);
  return Response.json(await getSessionStatus(viewer, sessionId), { headers: { "Cache-Control": "no-store" } });
});
