import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { ChangePasswordForm, SignOutEverywhereForm } from "./_components/security-forms";

export const metadata: Metadata = { title: "Password & sessions" };

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageViewer();
  const { changed } = await searchParams;
  return (
    <>
      <PageHeader title="Password & sessions" description="Changing your password signs out every other device." />
      {changed === "1" && <Alert tone="success" className="mb-4">Your password is changed. Other devices are signed out.</Alert>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 font-semibold">Change password</h2>
          <ChangePasswordForm />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">Sessions</h2>
          <SignOutEverywhereForm />
        </Card>
      </div>
    </>
  );
}
