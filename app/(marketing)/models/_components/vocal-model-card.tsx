import { percentPrecise } from "@/components/report/format";
import { VOCAL_EXPRESSION_MODEL } from "@/lib/speech/models";
import type { VocalModelMeta } from "@/lib/speech/vocal-expression/model-meta";

type Figures = VocalModelMeta["crossValidation"]["eightClass"];

function Confusion({ title, figures }: { title: string; figures: Figures }) {
  return (
    <table className="mt-2 text-xs" aria-label={title}>
      <caption className="text-left text-muted">{title} (rows: the actor&apos;s intended expression, columns: predicted)</caption>
      <thead>
        <tr>
          <th />
          {figures.classes.map((c) => (
            <th key={c} className="px-1 font-medium">{c.slice(0, 4)}</th>
          ))}
          <th className="px-1 font-medium">recall</th>
        </tr>
      </thead>
      <tbody>
        {figures.confusion.map((row, r) => (
          <tr key={figures.classes[r]}>
            <th className="pr-2 text-left font-medium">{figures.classes[r]}</th>
            {row.map((v, c) => (
              <td key={c} className={`px-1 text-right tabular-nums ${r === c ? "font-semibold" : ""}`}>{v}</td>
            ))}
            <td className="px-1 text-right tabular-nums">{percentPrecise(figures.perClassRecall[figures.classes[r]!] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Our vocal-expression model: what it learned from, its speaker-independent figures, and its limits. */
export function VocalModelCard({ meta }: { meta: VocalModelMeta }) {
  const { eightClass, merged, foldAccuracy8, folds } = meta.crossValidation;
  return (
    <div className="space-y-2 text-sm" data-testid="model-rehearse-voice">
      <p>
        <strong>{meta.id}</strong> (version {meta.version}, sha256 {VOCAL_EXPRESSION_MODEL.sha256.slice(0, 12)}…): {meta.architecture}, over the
        Moonshine {meta.encoder} encoder&apos;s hidden states (mean and spread over each 2-3 s window of speech) and {meta.prosodyFeatureNames.length}{" "}
        pitch, loudness and spectral-shape statistics. Trained on {meta.trainedOn}.
      </p>
      <p data-testid="vocal-accuracy">
        Speaker-independent accuracy ({folds}-fold cross-validation by actor: trained on 16 actors, tested on 4 it never heard):{" "}
        <strong>{percentPrecise(eightClass.accuracy)}</strong> on 8 classes (macro-F1 {percentPrecise(eightClass.macroF1)}, n = {eightClass.n}; folds{" "}
        {foldAccuracy8.map((a) => percentPrecise(a)).join(", ")}), {percentPrecise(merged.accuracy)} with calm counted as neutral (the seven classes the
        face model uses; macro-F1 {percentPrecise(merged.macroF1)}). Chance is 12.5%.
      </p>
      <Confusion title="Confusion matrix, 8 classes" figures={eightClass} />
      <Confusion title="Confusion matrix, calm merged into neutral" figures={merged} />
      <p className="text-muted">
        Known limits, in plain words: it learned from 24 North-American actors (20 of them in training) reading two fixed sentences in
        deliberately acted expressions. Real interview speech is calmer, more varied in wording and recorded on other microphones, so expect
        lower accuracy and many answers read as neutral or calm. It labels how a voice sounded, never what the person felt. RAVDESS is
        licensed CC BY-NC-SA 4.0 (attribution, non-commercial, share-alike): the audio is not part of Rehearse; these weights are ours and were
        trained on it. The final model is trained on all 20 actors; the figures above come from the held-out folds.
      </p>
    </div>
  );
}
