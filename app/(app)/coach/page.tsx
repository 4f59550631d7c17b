import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listCoachCandidates } from "@/lib/users/coach";

export const metadata: Metadata = { title: "My candidates" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export default async function CoachPage() {
  const viewer = await requirePageViewer("COACH", "ADMIN");
  const { candidates, pendingShares } = await listCoachCandidates(viewer);
  return (
    <>
      <PageHeader
        title="My candidates"
        description="Candidates assigned to you who chose to share their reports. Others are not shown, by design."
      />
      {pendingShares > 0 && (
        <p className="mb-4 text-sm text-muted">
          {pendingShares} assigned candidate{pendingShares === 1 ? " has" : "s have"} not shared their reports with coaches.
        </p>
      )}
      {candidates.length === 0 ? (
        <Card><p className="text-muted">No candidates are sharing with you yet.</p></Card>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm" aria-label="Candidates">
            <thead className="border-b border-slate-200 text-muted">
              <tr>
                <th className="px-4 py-2 font-medium">Candidate</th>
                <th className="px-4 py-2 font-medium">Sessions</th>
                <th className="px-4 py-2 font-medium">Last session</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => {
                const last = candidate.sessions[0];
                return (
                  <tr key={candidate.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-4 py-2">
                      <div className="font-medium">{candidate.name}</div>
                      <div className="text-muted">{candidate.email}</div>
                    </td>
                    <td className="px-4 py-2">{candidate._count.sessions}</td>
                    <td className="px-4 py-2">{last ? `${dateFormat.format(last.startedAt)} · ${last.bank.title}` : "None yet"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
