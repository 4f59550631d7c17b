// Usage: npm run figures:promote -- <bench/results/x.json> [--as <model>]
// The one deliberate step that changes what the model cards publish: checks an evaluation result written by
// writeEvalResult (scripts/lib/eval-results.ts) and copies it to lib/model-cards/published/<evaluation>-<model>.json,
// which is tracked: commit it with a message that says why the figures changed.
// <model> defaults to the result's variant (the model evaluated: `base`, `rehearse-fernet`, ...).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { GAZE_CARD_ENGINES, PUBLISHED_EVALUATIONS, publishedFile, type PublishedEvaluation } from "../lib/model-cards/figures-schema";
import { STT_MODELS } from "../lib/speech/models";
import { EMOTION_CHOICE_IDS } from "../lib/vision/model-registry";
import { fail } from "./lib/cli";
import { RESULTS_DIR } from "./lib/eval-results";

const ROOT = path.resolve(import.meta.dirname, "..");

/** The models each published evaluation has a card for. */
const CARD_MODELS: Record<PublishedEvaluation, readonly string[]> = { stt: STT_MODELS, fer: EMOTION_CHOICE_IDS, gaze: GAZE_CARD_ENGINES };

const resultSchema = z.looseObject({
  evaluation: z.enum(Object.keys(PUBLISHED_EVALUATIONS) as [PublishedEvaluation, ...PublishedEvaluation[]]),
  variant: z.string().optional(),
  dataSet: z.string().optional(),
  measuredAt: z.string(),
});

function headline(evaluation: PublishedEvaluation, figures: Record<string, unknown>): string {
  switch (evaluation) {
    case "stt":
      return `WER ${String(figures.wer)}, RTF ${String(figures.rtf)}`;
    case "fer":
      return `accuracy ${String(figures.accuracy)}, macro-F1 ${String(figures.macroF1)}`;
    case "gaze": {
      const overall = (figures.overall ?? {}) as Record<string, unknown>;
      return `eye-contact error ${String(overall.eyeContactMeanAbsError)}, frame agreement ${String(overall.frameAgreement)}`;
    }
  }
}

function main() {
  const { positionals, values } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { as: { type: "string" } } });
  const source = positionals[0];
  if (!source || positionals.length > 1) fail("usage: npm run figures:promote -- <bench/results/x.json> [--as <model>]");
  const from = path.resolve(source);
  if (path.dirname(from) !== RESULTS_DIR) fail(`error: promote a file written by an evaluation, in ${path.relative(ROOT, RESULTS_DIR)}/`);

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(from, "utf8"));
  } catch (e) {
    fail(`error: cannot read ${source}: ${(e as Error).message}`);
  }
  const result = resultSchema.safeParse(json);
  if (!result.success) fail(`error: ${source} is not a result of a published evaluation (${Object.keys(PUBLISHED_EVALUATIONS).join(", ")}): ${result.error.issues[0]?.message}`);
  const { evaluation } = result.data;
  const figures = PUBLISHED_EVALUATIONS[evaluation].safeParse(result.data);
  if (!figures.success) fail(`error: ${source} lacks figures the ${evaluation} card shows: ${figures.error.issues[0]?.path.join(".")}: ${figures.error.issues[0]?.message}`);

  const model = values.as ?? result.data.variant;
  if (!model) fail("error: the result names no model: pass --as <model>");
  if (!CARD_MODELS[evaluation].includes(model)) fail(`error: no ${evaluation} model card for "${model}" (known: ${CARD_MODELS[evaluation].join(", ")}); pass --as <model>`);

  const target = path.join(ROOT, publishedFile(evaluation, model));
  let previous: Record<string, unknown> | null = null;
  try {
    previous = JSON.parse(readFileSync(target, "utf8")) as Record<string, unknown>;
  } catch {
    previous = null;
  }
  const published = {
    ...result.data,
    // A repository-relative data-set path: the absolute one would publish this machine's layout.
    ...(result.data.dataSet ? { dataSet: path.relative(ROOT, result.data.dataSet) } : {}),
    promotedFrom: path.relative(ROOT, from),
    promotedAt: new Date().toISOString(),
  };
  writeFileSync(target, `${JSON.stringify(published, null, 2)}\n`);
  process.stdout.write(
    `${path.relative(ROOT, target)}: ${previous ? `${headline(evaluation, previous)} -> ` : ""}${headline(evaluation, published)}\n` +
      "commit it with a message that says why the published figures changed\n",
  );
}

main();
