#!/usr/bin/env bash
# Reproduce the shipped facial-expression models end to end:
#   decode FER2013 with the app's decoder -> numpy cache -> train (niced) -> export tfjs -> parity test -> eval.
# Trains both of our networks, one after the other:
#   rehearse-fernet  our VGG-style net from scratch (--arch fernet), the app's default (with mirror averaging);
#                    FERNET_EPOCHS, default 140 (~4 h on 2 idle cores); the EMA weights of its last 20 epochs
#                    are averaged (average_weights.py) and that average is exported
#   rehearse-fer     Human's mini-Xception fine-tuned (--arch xception), the second member of rehearse-ensemble;
#                    XCEPTION_EPOCHS, default 12 (~1 h)
# Usage: bash training/fer/train.sh                       both networks, then the default model's evaluation
#        ARCH=fernet bash training/fer/train.sh           one network only (ARCH=xception for the other)
#        ARCH=fernet DEADLINE=00:02 bash training/fer/train.sh   plan the epochs to end by HH:MM UTC instead
# Needs Debian python3-torch python3-numpy, and the repo's npm dependencies (tsx, jpeg-js, @tensorflow/*).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
STAMP=$(date -u +%Y.%m.%d)

train_one() {
  local arch=$1 name recipe id ckpt
  if [[ "$arch" == xception ]]; then
    name=${NAME:-xft-$STAMP} id=rehearse-fer
    recipe=(--arch xception --init node_modules/@vladmandic/human/models/emotion.json --lr 0.002 --warmup 0.1
            --smoothing 0.0 --erase-p 0.25 --low-res 64 --epochs "${XCEPTION_EPOCHS:-12}")
  else
    name=${NAME:-fernet-$STAMP} id=rehearse-fernet
    recipe=(--arch fernet --low-res 32 --low-res-frac 0.6 --epochs "${FERNET_EPOCHS:-140}")
  fi
  if [[ -n "${DEADLINE:-}" ]]; then recipe+=(--deadline "$DEADLINE"); fi
  # nice: the machine is shared; torch then only takes idle CPU
  OMP_WAIT_POLICY=PASSIVE nice -n 19 $PY training/fer/train.py --name "$name" "${recipe[@]}" | tee "training/fer/runs/$name.log"
  ckpt="training/fer/runs/$name/final.pt"
  if [[ "$arch" == fernet ]]; then
    $PY training/fer/average_weights.py --name "$name" --last 20
    ckpt="training/fer/runs/$name/averaged.pt"
  fi
  # writes public/models/<id>/, training/fer/parity-<id>.json and the entry's version and checksums in the registry
  $PY training/fer/export_tfjs.py --ckpt "$ckpt" --version "$id-$STAMP"
}

npx tsx training/fer/decode-fer.ts
$PY training/fer/prepare_data.py
if [[ -n "${ARCH:-}" ]]; then train_one "$ARCH"; else train_one fernet; train_one xception; fi
npx vitest run lib/vision/emotion/parity.test.ts lib/vision/model-registry.test.ts
npx tsx scripts/eval-fer.ts ../shared/data/fer2013/PublicTest
echo "Copy the eval figures into the registry's accuracy fields and training/fer/RESULTS.md."
