"""Train the chosen classifier on all 20 actors, export it to ONNX with its metadata, write the parity fixture,
and record version and sha256 in lib/speech/models.ts.

Usage: python3 training/ser/export.py --spec tiny+prosody --hidden 256 --version rehearse-voice-YYYY.MM.DD
Reads training/ser/cache (extract-features.ts); re-runs the chosen candidate's actor-held-out CV for the figures.
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
from cv import cross_validate, feature_matrix, pooled_candidate, predict, train_pooled
from models import Probabilities

MODEL_DIR = os.path.join(REPO, "lib", "speech", "vocal-expression", "model")
MODELS_TS = os.path.join(REPO, "lib", "speech", "models.ts")
PARITY_ROWS = 6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", default="tiny+prosody")
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--version", required=True)
    args = ap.parse_args()
    torch.set_num_threads(1)
    meta, feats, mfcc, clip, y, actor = load(CACHE)
    candidate = pooled_candidate(args.spec, args.hidden)
    # The shipped figures: this candidate's actor-held-out cross-validation (same seeds as cv.py, same numbers).
    cv = cross_validate(candidate, meta, feats, mfcc, clip, y, fold_of(actor))
    x = feature_matrix(feats, args.spec)
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
        "architecture": (f"standardise -> dropout 0.2 -> linear {x.shape[1]}x{args.hidden} -> ReLU -> dropout 0.5 -> linear {args.hidden}x8 -> softmax"
                         if args.hidden else f"standardise -> linear {x.shape[1]}x8 -> softmax"),
        "trainedOn": "RAVDESS speech (Livingstone & Russo 2018, CC BY-NC-SA 4.0), actors 01-20, 1,200 clips; "
                     f"{candidate['epochs']} epochs AdamW, weight decay {candidate['wd']}, label smoothing 0.1, seed 0",
        "crossValidation": {"folds": N_FOLDS, "eightClass": cv["eightClass"], "merged": cv["merged"], "foldAccuracy8": cv["foldAccuracy8"]},
    }
    with open(os.path.join(MODEL_DIR, "rehearse-voice.json"), "w") as f:
        json.dump(card, f, indent=1)
        f.write("\n")

    # Parity fixture: one window per class from different actors, with the torch (fp32) probabilities.
    picks = [int(np.flatnonzero((y == c) & (actor == 1 + (3 * c) % 20))[0]) for c in range(PARITY_ROWS)]
    rows = np.round(x[picks].astype(np.float64), 5).astype(np.float32)  # the fixture holds these values exactly
    probs = predict(model, rows)
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
