import { DailyBarChart } from "@/components/dashboard/daily-bar-chart";
import { Card } from "@/components/ui/card";

export function SessionsPerDay({ data }: { data: { day: string; count: number }[] }) {
  const total = data.reduce((s, d) => s + d.count, 0);
  return (
    <Card aria-labelledby="per-day-heading">
      <h2 id="per-day-heading" className="font-semibold">Practice sessions per day</h2>
      <p className="mb-3 text-sm text-muted">Last {data.length} days (UTC): {total} in all.</p>
      <DailyBarChart data={data} label="Sessions" />
    </Card>
  );
}
