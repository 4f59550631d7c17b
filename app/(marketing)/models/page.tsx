import type { Metadata } from "next";
import Link from "next/link";
import { percentPrecise } from "@/components/report/format";
import { ferMeasurement, gazeMeasurement, sttMeasurement } from "@/lib/model-cards/measurements";
import { VISION_ALGORITHM_VERSION } from "@/lib/vision/constants";
import { registeredModel } from "@/lib/models/registry";
import type { TrainingData } from "@/lib/models/training-data";
import { MOONSHINE, POCKETSPHINX, SILERO_VAD } from "@/lib/speech/models";
import { FACE_MODELS } from "@/lib/vision/face-models";
import { recordedVocalModel } from "@/lib/speech/vocal-expression/recorded";
import { EmotionModelCard, type EmotionCard } from "./_components/emotion-model-card";
import { GazeEngineCard } from "./_components/gaze-model-card";
import { VocalModelCard } from "./_components/vocal-model-card";
import { combinedVersion, DEFAULT_EMOTION_MODEL, EMOTION_ENSEMBLES, EMOTION_MODELS, type EmotionMember } from "@/lib/vision/model-registry";

export const metadata: Metadata = { title: "Model cards" };
export const dynamic = "force-dynamic";

/** What a model learned from and on what terms, from lib/models/registry.ts. */
function trainedOn(id: string): string {
  const data: TrainingData | undefined = registeredModel(id)?.trainedOn;
  return data ? `Trained on ${data.data}. Data terms: ${data.terms}.` : "";
}

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
  const emotionCards: EmotionCard[] = [
    ...Object.values(EMOTION_ENSEMBLES).map((e) => ({
      id: e.id,
      about: `${e.description}; members: ${e.members.map((m: EmotionMember) => `${m.model} (weight ${m.weight}${m.flip ? ", with mirror averaging" : ""})`).join(", ")}. Version ${combinedVersion(e.members.map((m) => EMOTION_MODELS[m.model]))}.`,
      accuracy: e.accuracy,
    })),
    ...Object.values(EMOTION_MODELS).map((m) => ({
      id: m.id,
      about: `${m.source}. ${m.inputSize}×${m.inputSize} px input. Licence of the weights: ${m.license}. ${trainedOn(m.id)} Version ${m.version}.`,
      accuracy: m.accuracy,
    })),
  ];
  const ferResults = await Promise.all(emotionCards.map((card) => ferMeasurement(card.id)));
  const [sttBase, sttTiny, gazeTfjs, gazeMediaPipe] = await Promise.all([
    sttMeasurement("base"),
    sttMeasurement("tiny"),
    gazeMeasurement("tfjs"),
    gazeMeasurement("mediapipe"),
  ]);

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
        {emotionCards.map((card, index) => (
          <EmotionModelCard key={card.id} card={card} measured={ferResults[index] ?? null} isDefault={card.id === DEFAULT_EMOTION_MODEL} />
        ))}
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
              <strong>{model.id}</strong> ({model.task}): {model.source}. Licence of the weights: {model.license}. {trainedOn(model.id)}
            </li>
          ))}
        </ul>
        <p className="text-sm">
          Gaze ({VISION_ALGORITHM_VERSION}) is geometry on the iris and eye-corner landmarks: where the irises sit in the eyes, measured from
          where a straight-ahead iris sits in real faces (slightly above the line between the eye corners), corrected for the head&apos;s
          turn and tilt, then your calibration if you made one. Without calibration a 13-16&quot; laptop screen below the camera is assumed
          and eye-contact figures are marked uncalibrated. Closed eyes and blinks are read as &quot;eyes closed&quot;, never as looking
          away. Measured against people&apos;s labels of real talking-head videos (people looking into the lens, and an actress looking up
          and closing her eyes):
        </p>
        <GazeEngineCard name="Default engine (tfjs face mesh + iris)" measured={gazeTfjs} />
        <GazeEngineCard name="MediaPipe face landmarker (when installed)" measured={gazeMediaPipe} />
        <p className="text-sm text-muted">
          Known limits: the straight-ahead iris position was measured on the same seven people these figures come from, so expect less
          on new faces; the labels are coarse (a few percent of frames in a span differ). No labelled video of someone looking down at a
          phone or answering someone off camera was available here, so those are untested by these figures; looking at the top edge of
          the screen, just below the camera, can read as eye contact. With the eyes squeezed shut the default engine&apos;s landmarks can
          still read open eyes (the frames counted above); MediaPipe&apos;s blink scores catch them. There is no angle ground truth:
          treat eye contact as an approximate share, not a precise angle.
        </p>
      </Section>

      <Section title="Vocal expression (on our server, offline)">
        <p className="text-sm">
          Classifies each 2-3 s window of an answer&apos;s speech into eight vocal-expression categories (neutral, calm, happy, sad, angry,
          fearful, disgust, surprised). Reports say how the voice <em>sounded</em>; <strong>a voice is not a readout of feeling</strong>.
        </p>
        <VocalModelCard meta={recordedVocalModel()} />
      </Section>

      <Section title="Speech (on our server, offline)">
        <ul className="list-disc space-y-2 pl-5 text-sm">
          {(["base", "tiny"] as const).map((size) => {
            const measured = size === "base" ? sttBase : sttTiny;
            return (
              <li key={size} data-testid={`model-moonshine-${size}`}>
                <strong>Moonshine {size}</strong> ({MOONSHINE[size].id}): English speech recognition.{" "}
                {measured
                  ? `Word error rate ${percentPrecise(measured.wer)} over ${measured.referenceWords} words in ${measured.n} read-speech clips (LibriSpeech, LibriVox, LJ Speech), real-time factor ${measured.rtf} on 2 CPU cores.`
                  : "Not measured yet: run npm run eval:stt."}{" "}
                {trainedOn(MOONSHINE[size].id)}
              </li>
            );
          })}
          <li>
            <strong>Silero VAD</strong> ({SILERO_VAD.id}): finds the stretches of speech. {trainedOn(SILERO_VAD.id)}
          </li>
          <li>
            <strong>PocketSphinx</strong> ({POCKETSPHINX.id}): aligns words to the audio for timings and recovers repeated words and
            filled pauses (&ldquo;um&rdquo;, &ldquo;uh&rdquo;) that speech recognition tends to drop; each is kept only when the sound
            supports it (copies that sound alike, a held and pitch-flat vowel). {trainedOn(POCKETSPHINX.id)}
          </li>
        </ul>
        <p className="text-sm text-muted">
          Known limits: English only; trained mostly on read and native speech, so accents and spontaneous speech raise the error rate;
          repeated phrases (not single words) dropped by the recogniser are found only when their first copy is a separate burst of sound.
          Filler, repetition and stammer detection was developed on read speech with spliced events (npm run eval:disfluency), not on
          recordings of people who stutter. If you stutter, turn off &ldquo;Count fillers, repetitions and stammers in my scores&rdquo; in
          Privacy &amp; settings: they stay visible but never change a score, a tip or a trend.
        </p>
      </Section>
    </main>
  );
}
