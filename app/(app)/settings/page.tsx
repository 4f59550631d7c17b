import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getConsent } from "@/lib/users/consent";
import { ConsentForm } from "./_components/consent-form";

export const metadata: Metadata = { title: "Privacy & settings" };

export default async function SettingsPage() {
  const viewer = await requirePageViewer("CANDIDATE");
  const consent = await getConsent(viewer);
  const coaches = consent.coachedBy.map((assignment) => assignment.coach);
  return (
    <>
      <PageHeader title="Privacy & settings" description="Everything here is off until you turn it on, and you can change your mind at any time." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ConsentForm values={consent} />
        </Card>
        <Card>
          <h2 className="font-semibold">Your coaches</h2>
          {coaches.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No coach is assigned to you.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {coaches.map((coach) => (
                <li key={coach.email}>{coach.name} <span className="text-muted">({coach.email})</span></li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
