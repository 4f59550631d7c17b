import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getPublishedBank } from "@/lib/banks/queries";
import { StartSessionForm } from "./_components/start-session-form";
import { orNotFound } from "@/lib/http/page";

export const metadata: Metadata = { title: "Start a session" };

export default async function StartPracticePage({ params }: { params: Promise<{ bankId: string }> }) {
  await requirePageViewer("CANDIDATE");
  const bank = await orNotFound(getPublishedBank((await params).bankId));
  return (
    <>
      <Link href="/practice" className="text-sm text-brand-700 underline">← All banks</Link>
      <PageHeader title={bank.title} description={bank.description} />
      <StartSessionForm bankId={bank.id} questions={bank.questions} />
    </>
  );
}
