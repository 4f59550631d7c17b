import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listBanksForAdmin } from "@/lib/banks/queries";
import { countOf } from "@/lib/users/person-label";
import { moveBankAction } from "./actions";
import { BankForm } from "./_components/bank-form";

export const metadata: Metadata = { title: "Question banks" };

export default async function AdminBanksPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const viewer = await requirePageViewer("ADMIN");
  const includeArchived = (await searchParams).archived === "1";
  const banks = await listBanksForAdmin(viewer, { includeArchived });
  const active = banks.filter((bank) => !bank.archivedAt);
  return (
    <>
      <PageHeader
        title="Question banks"
        description="Candidates see published banks in this order. Archived banks stay in old reports but cannot be practised."
        actions={
          <Link href={includeArchived ? "/admin/banks" : "/admin/banks?archived=1"} className="text-sm text-brand-700 underline">
            {includeArchived ? "Hide archived" : "Show archived"}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="overflow-x-auto p-0 lg:col-span-2">
          <table className="w-full text-left text-sm" aria-label="Question banks">
            <thead className="border-b border-slate-200 text-muted">
              <tr>
                <th className="px-4 py-2 font-medium">Bank</th>
                <th className="px-4 py-2 font-medium">Questions</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="px-4 py-2 font-medium"><span className="sr-only">Order</span></th>
              </tr>
            </thead>
            <tbody>
              {banks.map((bank) => (
                // Order moves only among banks that are not archived: the first cannot go up, the last not down.
                <tr key={bank.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2">
                    <Link href={`/admin/banks/${bank.id}`} className="font-medium text-brand-700 hover:underline">{bank.title}</Link>
                    <div className="text-xs text-muted">{bank.category} · {countOf(bank.sessionCount, "session")}</div>
                  </td>
                  <td className="px-4 py-2">{bank.questionCount}</td>
                  <td className="px-4 py-2">
                    {bank.archivedAt ? <Badge>archived</Badge> : bank.published ? <Badge tone="success">published</Badge> : <Badge tone="warning">draft</Badge>}
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    {!bank.archivedAt && (
                      <>
                        <ActionButton action={moveBankAction} fields={{ bankId: bank.id, direction: "up" }} variant="ghost" label={`Move ${bank.title} up`} disabled={bank.id === active[0]?.id}>↑</ActionButton>
                        <ActionButton action={moveBankAction} fields={{ bankId: bank.id, direction: "down" }} variant="ghost" label={`Move ${bank.title} down`} disabled={bank.id === active.at(-1)?.id}>↓</ActionButton>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">New bank</h2>
          <BankForm />
        </Card>
      </div>
    </>
  );
}
