/**
 * Where evaluation scripts write their figures: `bench/results/<evaluation>-<set>.json`, one file
 * per evaluated data set. These files are git-ignored, so a local run on any corpus leaves every
 * tracked file unchanged; the model cards read only figures promoted by a deliberate step.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const RESULTS_DIR = path.resolve(import.meta.dirname, "../../bench/results");

/** A file-name-safe name for a data set, from its path: `../shared/data/video/gaze-labels.tsv` -> `video-gaze-labels`. */
export function dataSetName(dataPath: string): string {
  const resolved = path.resolve(dataPath);
  const base = path.basename(resolved).replace(/\.[^.]+$/, "");
  const parent = path.basename(path.dirname(resolved));
  const raw = /^(labels|transcripts|data|index)$/i.test(base) || base === "" ? parent : `${parent}-${base}`;
  return raw.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "set";
}

/** Writes one evaluation's figures and returns the path written. */
export function writeEvalResult(evaluation: string, dataPath: string, figures: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${evaluation}-${dataSetName(dataPath)}.json`);
  writeFileSync(file, `${JSON.stringify({ ...(figures as object), dataSet: path.resolve(dataPath), measuredAt: new Date().toISOString() }, null, 2)}\n`);
  return file;
}
