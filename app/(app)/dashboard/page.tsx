import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCandidateDashboard } from "@/lib/dashboards/candidate-dashboard";
import { CandidateProgress } from "@/components/dashboard/candidate-progress";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const viewer = await requirePageViewer();
  // One landing page per role: an admin's is the overview (it had a second, smaller copy of its numbers here).
  if (viewer.role === "ADMIN") redirect("/admin");
  const { welcome } = await searchParams;
  return (
    <>
      <PageHeader title={`Hello, ${viewer.name.split(" ")[0]}`} />
      {welcome && (
        <Alert tone="success" className="mb-6">
          Your account is ready. Nothing is shared with anyone until you choose to in Privacy &amp; settings.
        </Alert>
      )}
      {viewer.role === "CANDIDATE" && <CandidateProgress data={await getCandidateDashboard(viewer)} />}
      {viewer.role === "COACH" && (
        <Card>
          <p>See your candidates&apos; progress and the reports they shared with you.</p>
          <Link href="/coach" className={`${buttonClasses()} mt-4`}>My candidates</Link>
        </Card>
      )}
    </>
  );
}
