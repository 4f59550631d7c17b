// Feature extraction for the vocal-expression classifier, with the app's own code (lib/speech): ffmpeg decode
// -> Silero VAD -> voiced windows -> per window: Moonshine encoder mean/std (tiny and base) + prosody, and
// the MFCC frames for the CNN baseline; and for each augmentation variant (default: speed x0.9 and x1.1, see
// augment.ts) the tiny encoder and prosody features of the perturbed window, level-normalised again, which
// training uses for the training actors only. Writes training/ser/cache/ (git-ignored; derived from RAVDESS).
// Usage: npx tsx training/ser/extract-features.ts [--data ../shared/data/ravdess] [--out training/ser/cache] [--augment s0.9,s1.1]
import "../../scripts/lib/react-server";
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeToPcm } from "../../lib/speech/decode";
import { speechOptionsFromEnv } from "../../lib/speech/options";
import { detectSpeech } from "../../lib/speech/vad";
import { encoderEmbedding } from "../../lib/speech/vocal-expression/embedding";
import { parseLabelsTsv } from "../../lib/speech/vocal-expression/labels";
import { mfccSequence, PROSODY_FEATURE_NAMES, prosodyFeatures } from "../../lib/speech/vocal-expression/prosody";
import { clipWindows } from "../../lib/speech/vocal-expression/windows";
import { windowSamples } from "../../lib/speech/vocal-expression/features";
import { normaliseLevel } from "../../lib/speech/vocal-expression/normalise";
import { augment, parseVariant } from "./augment";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data/ravdess" },
    out: { type: "string", default: "training/ser/cache" },
    augment: { type: "string", default: "s0.9,s1.1" },
  },
});
const dataDir = path.resolve(values.data);
const outDir = path.resolve(values.out);
mkdirSync(outDir, { recursive: true });
const { nodeModulesDir } = speechOptionsFromEnv(process.env);
const variants = values.augment ? values.augment.split(",").map(parseVariant) : [];

const rows = parseLabelsTsv(await readFile(path.join(dataDir, "labels.tsv"), "utf8"));
const meta: { file: string; speaker: string; emotion: string; start: number; end: number; mfccOffset: number; mfccFrames: number }[] = [];
const chunks: Record<"prosody" | "tiny" | "base" | "mfcc", Float32Array[]> = { prosody: [], tiny: [], base: [], mfcc: [] };
/** "tiny-s0.9", "prosody-s0.9", ...: the augmented copies' features, row for row with the windows above. */
const augmented = new Map<string, Float32Array[]>(variants.flatMap((v) => ["tiny", "prosody"].map((k) => [`${k}-${v.name}`, []] as [string, Float32Array[]])));
let mfccOffset = 0;
const t0 = performance.now();
for (const [i, r] of rows.entries()) {
  const audio = await decodeToPcm(path.join(dataDir, r.file));
  const speech = await detectSpeech(audio.samples, audio.sampleRate, nodeModulesDir);
  for (const w of clipWindows(speech, audio.durationSec)) {
    const x = windowSamples(audio.samples, audio.sampleRate, w);
    chunks.prosody.push(prosodyFeatures(x, audio.sampleRate));
    chunks.tiny.push(await encoderEmbedding(x, "tiny", nodeModulesDir));
    chunks.base.push(await encoderEmbedding(x, "base", nodeModulesDir));
    for (const v of variants) {
      const xa = normaliseLevel(augment(x, v, i));
      augmented.get(`tiny-${v.name}`)!.push(await encoderEmbedding(xa, "tiny", nodeModulesDir));
      augmented.get(`prosody-${v.name}`)!.push(prosodyFeatures(xa, audio.sampleRate));
    }
    const seq = mfccSequence(x, audio.sampleRate);
    chunks.mfcc.push(...seq.frames);
    meta.push({ file: r.file, speaker: r.speaker, emotion: r.emotion, start: w.start, end: w.end, mfccOffset, mfccFrames: seq.frames.length });
    mfccOffset += seq.frames.length;
  }
  if ((i + 1) % 100 === 0) console.error(`${i + 1}/${rows.length} clips, ${meta.length} windows, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

function concat(parts: Float32Array[]): Buffer {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const all = new Float32Array(n);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return Buffer.from(all.buffer);
}
for (const [k, parts] of [...Object.entries(chunks), ...augmented]) writeFileSync(path.join(outDir, `${k}.f32`), concat(parts));
writeFileSync(
  path.join(outDir, "meta.json"),
  JSON.stringify({
    dims: { prosody: PROSODY_FEATURE_NAMES.length, tiny: chunks.tiny[0]!.length, base: chunks.base[0]!.length, mfcc: 40 },
    prosodyNames: PROSODY_FEATURE_NAMES,
    augment: variants.map((v) => v.name),
    rows: meta,
  }),
);
console.log(`${rows.length} clips -> ${meta.length} windows in ${((performance.now() - t0) / 1000).toFixed(0)} s -> ${outDir}`);
