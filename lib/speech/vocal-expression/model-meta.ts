// The metadata shipped beside the vocal-expression ONNX model (written by training/ser/export.py), validated
// with zod so a model and the feature code that feeds it cannot drift apart silently. Pure.
import { z } from "zod";
import { STT_MODELS } from "../models";
import { VOCAL_CLASSES } from "./classes";

const figuresSchema = z.object({
  accuracy: z.number(),
  macroF1: z.number(),
  n: z.number().int(),
  perClassRecall: z.record(z.string(), z.number()),
  confusion: z.array(z.array(z.number().int())),
  classes: z.array(z.string()),
});

export const vocalModelMetaSchema = z.object({
  id: z.string(),
  version: z.string(),
  /** Output order: must be VOCAL_CLASSES, which the report code relies on. */
  classes: z.array(z.enum(VOCAL_CLASSES)).refine((a) => a.join() === VOCAL_CLASSES.join(), "classes must be in VOCAL_CLASSES order"),
  /** Moonshine encoder whose pooled hidden states are the first 2 x hidden values of the input. */
  encoder: z.enum(STT_MODELS),
  embeddingDim: z.number().int().positive(),
  prosodyFeatureNames: z.array(z.string()),
  inputName: z.string(),
  outputName: z.string(),
  architecture: z.string(),
  trainedOn: z.string(),
  /** Speaker-independent figures: 5-fold cross-validation by actor on RAVDESS actors 01-20. */
  crossValidation: z.object({ folds: z.number().int(), eightClass: figuresSchema, merged: figuresSchema, foldAccuracy8: z.array(z.number()) }),
});

export type VocalModelMeta = z.infer<typeof vocalModelMetaSchema>;
