import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getAdminTiles } from "@/lib/dashboards/admin-overview";
import { getCandidateDashboard } from "@/lib/dashboards/candidate-dashboard";
import { CandidateProgress } from "@/components/dashboard/candidate-progress";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const viewer = await requirePageViewer();
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
      {viewer.role === "ADMIN" && <AdminTiles tiles={await getAdminTiles(viewer)} />}
    </>
  );
}

function AdminTiles({ tiles }: { tiles: Awaited<ReturnType<typeof getAdminTiles>> }) {
  const items = [
    { label: "Candidates", value: tiles.usersByRole.CANDIDATE },
    { label: "Coaches", value: tiles.usersByRole.COACH },
    { label: "Question banks", value: tiles.banks },
    { label: "Questions", value: tiles.questions },
    { label: "Practice sessions", value: tiles.sessions },
  ];
  return (
    <>
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((tile) => (
          <Card key={tile.label}>
            <dt className="text-sm text-muted">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-semibold">{tile.value}</dd>
          </Card>
        ))}
      </dl>
      <Link href="/admin" className={`${buttonClasses("secondary")} mt-4`}>Activity and analysis health</Link>
    </>
  );
}
