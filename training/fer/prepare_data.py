"""Step 2 of training: pack the decoded pixels from decode-fer.ts into numpy caches.

runs/cache/<split>.u8 + <split>.json -> runs/cache/<split>.npz with x (uint8 [N,48,48]), y (int64, canonical
order angry, disgust, fear, happy, sad, surprise, neutral) and paths. The cache is git-ignored; images are
never committed.
"""
import hashlib
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, "runs", "cache")


def main() -> None:
    for split in ("Training", "PublicTest"):
        with open(os.path.join(CACHE, f"{split}.json")) as f:
            meta = json.load(f)
        size = meta["size"]
        x = np.fromfile(os.path.join(CACHE, f"{split}.u8"), dtype=np.uint8).reshape(-1, size, size)
        y = np.asarray(meta["labels"], dtype=np.int64)
        assert x.shape[0] == y.shape[0] == len(meta["paths"]), f"{split}: pixel and label counts differ"
        np.savez(os.path.join(CACHE, f"{split}.npz"), x=x, y=y, paths=np.asarray(meta["paths"]))
        digest = hashlib.sha256(x.tobytes()).hexdigest()[:16]
        print(f"{split}: {x.shape[0]} images, class counts {np.bincount(y, minlength=7).tolist()}, pixels sha256 {digest}")


if __name__ == "__main__":
    main()
