/**
 * Where evaluation scripts write their figures: `bench/results/<evaluation>-<set>.json`, one file
 * per evaluated data set. These files are git-ignored, so a local run on any corpus leaves every
 * tracked file unchanged; the model cards read only figures promoted by a deliberate step.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../../bench/results");

/**
 * Every evaluation that writes here. Each needs a `/bench/results/<evaluation>-*.json` line in .gitignore
 * (eval-results.test.ts checks), so adding one here without ignoring its files fails the tests.
 */
export const EVALUATIONS = ["stt", "fer", "gaze", "disfluency", "ser", "video-file"] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

/** A file-name-safe name for a data set, from its path: `../shared/data/video/gaze-labels.tsv` -> `video-gaze-labels`. */
export function dataSetName(dataPath: string): string {
  const resolved = path.resolve(dataPath);
  const base = path.basename(resolved).replace(/\.[^.]+$/, "");
  const parent = path.basename(path.dirname(resolved));
  const raw = /^(labels|transcripts|data|index)$/i.test(base) || base === "" ? parent : `${parent}-${base}`;
  return raw.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "set";
}

/** The file an evaluation of `dataPath` writes: `<evaluation>-[<variant>-]<set>.json` (variant: e.g. the model evaluated). */
export function evalResultPath(evaluation: Evaluation, dataPath: string, variant?: string): string {
  const name = [evaluation, variant, dataSetName(dataPath)].filter(Boolean).join("-");
  return path.join(RESULTS_DIR, `${name.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}.json`);
}

/**
 * Writes one evaluation's figures and returns the path written. `variant` (e.g. the model) keeps runs of
 * several models on one data set apart; `evaluation` and `variant` are recorded in the file for
 * `npm run figures:promote`.
 */
export function writeEvalResult(evaluation: Evaluation, dataPath: string, figures: unknown, variant?: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = evalResultPath(evaluation, dataPath, variant);
  const record = { ...(figures as object), evaluation, ...(variant ? { variant } : {}), dataSet: path.resolve(dataPath), measuredAt: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}
