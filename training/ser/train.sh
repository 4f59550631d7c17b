#!/usr/bin/env bash
# Reproduce the shipped vocal-expression model (rehearse-voice) end to end, on CPU:
#   1. features with the app's own code (lib/speech/vocal-expression, via tsx) -> training/ser/cache/, with
#      speed-perturbed copies (x0.9, x1.1) of every window for training (augment.ts)
#   2. actor-held-out 5-fold cross-validation of every candidate (cv.py) -> training/ser/runs/cv.json
#   3. the chosen candidate (default: shrinkage LDA over tiny + prosody, with the augmented copies) trained on all 20 actors, exported to ONNX with its metadata and the parity
#      fixture; version and sha256 written into lib/speech/models.ts (export.py)
#   4. the subset figure for the accuracy test (training/ser/subset-accuracy.json), then the parity and accuracy tests
# Usage: bash training/ser/train.sh            (about 20 min of features + 30-60 min for every CV candidate on 2 shared cores)
#        CV_ARGS=--lda-only bash training/ser/train.sh        (the LDA candidates only: a few minutes after the features)
#        DATA=/path/to/ravdess CLASSIFIER=pooled SPEC=base+prosody HIDDEN=256 bash training/ser/train.sh
# Needs Debian python3-torch python3-numpy and the repo's npm dependencies. RAVDESS is CC BY-NC-SA 4.0:
# the cache holds features derived from it and stays out of git.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
DATA=${DATA:-../shared/data/ravdess}
SPEC=${SPEC:-tiny+prosody}
CLASSIFIER=${CLASSIFIER:-lda}
HIDDEN=${HIDDEN:-0}
VERSION=${VERSION:-rehearse-voice-$(date -u +%Y.%m.%d)}
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p training/ser/runs

if [[ ! -f training/ser/cache/meta.json || ! -f training/ser/cache/tiny-s1.1.f32 || -n "${REEXTRACT:-}" ]]; then
  nice -n 10 npx tsx training/ser/extract-features.ts --data "$DATA" --out training/ser/cache
fi
(cd training/ser && nice -n 10 $PY cv.py ${CV_ARGS:-}) | tee training/ser/runs/cv.log
(cd training/ser && nice -n 10 $PY export.py --classifier "$CLASSIFIER" --spec "$SPEC" --hidden "$HIDDEN" --version "$VERSION")
# The accuracy test's recorded figure: the new model on every 13th clip (training data: a drift check).
npm run -s eval:ser -- "$DATA" --every 13 | tail -1 | $PY -c '
import json, sys
d = json.loads(sys.stdin.read())
out = {"every": d["every"], "n": d["n"], "accuracy": d["accuracy"], "version": d["model"]["version"],
       "note": "every 13th row of ../shared/data/ravdess/labels.tsv, through npm run eval:ser; these clips are in the final model training data (drift check, not an accuracy estimate)"}
open("training/ser/subset-accuracy.json", "w").write(json.dumps(out, indent=1) + "\n")'
npx vitest run lib/speech/vocal-expression
