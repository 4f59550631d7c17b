import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

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
      {viewer.role === "CANDIDATE" && <CandidateDashboard candidateId={viewer.id} />}
      {viewer.role === "COACH" && (
        <Card>
          <p>See your candidates&apos; progress and the reports they shared with you.</p>
          <Link href="/coach" className={`${buttonClasses()} mt-4`}>My candidates</Link>
        </Card>
      )}
      {viewer.role === "ADMIN" && <AdminOverview />}
    </>
  );
}

async function CandidateDashboard({ candidateId }: { candidateId: string }) {
  const sessionCount = await db().interviewSession.count({ where: { candidateId } });
  return (
    <Card>
      <h2 className="font-semibold">{sessionCount === 0 ? "Start your first practice session" : `${sessionCount} practice sessions so far`}</h2>
      <p className="mt-1 text-sm text-muted">Pick a question bank, answer on camera, and get private feedback.</p>
      <Link href="/practice" className={`${buttonClasses()} mt-4`}>Practise now</Link>
    </Card>
  );
}

async function AdminOverview() {
  const [users, banks, questions, sessions] = await Promise.all([
    db().user.groupBy({ by: ["role"], _count: { _all: true } }),
    db().questionBank.count({ where: { archivedAt: null } }),
    db().question.count({ where: { archivedAt: null } }),
    db().interviewSession.count(),
  ]);
  const byRole = Object.fromEntries(users.map((group) => [group.role, group._count._all]));
  const tiles = [
    { label: "Candidates", value: byRole.CANDIDATE ?? 0 },
    { label: "Coaches", value: byRole.COACH ?? 0 },
    { label: "Question banks", value: banks },
    { label: "Questions", value: questions },
    { label: "Practice sessions", value: sessions },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
      {tiles.map((tile) => (
        <Card key={tile.label}>
          <dt className="text-sm text-muted">{tile.label}</dt>
          <dd className="mt-1 text-2xl font-semibold">{tile.value}</dd>
        </Card>
      ))}
    </dl>
  );
}
