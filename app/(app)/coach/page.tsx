import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCoachDashboard } from "@/lib/dashboards/coach-dashboard";
import { CandidateTable } from "./_components/candidate-table";

export const metadata: Metadata = { title: "My candidates" };

export default async function CoachPage() {
  const viewer = await requirePageViewer("COACH");
  const { candidates, pendingShares } = await getCoachDashboard(viewer);
  return (
    <>
      <PageHeader
        title="My candidates"
        description="Candidates assigned to you who chose to share their reports. Others are not shown, by design."
      />
      {pendingShares > 0 && (
        <p className="mb-4 text-sm text-muted">
          {pendingShares} assigned candidate{pendingShares === 1 ? " has" : "s have"} not shared their reports with coaches.
        </p>
      )}
      {candidates.length === 0 ? (
        <Card><p className="text-muted">No candidates are sharing with you yet.</p></Card>
      ) : (
        <CandidateTable candidates={candidates} />
      )}
    </>
  );
}
