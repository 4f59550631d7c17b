import { percentPrecise } from "@/components/report/format";
import type { GazeMeasurement } from "@/lib/model-cards/measurements";

const CLASSES = ["at-camera", "away", "eyes-closed", "no-face"] as const;

/** One engine's gaze figures against human labels (`npm run eval:gaze`), as published by figures:promote. */
export function GazeEngineCard({ name, measured }: { name: string; measured: GazeMeasurement | null }) {
  if (!measured) return <p className="text-sm text-muted">{name}: not measured yet.</p>;
  const { overall } = measured;
  return (
    <div className="space-y-2 text-sm" data-testid={`gaze-card-${measured.engine}`}>
      <p>
        <strong>{name}</strong> ({measured.algorithmVersion}, {measured.calibrated ? "calibrated" : "uncalibrated"}): on {overall.videos} labelled
        real videos ({overall.labelledFrames} frames), eye contact differs from the human label by {percentPrecise(overall.eyeContactMeanAbsError ?? 0)}{" "}
        on average (at most {percentPrecise(overall.eyeContactMaxAbsError ?? 0)}; {overall.videosWithin10Points} of {overall.videos} videos within 10
        points). Frame by frame it agrees with the label {percentPrecise(overall.frameAgreement ?? 0)} of the time. Frames with the eyes closed
        read as looking away in a direction: {overall.closedReadAsDirection}.
      </p>
      <table className="text-xs" aria-label={`Gaze confusion of ${name}`}>
        <caption className="text-left text-muted">Frames (rows: labelled by a person, columns: what the product read)</caption>
        <thead>
          <tr>
            <th />
            {CLASSES.map((c) => (
              <th key={c} className="px-2 font-medium">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CLASSES.slice(0, 3).map((row) => (
            <tr key={row}>
              <th className="pr-2 text-left font-medium">{row}</th>
              {CLASSES.map((c) => (
                <td key={c} className="px-2 text-right tabular-nums">{overall.confusion[row]?.[c] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
