import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { countStoredVideos } from "@/lib/privacy/delete-videos";
import { getConsent } from "@/lib/users/consent";
import { ConsentForm } from "./_components/consent-form";
import { DeleteAccountForm } from "./_components/danger-zone";
import { DeleteAllVideosButton } from "./_components/delete-all-videos";

export const metadata: Metadata = { title: "Privacy & settings" };

export default async function SettingsPage() {
  const viewer = await requirePageViewer();
  const consent = viewer.role === "CANDIDATE" ? await getConsent(viewer) : null;
  const coaches = consent?.coachedBy.map((assignment) => assignment.coach) ?? [];
  const storedVideos = consent ? await countStoredVideos(viewer) : 0;
  return (
    <>
      <PageHeader title="Privacy & settings" description="Everything here is off until you turn it on, and you can change your mind at any time." />
      <div className="grid gap-6 lg:grid-cols-3">
        {consent && (
          <Card className="lg:col-span-2">
            <ConsentForm values={consent} />
          </Card>
        )}
        {consent && (
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
        )}
        {storedVideos > 0 && (
          <Card className="lg:col-span-2" data-testid="stored-videos">
            <h2 className="font-semibold">Stored videos</h2>
            <p className="mt-1 text-sm text-muted">
              {storedVideos} answer video{storedVideos === 1 ? " is" : "s are"} stored for replay.
              {consent && !consent.keepVideo ? " You no longer keep new videos; these are still stored until you delete them." : ""} Audio,
              transcripts and results stay when you delete videos. You can also delete one video from its report.
            </p>
            <div className="mt-3">
              <DeleteAllVideosButton count={storedVideos} />
            </div>
          </Card>
        )}
        <Card className="lg:col-span-2">
          <h2 className="font-semibold">Your data</h2>
          <p className="mt-1 text-sm text-muted">
            Download everything we store about you: your profile, consent history, every session with its transcripts, measurements,
            scores, coach comments and stored recordings.
          </p>
          <a href="/api/me/export" className="mt-3 inline-block text-sm text-brand-700 underline" download>
            Export my data (zip: a JSON manifest and your recordings)
          </a>
        </Card>
        <Card>
          <h2 className="font-semibold">Password & sessions</h2>
          <p className="mt-1 text-sm text-muted">Change your password, or sign out on every device.</p>
          <a href="/settings/security" className="mt-3 inline-block text-sm text-brand-700 underline">
            Manage password and sessions
          </a>
        </Card>
        <Card className="border-red-200">
          <h2 className="font-semibold text-red-800">Delete account</h2>
          <div className="mt-2">
            <DeleteAccountForm />
          </div>
        </Card>
      </div>
    </>
  );
}
