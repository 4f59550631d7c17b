import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getBankForAdmin } from "@/lib/banks/queries";
import {
  archiveBankAction,
  moveQuestionAction,
  removeQuestionAction,
  restoreBankAction,
  restoreQuestionAction,
  setBankPublishedAction,
} from "../actions";
import { BankForm } from "../_components/bank-form";
import { ImportPanel } from "./_components/import-panel";
import { QuestionForm } from "./_components/question-form";
import { countOf } from "@/lib/users/person-label";
import { orNotFound } from "@/lib/http/page";

export const metadata: Metadata = { title: "Edit question bank" };

export default async function AdminBankPage({ params }: { params: Promise<{ bankId: string }> }) {
  const viewer = await requirePageViewer("ADMIN");
  const bank = await orNotFound(getBankForAdmin(viewer, (await params).bankId));
  const live = bank.questions.filter((question) => !question.archivedAt);
  const archived = bank.questions.filter((question) => question.archivedAt);

  return (
    <>
      <Link href="/admin/banks" className="text-sm text-brand-700 underline">← All banks</Link>
      <PageHeader
        title={bank.title}
        description={bank.archivedAt ? "Archived: hidden from candidates, kept for old reports." : bank.published ? "Published: candidates can practise it." : "Draft: only admins see it."}
        actions={
          <>
            {!bank.archivedAt && (
              <ActionButton
                action={setBankPublishedAction}
                fields={{ bankId: bank.id, published: bank.published ? "false" : "true" }}
                variant={bank.published ? "secondary" : "primary"}
              >
                {bank.published ? "Unpublish" : "Publish"}
              </ActionButton>
            )}
            {bank.archivedAt ? (
              <ActionButton action={restoreBankAction} fields={{ bankId: bank.id }}>Restore</ActionButton>
            ) : (
              <ActionButton action={archiveBankAction} fields={{ bankId: bank.id }} confirm="Archive this bank? Candidates will no longer see it.">
                Archive
              </ActionButton>
            )}
            <a href={`/api/admin/banks/${bank.id}/export?format=csv`} className="self-center text-sm text-brand-700 underline">Export CSV</a>
            <a href={`/api/admin/banks/${bank.id}/export?format=json`} className="self-center text-sm text-brand-700 underline">Export JSON</a>
          </>
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <section className="space-y-4 lg:col-span-2" aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="font-semibold">Questions ({live.length})</h2>
          <ol className="space-y-3" aria-label="Questions">
            {live.map((question, index) => (
              <li key={question.id}>
                <Card className="p-4">
                  <div className="flex items-start justify-between gap-3">
                    <div>
                      <p className="font-medium">{index + 1}. {question.text}</p>
                      <p className="mt-1 text-xs text-muted">
                        {question.answerSeconds} s answer · {question.prepSeconds} s prep · {question.category} · {countOf(question.answerCount, "answer")}{" "}
                        {!question.published && <Badge tone="warning">unpublished</Badge>}
                      </p>
                    </div>
                    <div className="flex shrink-0 items-center">
                      <ActionButton action={moveQuestionAction} fields={{ questionId: question.id, direction: "up" }} variant="ghost" label="Move up" disabled={index === 0}>↑</ActionButton>
                      <ActionButton action={moveQuestionAction} fields={{ questionId: question.id, direction: "down" }} variant="ghost" label="Move down" disabled={index === live.length - 1}>↓</ActionButton>
                      <ActionButton
                        action={removeQuestionAction}
                        fields={{ questionId: question.id }}
                        variant="ghost"
                        confirm={question.answerCount > 0 ? "This question has answers: it will be archived, not deleted." : "Delete this question?"}
                      >
                        {question.answerCount > 0 ? "Archive" : "Delete"}
                      </ActionButton>
                    </div>
                  </div>
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm text-brand-700">Edit</summary>
                    <div className="mt-3">
                      <QuestionForm bankId={bank.id} question={question} defaultCategory={bank.category} />
                    </div>
                  </details>
                </Card>
              </li>
            ))}
          </ol>
          {archived.length > 0 && (
            <details>
              <summary className="cursor-pointer text-sm text-muted">Archived questions ({archived.length})</summary>
              <ul className="mt-2 space-y-2">
                {archived.map((question) => (
                  <li key={question.id} className="flex items-center justify-between gap-3 text-sm text-muted">
                    <span>{question.text}</span>
                    <ActionButton action={restoreQuestionAction} fields={{ questionId: question.id }}>Restore</ActionButton>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        <aside className="space-y-6">
          <Card>
            <h2 className="mb-3 font-semibold">Add a question</h2>
            <QuestionForm bankId={bank.id} defaultCategory={bank.category} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Import questions</h2>
            <ImportPanel bankId={bank.id} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Bank details</h2>
            <BankForm bank={bank} />
          </Card>
        </aside>
      </div>
    </>
  );
}
