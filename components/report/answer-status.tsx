import { Badge } from "@/components/ui/badge";

const LABELS: Record<string, { text: string; tone: "neutral" | "brand" | "success" | "warning" | "danger" }> = {
  PENDING: { text: "not answered", tone: "neutral" },
  RECORDED: { text: "uploading", tone: "brand" },
  QUEUED: { text: "queued for analysis", tone: "brand" },
  PROCESSING: { text: "analysing", tone: "brand" },
  DONE: { text: "analysed", tone: "success" },
  FAILED: { text: "analysis failed", tone: "danger" },
  SKIPPED: { text: "skipped", tone: "neutral" },
};

export function AnswerStatus({ status, progress }: { status: string; progress: number | null }) {
  const label = LABELS[status] ?? { text: status.toLowerCase(), tone: "neutral" as const };
  return (
    <span className="inline-flex items-center gap-2" data-testid="answer-status" data-status={status}>
      <Badge tone={label.tone}>{label.text}</Badge>
      {status === "PROCESSING" && progress !== null && <span className="text-xs text-muted">{Math.round(progress * 100)}%</span>}
    </span>
  );
}
