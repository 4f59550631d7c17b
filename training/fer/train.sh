#!/usr/bin/env bash
# Reproduce the shipped facial-expression models end to end:
#   decode FER2013 with the app's decoder -> numpy cache -> train (niced) -> export tfjs -> parity test -> eval.
# The app's default, rehearse-ensemble, averages two networks; this trains both, one after the other:
#   rehearse-fernet  our VGG-style net from scratch (--arch fernet)   FERNET_EPOCHS, default 69 (~1 h 50 min on 2 idle cores)
#   rehearse-fer     Human's mini-Xception fine-tuned (--arch xception) XCEPTION_EPOCHS, default 12 (~1 h)
# Usage: bash training/fer/train.sh                       both networks, then the ensemble's evaluation
#        ARCH=fernet bash training/fer/train.sh           one network only (ARCH=xception for the other)
#        ARCH=fernet DEADLINE=00:02 bash training/fer/train.sh   plan the epochs to end by HH:MM UTC instead
# Needs Debian python3-torch python3-numpy, and the repo's npm dependencies (tsx, jpeg-js, @tensorflow/*).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
STAMP=$(date -u +%Y.%m.%d)

train_one() {
  local arch=$1 name recipe id
  if [[ "$arch" == xception ]]; then
    name=${NAME:-xft-$STAMP} id=rehearse-fer
    recipe=(--arch xception --init node_modules/@vladmandic/human/models/emotion.json --lr 0.002 --warmup 0.1
            --smoothing 0.0 --erase-p 0.25 --low-res 64 --epochs "${XCEPTION_EPOCHS:-12}")
  else
    name=${NAME:-fernet-$STAMP} id=rehearse-fernet
    recipe=(--arch fernet --low-res 32 --low-res-frac 0.5 --epochs "${FERNET_EPOCHS:-69}")
  fi
  if [[ -n "${DEADLINE:-}" ]]; then recipe+=(--deadline "$DEADLINE"); fi
  # nice: the machine is shared; torch then only takes idle CPU
  OMP_WAIT_POLICY=PASSIVE nice -n 19 $PY training/fer/train.py --name "$name" "${recipe[@]}" | tee "training/fer/runs/$name.log"
  # writes public/models/<id>/, training/fer/parity-<id>.json and the entry's version and checksums in the registry
  $PY training/fer/export_tfjs.py --ckpt "training/fer/runs/$name/final.pt" --version "$id-$STAMP"
}

npx tsx training/fer/decode-fer.ts
$PY training/fer/prepare_data.py
if [[ -n "${ARCH:-}" ]]; then train_one "$ARCH"; else train_one fernet; train_one xception; fi
npx vitest run lib/vision/emotion/parity.test.ts lib/vision/model-registry.test.ts
npx tsx scripts/eval-fer.ts ../shared/data/fer2013/PublicTest
echo "Copy the eval figures into the registry's accuracy fields and training/fer/RESULTS.md."
