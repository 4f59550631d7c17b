import { percentPrecise } from "@/components/report/format";
import { Badge } from "@/components/ui/badge";
import type { FerMeasurement } from "@/lib/model-cards/measurements";
import type { MeasuredAccuracy } from "@/lib/vision/model-registry";

/** A network or an ensemble of networks, as the model card page lists it. */
export interface EmotionCard {
  id: string;
  about: string;
  accuracy: MeasuredAccuracy | null;
}

function RecordedAccuracy({ accuracy }: { accuracy: MeasuredAccuracy }) {
  return (
    <p>
      FER2013 PublicTest: accuracy {percentPrecise(accuracy.accuracy)}, macro-F1 {percentPrecise(accuracy.macroF1)}
      {accuracy.accuracyWithoutDuplicates !== null && `, ${percentPrecise(accuracy.accuracyWithoutDuplicates)} without test images duplicated in training`}{" "}
      (n = {accuracy.n}, {accuracy.flipAveraging ? "with" : "without"} mirror averaging). Time per face on 2 CPU cores:{" "}
      {accuracy.latencyMsChromium !== undefined && `${accuracy.latencyMsChromium.toFixed(1)} ms in the browser, `}
      {accuracy.latencyMsNodeWasm.toFixed(1)} ms in Node.
    </p>
  );
}

function ConfusionMatrix({ id, measured }: { id: string; measured: FerMeasurement & { classes: string[]; confusionMatrix: number[][] } }) {
  return (
    <table className="mt-2 text-xs" aria-label={`Confusion matrix of ${id}`}>
      <caption className="text-left text-muted">Confusion matrix (rows: labelled, columns: predicted)</caption>
      <thead>
        <tr>
          <th />
          {measured.classes.map((label) => (
            <th key={label} className="px-1 font-medium">{label.slice(0, 3)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {measured.confusionMatrix.map((row, r) => (
          <tr key={measured.classes[r]}>
            <th className="pr-2 text-left font-medium">{measured.classes[r]}</th>
            {row.map((count, c) => (
              <td key={c} className={`px-1 text-right tabular-nums ${r === c ? "font-semibold" : "text-muted"}`}>{count}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the model is, how well it measured (registry figure, else the latest eval file) and its confusions. */
export function EmotionModelCard({ card, measured, isDefault }: { card: EmotionCard; measured: FerMeasurement | null; isDefault: boolean }) {
  const { classes, confusionMatrix } = measured ?? {};
  return (
    <div className="rounded-lg border border-slate-200 p-3 text-sm" data-testid={`model-${card.id}`}>
      <h3 className="flex items-center gap-2 font-semibold">
        {card.id}
        {isDefault && <Badge tone="brand">default</Badge>}
      </h3>
      <p className="text-muted">{card.about}</p>
      {card.accuracy ? (
        <RecordedAccuracy accuracy={card.accuracy} />
      ) : measured ? (
        <p>FER2013 PublicTest: accuracy {percentPrecise(measured.accuracy)}, macro-F1 {percentPrecise(measured.macroF1)} (n = {measured.n}).</p>
      ) : (
        <p className="text-muted">Not measured yet: run <code>npm run eval:fer -- ../shared/data/fer2013/PublicTest --model {card.id}</code>.</p>
      )}
      {classes && confusionMatrix && <ConfusionMatrix id={card.id} measured={{ ...measured!, classes, confusionMatrix }} />}
    </div>
  );
}
