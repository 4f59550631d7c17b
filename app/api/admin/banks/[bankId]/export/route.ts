import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { getBankForAdmin } from "@/lib/banks/queries";
import { bankToJson, questionsToCsv } from "@/lib/banks/question-import";
import { route } from "@/lib/http/route";

const querySchema = z.object({ format: z.enum(["csv", "json"]).default("json") });

/** Downloads a bank's live questions as CSV or JSON (the JSON re-imports as is). */
export const GET = route(async (request: Request, { params }: { params: Promise<{ bankId: string }> }) => {
  const viewer = await requireViewer("ADMIN");
  const { format } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bank = await getBankForAdmin(viewer, (await params).bankId);
  const questions = bank.questions.filter((question) => !question.archivedAt);
  const body = format === "csv" ? questionsToCsv(questions) : bankToJson({ ...bank, questions });
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bank.slug}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
});
