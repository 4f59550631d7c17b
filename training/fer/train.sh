#!/usr/bin/env bash
# Reproduce the rehearse-fer emotion model end to end:
#   decode FER2013 with the app's decoder -> numpy cache -> train (niced) -> export tfjs -> parity test.
# Usage: bash training/fer/train.sh                   (fine-tune the mini-Xception, EPOCHS epochs, default 12)
#        DEADLINE=20:50 bash training/fer/train.sh    (shrink the schedule to finish by HH:MM UTC)
#        ARCH=fernet EPOCHS=80 bash training/fer/train.sh   (our VGG-style net from scratch)
# Needs Debian python3-torch python3-numpy, and the repo's npm dependencies (tsx, jpeg-js, @tensorflow/*).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
ARCH=${ARCH:-xception}
NAME=${NAME:-$ARCH}
if [[ "$ARCH" == xception ]]; then
  EPOCHS=${EPOCHS:-12}
  RECIPE=(--arch xception --init node_modules/@vladmandic/human/models/emotion.json --lr 0.002 --warmup 0.1
          --smoothing 0.0 --erase-p 0.25 --low-res 64)
else
  EPOCHS=${EPOCHS:-80}
  RECIPE=(--arch fernet)
fi
VERSION=${VERSION:-rehearse-fer-$(date -u +%Y%m%d)}
DEADLINE_ARGS=(--epochs "$EPOCHS")
if [[ -n "${DEADLINE:-}" ]]; then DEADLINE_ARGS=(--deadline "$DEADLINE" --epochs "$EPOCHS"); fi

npx tsx training/fer/decode-fer.ts
$PY training/fer/prepare_data.py
# nice: the machine is shared; torch then only takes idle CPU
OMP_WAIT_POLICY=PASSIVE nice -n 19 $PY training/fer/train.py --name "$NAME" "${RECIPE[@]}" "${DEADLINE_ARGS[@]}" | tee "training/fer/runs/$NAME.log"
$PY training/fer/export_tfjs.py --ckpt "training/fer/runs/$NAME/final.pt" --version "$VERSION"
# the exporter has rewritten the rehearse-fer entry of lib/vision/model-registry.ts (version, checksums)
npx vitest run lib/vision/emotion/parity.test.ts lib/vision/model-registry.test.ts
npx tsx scripts/eval-fer.ts ../shared/data/fer2013/PublicTest --model rehearse-fer
echo "Copy the eval figures into the registry's accuracy field and training/fer/RESULTS.md."
