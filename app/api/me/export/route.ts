import { requireViewer } from "@/lib/auth/viewer";
import { route } from "@/lib/http/route";
import { exportUserData } from "@/lib/privacy/export-data";

/** Everything about the signed-in user, as a JSON download. */
export const GET = route(async () => {
  const viewer = await requireViewer();
  const data = await exportUserData(viewer);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rehearse-export-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
