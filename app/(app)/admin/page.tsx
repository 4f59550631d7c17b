import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getAdminOverview } from "@/lib/dashboards/admin-overview";
import { AnalysisHealth } from "./_components/analysis-health";
import { SessionsPerDay } from "./_components/sessions-per-day";

export const metadata: Metadata = { title: "Admin overview" };

export default async function AdminOverviewPage() {
  const viewer = await requirePageViewer("ADMIN");
  const overview = await getAdminOverview(viewer);
  const tiles = [
    { label: "Candidates", value: overview.usersByRole.CANDIDATE },
    { label: "Coaches", value: overview.usersByRole.COACH },
    { label: "Admins", value: overview.usersByRole.ADMIN },
    { label: "Practice sessions", value: overview.sessions },
    { label: "Question banks", value: overview.banks, href: "/admin/banks" },
    { label: "Questions", value: overview.questions },
  ];
  return (
    <>
      <PageHeader
        title="Overview"
        description="Activity, analysis health and accounts across the whole platform."
        actions={
          <>
            <Link className="text-sm text-brand-700 underline" href="/admin/users">Users</Link>
            <Link className="text-sm text-brand-700 underline" href="/admin/banks">Question banks</Link>
          </>
        }
      />
      <section aria-labelledby="users-heading" className="mb-6">
        <h2 id="users-heading" className="sr-only">Users by role</h2>
        <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {tiles.map((tile) => (
            <Card key={tile.label}>
              <dt className="text-sm text-muted">{tile.label}</dt>
              <dd className="mt-1 text-2xl font-semibold">{tile.value}</dd>
            </Card>
          ))}
        </dl>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <SessionsPerDay data={overview.sessionsPerDay} />
        <AnalysisHealth failures={overview.failures} queue={overview.queue} />
      </div>
    </>
  );
}
