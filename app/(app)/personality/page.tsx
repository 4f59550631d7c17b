import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { inventoryItems } from "@/lib/bigfive/inventory";
import { getBigFiveOverview } from "@/lib/bigfive/results";
import { DomainResults } from "./_components/domain-results";
import { Questionnaire } from "./_components/questionnaire";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Personality questionnaire" };


function WhyAQuestionnaire() {
  return (
    <Card className="space-y-2 text-sm" data-testid="bigfive-why">
      <h2 className="font-semibold">Why a questionnaire, and not your answers</h2>
      <p>
        Rehearse does not infer personality from your interview answers, your voice or your face. The text classifier in the project
        Rehearse grew from guessed Big Five traits from answers and was right 53% of the time: barely better than chance, and not
        something to tell anyone about themselves.
      </p>
      <p>
        A validated questionnaire is the honest instrument. This one is the IPIP-NEO-120 (Johnson, 2014): 120 public-domain statements
        from the International Personality Item Pool, scored on the five domains and 30 facets of the NEO model, using the open-source
        @bigfive-org packages (MIT licence). It is optional, about 10-15 minutes, and it describes how you see yourself; it is not an
        assessment of fitness for a job, and coaches do not see it.
      </p>
    </Card>
  );
}

export default async function PersonalityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePageViewer("CANDIDATE");
  const retake = (await searchParams).retake === "1";
  const overview = await getBigFiveOverview(viewer);
  const showQuestionnaire = overview.latest === null || retake;
  return (
    <>
      <PageHeader
        title="Personality questionnaire (Big Five)"
        description="Optional. Your answers and results are saved to your account with the date; only you see them."
      />
      <div className="space-y-6">
        <WhyAQuestionnaire />
        {overview.latest && !retake && (
          <Card className="space-y-6" data-testid="bigfive-results">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold">Your results</h2>
              <p className="text-sm text-muted" data-testid="bigfive-date">Taken {formatDateTime(overview.latest.createdAt)}</p>
            </div>
            <p className="text-xs text-muted">
              Each domain is 0-100: where your average answer sits between &ldquo;very inaccurate&rdquo; (0) and &ldquo;very accurate&rdquo;
              (100) for its statements. There is no good or bad range: every level suits some work and some people.
            </p>
            {overview.latest.domains.map((domain) => (
              <DomainResults key={domain.domain} domain={domain} cohort={overview.latest.cohort[domain.domain]} />
            ))}
            {overview.history.length > 1 && (
              <p className="text-xs text-muted">Earlier results: {overview.history.slice(1).map((h) => formatDateTime(h.createdAt)).join(", ")}.</p>
            )}
            <Link href="/personality?retake=1" className="text-sm text-brand-700 underline">Take it again</Link>
          </Card>
        )}
        {showQuestionnaire && (
          <Card>
            <h2 className="mb-1 font-semibold">How accurately does each statement describe you?</h2>
            <p className="mb-4 text-sm text-muted">Describe yourself as you generally are now, not as you wish to be.</p>
            <Questionnaire items={inventoryItems()} />
          </Card>
        )}
      </div>
    </>
  );
}
