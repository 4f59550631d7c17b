"""Train the chosen classifier on all 20 actors, export it to ONNX with its metadata, write the parity fixture,
and record version and sha256 in lib/speech/models.ts.

Usage: python3 training/ser/export.py --classifier lda --spec tiny+prosody --version rehearse-voice-YYYY.MM.DD
       python3 training/ser/export.py --classifier pooled --spec tiny+prosody --hidden 0 --version ...
Reads training/ser/cache (extract-features.ts); re-runs the chosen candidate's actor-held-out CV for the figures.
LDA: the shrinkage for the final model is chosen the way each outer fold chose it, over the 5 actor folds of
all 20 actors; the model is fitted on every window and its speed-perturbed copies (the cache's augment list).
Writes lib/speech/vocal-expression/model/rehearse-voice.{onnx,json} and training/ser/parity.json.
"""
import argparse
import hashlib
import json
import os
import re

import numpy as np
import torch

from common import CACHE, CLASSES, HERE, N_FOLDS, REPO, load
from common import fold_of
from cv import cross_validate, feature_matrix, lda_candidate, lda_views, pooled_candidate, predict, train_pooled
from lda import SHRINKAGE_GRID, choose_shrinkage, fit_augmented
from models import Pooled, Probabilities

MODEL_DIR = os.path.join(REPO, "lib", "speech", "vocal-expression", "model")
MODELS_TS = os.path.join(REPO, "lib", "speech", "models.ts")
PARITY_ROWS = 6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--classifier", choices=["lda", "pooled"], default="lda")
    ap.add_argument("--spec", default="tiny+prosody")
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--version", required=True)
    args = ap.parse_args()
    torch.set_num_threads(1)
    meta, feats, mfcc, clip, y, actor = load(CACHE)
    lda = args.classifier == "lda"
    candidate = lda_candidate(args.spec, meta.get("augment", [])) if lda else pooled_candidate(args.spec, args.hidden)
    # The shipped figures: this candidate's actor-held-out cross-validation (same seeds as cv.py, same numbers).
    cv = cross_validate(candidate, meta, feats, mfcc, clip, y, fold_of(actor), actor)
    x = feature_matrix(feats, args.spec)
    if lda:
        views = lda_views(feats, candidate)
        everyone = np.ones(len(y), dtype=bool)
        shrinkage = choose_shrinkage(views, y, actor, everyone, n_inner=N_FOLDS)
        fitted = fit_augmented(views, y, everyone, [shrinkage])[0]
        model = Pooled(fitted.mean, fitted.std, hidden=0)
        with torch.no_grad():
            model.net[1].weight.copy_(torch.from_numpy(fitted.weight.T.copy()))
            model.net[1].bias.copy_(torch.from_numpy(fitted.bias))
        model.eval()
    else:
        model = train_pooled(x, y, args.hidden, candidate["epochs"], candidate["wd"])
    wrapped = Probabilities(model).eval()

    os.makedirs(MODEL_DIR, exist_ok=True)
    onnx_path = os.path.join(MODEL_DIR, "rehearse-voice.onnx")
    torch.onnx.export(wrapped, torch.from_numpy(x[:2]), onnx_path, input_names=["features"], output_names=["probabilities"],
                      dynamic_axes={"features": {0: "n"}, "probabilities": {0: "n"}}, opset_version=13)
    sha = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()

    encoder = next(k for k in ("tiny", "base") if k in args.spec.split("+"))
    card = {
        "id": "rehearse-voice",
        "version": args.version,
        "classes": CLASSES,
        "encoder": encoder,
        "embeddingDim": meta["dims"][encoder] // 2,
        "prosodyFeatureNames": meta["prosodyNames"],
        "inputName": "features",
        "outputName": "probabilities",
        "architecture": (f"standardise -> linear {x.shape[1]}x8 (linear discriminant analysis, covariance shrinkage {shrinkage}) -> softmax" if lda
                         else f"standardise -> dropout 0.2 -> linear {x.shape[1]}x{args.hidden} -> ReLU -> dropout 0.5 -> linear {args.hidden}x8 -> softmax"
                         if args.hidden else f"standardise -> linear {x.shape[1]}x8 -> softmax"),
        "trainedOn": "RAVDESS speech (Livingstone & Russo 2018, CC BY-NC-SA 4.0), actors 01-20, 1,200 clips; "
                     + (f"every window plus copies at speed x{' and x'.join(a[1:] for a in candidate['augment'])} (resampled: tempo and pitch together); "
                        f"shrinkage {shrinkage} chosen over the 5 actor folds from {list(SHRINKAGE_GRID)}" if lda
                        else f"{candidate['epochs']} epochs AdamW, weight decay {candidate['wd']}, label smoothing 0.1, seed 0"),
        "crossValidation": {"folds": N_FOLDS, "eightClass": cv["eightClass"], "merged": cv["merged"], "foldAccuracy8": cv["foldAccuracy8"]},
    }
    with open(os.path.join(MODEL_DIR, "rehearse-voice.json"), "w") as f:
        json.dump(card, f, indent=1)
        f.write("\n")

    # Parity fixture: one window per class from different actors, with the torch (fp32) probabilities.
    picks = [int(np.flatnonzero((y == c) & (actor == 1 + (3 * c) % 20))[0]) for c in range(PARITY_ROWS)]
    rows = np.round(x[picks].astype(np.float64), 5).astype(np.float32)  # the fixture holds these values exactly
    probs = fitted.predict_proba(rows) if lda else predict(model, rows)  # the training framework's own output
    with open(os.path.join(HERE, "parity.json"), "w") as f:
        json.dump({"version": args.version, "files": [meta["rows"][i]["file"] for i in picks],
                   "features": [[round(float(v), 5) for v in r] for r in rows],
                   "probabilities": [[float(v) for v in p] for p in probs]}, f)
        f.write("\n")

    src = open(MODELS_TS).read()
    block = re.search(r"export const VOCAL_EXPRESSION_MODEL = \{.*?\} as const;", src, re.S)
    new = re.sub(r'version: "[^"]*"', f'version: "{args.version}"', block.group(0))
    new = re.sub(r'sha256: "[^"]*"', f'sha256: "{sha}"', new)
    open(MODELS_TS, "w").write(src.replace(block.group(0), new))
    print(f"exported {onnx_path} ({os.path.getsize(onnx_path)} bytes, sha256 {sha}); CV acc8 {cv['eightClass']['accuracy']:.4f}")


if __name__ == "__main__":
    main()
