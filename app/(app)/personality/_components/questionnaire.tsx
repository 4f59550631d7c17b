"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { InventoryItem } from "@/lib/bigfive/inventory";
import { saveBigFiveAction } from "../actions";

/** Items per page: 120 radio groups on one screen is a wall; ten pages of twelve is manageable. */
const PAGE_SIZE = 12;

/** The 120 statements, twelve at a time; nothing is sent until the last page is submitted. */
export function Questionnaire({ items }: { items: InventoryItem[] }) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pages = Math.ceil(items.length / PAGE_SIZE);
  const shown = items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const answered = Object.keys(answers).length;
  const pageDone = shown.every((item) => item.id in answers);

  const submit = async () => {
    setSaving(true);
    setError(null);
    const result = await saveBigFiveAction({ answers });
    setSaving(false);
    if (!result.ok) return setError(result.message);
    // Leave "?retake=1" so the page shows the new result.
    router.push("/personality");
    router.refresh();
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted" aria-live="polite" data-testid="bigfive-progress">
        {answered} of {items.length} answered · page {page + 1} of {pages}
      </p>
      <ol className="space-y-3" start={page * PAGE_SIZE + 1}>
        {shown.map((item, index) => (
          <li key={item.id}>
            <fieldset className="rounded-lg border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">
                {page * PAGE_SIZE + index + 1}. {item.text}
              </legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {item.choices.map((choice) => (
                  <label key={choice.text} className="flex items-center gap-1.5">
                    <input
                      type="radio"
                      name={item.id}
                      value={choice.score}
                      checked={answers[item.id] === choice.score}
                      onChange={() => setAnswers((all) => ({ ...all, [item.id]: choice.score }))}
                    />
                    {choice.text}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {error && <Alert tone="warning">{error}</Alert>}
      <div className="flex gap-3">
        {page > 0 && (
          <Button variant="secondary" onClick={() => setPage(page - 1)}>
            Previous
          </Button>
        )}
        {page + 1 < pages ? (
          <Button onClick={() => setPage(page + 1)} disabled={!pageDone}>
            Next
          </Button>
        ) : (
          <Button onClick={() => void submit()} disabled={!pageDone || answered < items.length || saving}>
            {saving ? "Saving..." : "See my results"}
          </Button>
        )}
      </div>
    </div>
  );
}
