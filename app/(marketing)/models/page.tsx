import type { Metadata } from "next";
import Link from "next/link";
import { ferMeasurement, sttMeasurement } from "@/lib/model-cards/measurements";
import { MOONSHINE, POCKETSPHINX, SILERO_VAD } from "@/lib/speech/models";
import { FACE_MODELS } from "@/lib/vision/face-models";
import { EMOTION_MODELS } from "@/lib/vision/model-registry";

export const metadata: Metadata = { title: "Model cards" };
export const dynamic = "force-dynamic";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** What each model is, what it learned from, how well it measured here, and what it cannot do. */
export default async function ModelCardsPage() {
  const emotionModels = Object.values(EMOTION_MODELS);
  const ferResults = await Promise.all(emotionModels.map((model) => ferMeasurement(model.id)));
  const [sttBase, sttTiny] = await Promise.all([sttMeasurement("base"), sttMeasurement("tiny")]);

  return (
    <main className="mx-auto max-w-4xl space-y-6 px-6 py-12">
      <Link href="/" className="text-sm text-brand-700 underline">← Rehearse</Link>
      <h1 className="text-3xl font-semibold">Model cards</h1>
      <p className="text-muted">
        Every number in a Rehearse report comes from one of these models, and each report records which version produced it. Figures
        below are measured by the scripts in this repository on public data; they describe the models, not you.
      </p>

      <Section title="Facial expression (in your browser)">
        <p className="text-sm">
          Classifies the face crop into seven expression categories from the FER2013 dataset (angry, disgust, fear, happy, sad, surprise,
          neutral). <strong>A facial expression is not a reliable readout of what someone feels</strong>; faces vary across people,
          cultures and cameras, and the dataset&apos;s labels are other people&apos;s guesses. Reports therefore say &quot;observed
          expression&quot; and never draw conclusions about the person.
        </p>
        {emotionModels.map((model, index) => {
          const measured = ferResults[index];
          return (
            <div key={model.id} className="rounded-lg border border-slate-200 p-3 text-sm" data-testid={`model-${model.id}`}>
              <h3 className="font-semibold">{model.id}</h3>
              <p className="text-muted">{model.source}. Licence: {model.license}. Version {model.version}.</p>
              {model.accuracy ? (
                <p>
                  FER2013 PublicTest: accuracy {pct(model.accuracy.accuracy)}, macro-F1 {pct(model.accuracy.macroF1)}
                  {model.accuracy.accuracyWithoutDuplicates !== null && `, ${pct(model.accuracy.accuracyWithoutDuplicates)} without test images duplicated in training`}{" "}
                  (n = {model.accuracy.n}, {model.accuracy.flipAveraging ? "with" : "without"} mirror averaging).
                </p>
              ) : measured ? (
                <p>FER2013 PublicTest: accuracy {pct(measured.accuracy)}, macro-F1 {pct(measured.macroF1)} (n = {measured.n}).</p>
              ) : (
                <p className="text-muted">Not measured yet: run <code>npm run eval:fer -- ../shared/data/fer2013/PublicTest --model {model.id}</code>.</p>
              )}
              {measured?.confusionMatrix && measured.classes && (
                <table className="mt-2 text-xs" aria-label={`Confusion matrix of ${model.id}`}>
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
                      <tr key={measured.classes![r]}>
                        <th className="pr-2 text-left font-medium">{measured.classes![r]}</th>
                        {row.map((count, c) => (
                          <td key={c} className={`px-1 text-right tabular-nums ${r === c ? "font-semibold" : "text-muted"}`}>{count}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          );
        })}
        <p className="text-sm text-muted">
          Known limits: trained on 48×48 greyscale faces, mostly frontal; &quot;disgust&quot; has few examples and is rarely recognised;
          accuracy drops with strong side light, glasses glare and faces turned more than ~30°. Every report shows how long your face was
          visible, and face-based scores are withheld below 50% visibility or 10 seconds.
        </p>
      </Section>

      <Section title="Face landmarks and gaze (in your browser)">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {Object.values(FACE_MODELS).map((model) => (
            <li key={model.id}>
              <strong>{model.id}</strong> ({model.task}): {model.source}. Licence: {model.license}.
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          Gaze is geometry on the iris and eye-corner landmarks, corrected by head pose and your calibration. Without calibration a nominal
          laptop screen is assumed and eye-contact figures are marked uncalibrated. No ground-truth gaze data was available to measure
          angular error; treat eye contact as an approximate share, not a precise angle.
        </p>
      </Section>

      <Section title="Speech (on our server, offline)">
        <ul className="list-disc space-y-2 pl-5 text-sm">
          {(["base", "tiny"] as const).map((size) => {
            const measured = size === "base" ? sttBase : sttTiny;
            return (
              <li key={size} data-testid={`model-moonshine-${size}`}>
                <strong>Moonshine {size}</strong> ({MOONSHINE[size].id}): English speech recognition.{" "}
                {measured
                  ? `Word error rate ${pct(measured.wer)} over ${measured.referenceWords} words in ${measured.n} read-speech clips (LibriSpeech, LibriVox, LJ Speech), real-time factor ${measured.rtf} on 2 CPU cores.`
                  : "Not measured yet: run npm run eval:stt."}
              </li>
            );
          })}
          <li>
            <strong>Silero VAD</strong> ({SILERO_VAD.id}): finds the stretches of speech.
          </li>
          <li>
            <strong>PocketSphinx</strong> ({POCKETSPHINX.id}): aligns words to the audio for timings and recovers repeated words that
            speech recognition tends to drop.
          </li>
        </ul>
        <p className="text-sm text-muted">
          Known limits: English only; trained mostly on read and native speech, so accents and spontaneous speech raise the error rate;
          repeated phrases (not single words) dropped by the recogniser are not recovered. If you stutter, turn off disfluency scoring in
          Privacy &amp; settings: repetitions stay visible but never lower a score.
        </p>
      </Section>
    </main>
  );
}
