import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listPublishedBanks } from "@/lib/banks/queries";

export const metadata: Metadata = { title: "Practise" };

export default async function PracticePage() {
  await requirePageViewer();
  const banks = await listPublishedBanks();
  return (
    <>
      <PageHeader title="Choose a question bank" description="Each bank is a set of timed questions. Pick one to start a practice session." />
      {banks.length === 0 ? (
        <p className="text-muted">No question banks are published yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Published question banks">
          {banks.map((bank) => (
            <li key={bank.id}>
              <Card className="h-full">
                <div className="flex items-start justify-between gap-2">
                  <h2 className="font-semibold">
                    <Link href={`/practice/${bank.id}`} className="hover:text-brand-700 hover:underline">{bank.title}</Link>
                  </h2>
                  <Badge tone="brand">{bank.category}</Badge>
                </div>
                <p className="mt-2 text-sm text-muted">{bank.description}</p>
                <p className="mt-3 text-xs text-muted">{bank.questionCount} questions</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
