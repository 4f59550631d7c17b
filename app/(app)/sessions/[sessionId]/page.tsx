import type { Metadata } from "next";
import Link from "next/link";
import { AnswerCard } from "@/components/report/answer-card";
import { ReportDetailsProvider } from "@/components/report/answer-details-loader";
import { SessionSummary } from "@/components/report/session-summary";
import { RefreshWhilePending } from "@/components/report/refresh-while-pending";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getSessionReport } from "@/lib/sessions/session-report";
import { DeleteSessionButton } from "@/components/report/delete-session-button";
import { MarkCommentsRead } from "@/components/report/mark-comments-read";
import { orNotFound } from "@/lib/http/page";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Session report" };

/** Sessions answered with the in-browser recorder, where one question can be recorded again. */
const RECORDED_MODES = new Set<string>(["LIVE", "AUDIO_ONLY"]);


export default async function SessionReportPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const viewer = await requirePageViewer();
  const report = await orNotFound(getSessionReport(viewer, (await params).sessionId));
  const unreadComments = report.isOwner ? report.answers.flatMap((answer) => answer.comments).filter((c) => c.readAt === null).length : 0;
  const pending = report.answers.some((answer) => ["RECORDED", "QUEUED", "PROCESSING"].includes(answer.status));
  const unanswered = report.answers.some((answer) => answer.status === "PENDING");
  return (
    <>
      <RefreshWhilePending sessionId={report.id} pending={pending} />
      <MarkCommentsRead sessionId={report.id} unread={unreadComments} />
      <PageHeader
        title={report.bank.title}
        description={`${report.isOwner ? "" : `${report.candidate.name} · `}${formatDateTime(report.startedAt)} · ${report.capture}`}
        actions={
          report.isOwner && unanswered ? (
            <Link href={`/sessions/${report.id}/run`} className={buttonClasses()}>Continue this session</Link>
          ) : undefined
        }
      />
      {pending && <Alert className="mb-4">Some answers are still being analysed; this page updates by itself.</Alert>}
      {report.mode === "LIVE" && !report.calibrated && (
        <Alert tone="warning" className="mb-4">Gaze calibration was skipped: eye-contact figures use standard settings and are less precise.</Alert>
      )}
      <SessionSummary report={report} />
      <ReportDetailsProvider sessionId={report.id}>
        <div className="space-y-6">
          {report.answers.map((answer, index) => (
            <AnswerCard
              key={answer.id}
              answer={answer}
              number={index + 1}
              calibrated={report.calibrated}
              isOwner={report.isOwner}
              canComment={viewer.role === "COACH"}
              retakeHref={report.isOwner && RECORDED_MODES.has(report.mode) ? `/sessions/${report.id}/run?retake=${answer.id}` : null}
            />
          ))}
        </div>
      </ReportDetailsProvider>
      {(report.isOwner || viewer.role === "ADMIN") && (
        <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
          <Link href={`/sessions/${report.id}/print`} className="text-sm text-brand-700 underline">Printable report</Link>
          <DeleteSessionButton sessionId={report.id} />
        </div>
      )}
    </>
  );
}
