import { Card } from "@/components/ui/card";
import type { CandidateDashboard } from "@/lib/dashboards/candidate-dashboard";

type Ranked = CandidateDashboard["questions"]["strongest"];

function RankList({ title, items, empty }: { title: string; items: Ranked; empty: string }) {
  return (
    <Card>
      <h3 className="font-medium">{title}</h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {items.map((q) => (
            <li key={q.questionId} className="flex justify-between gap-4">
              <span>{q.questionText}</span>
              <span className="shrink-0 text-muted">
                {Math.round(q.composite)} / 100 · {q.answers} answer{q.answers === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** Questions by the mean of their composite scores (attentiveness, composure, engagement). */
export function QuestionRanking({ questions }: { questions: CandidateDashboard["questions"] }) {
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="mb-1 font-semibold">Questions</h2>
      <p className="mb-3 text-sm text-muted">Mean of the attentiveness, composure and engagement scores measured on the answers.</p>
      <div className="grid gap-4 md:grid-cols-2">
        <RankList title="Highest scores" items={questions.strongest} empty="No scored answers yet." />
        <RankList title="Most room to grow" items={questions.weakest} empty="Answer a few more questions to compare them." />
      </div>
    </section>
  );
}
