import { requireViewer } from "@/lib/auth/viewer";
import { route } from "@/lib/http/route";
import { exportZip } from "@/lib/privacy/export-zip";
import { isoDay } from "@/lib/dates";

/** Everything about the signed-in user: a zip with manifest.json and every stored recording. */
export const GET = route(async () => {
  const viewer = await requireViewer();
  const body = await exportZip(viewer);
  const date = isoDay(new Date());
  return new Response(body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="rehearse-export-${date}.zip"`,
      "Cache-Control": "no-store",
    },
  });
});
