import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getPublishedBank } from "@/lib/banks/queries";
import { isAppError } from "@/lib/errors";
import { notFound } from "next/navigation";
import { StartSessionForm } from "./_components/start-session-form";

export const metadata: Metadata = { title: "Start a session" };

export default async function StartPracticePage({ params }: { params: Promise<{ bankId: string }> }) {
  await requirePageViewer("CANDIDATE");
  const bank = await getPublishedBank((await params).bankId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <Link href="/practice" className="text-sm text-brand-700 underline">← All banks</Link>
      <PageHeader title={bank.title} description={bank.description} />
      <StartSessionForm bankId={bank.id} questions={bank.questions} />
    </>
  );
}
