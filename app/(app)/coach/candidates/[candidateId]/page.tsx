import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateProgress } from "@/components/dashboard/candidate-progress";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCandidateDashboard } from "@/lib/dashboards/candidate-dashboard";
import { recordId } from "@/lib/schemas/form";
import { orNotFound } from "@/lib/http/page";

export const metadata: Metadata = { title: "Candidate progress" };

/** One candidate's progress for their coach (or an admin); anyone else gets the same 404 as a missing id. */
export default async function CoachCandidatePage({ params }: { params: Promise<{ candidateId: string }> }) {
  const viewer = await requirePageViewer("COACH");
  const candidateId = recordId.safeParse((await params).candidateId);
  if (!candidateId.success) notFound();
  const data = await orNotFound(getCandidateDashboard(viewer, candidateId.data));
  return (
    <>
      <Link href="/coach" className="text-sm text-brand-700 underline">← My candidates</Link>
      <PageHeader title={`${data.candidate.name}: progress`} description="What they chose to share: trends, questions and reports. Comments go on each report's timeline." />
      <CandidateProgress data={data} reader="coach" />
    </>
  );
}
