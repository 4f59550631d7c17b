"""Accuracy on FER2013 PublicTest of each shippable combination of our two networks, from their torch
checkpoints (the tfjs exports agree with torch to < 1e-6, so these are the app's figures, which eval-fer then
confirms). Views per network: plain, or plain + mirrored. Prints one row per combination with its cost in
network runs per face, so the choice of the app's default (accuracy within the 20 ms browser budget) is
reproducible (the weight grid is coarse on purpose: PublicTest both selects and scores it):

  /usr/bin/python3 training/fer/compare_ensembles.py --fernet runs/NAME/final.pt --xception runs/NAME/final.pt
"""
import argparse
import os

import numpy as np
import torch
import torch.nn.functional as F

from model import FerNet, normalise
from xception import INPUT_SIZE as XCEPTION_SIZE, MiniXception

HERE = os.path.dirname(os.path.abspath(__file__))
# fernet's share of the average (the app's member weights); a coarse grid, since PublicTest both selects and scores
WEIGHTS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


def load(path: str, make):
    model = make()
    model.load_state_dict(torch.load(path, map_location="cpu")["ema"])
    return model.eval()


@torch.no_grad()
def view_probs(model, x: torch.Tensor, size: int) -> dict:
    """{"plain": probs, "flip": probs of the mirrored faces}, in batches."""
    out = {"plain": [], "flip": []}
    for i in range(0, x.shape[0], 512):
        xb = normalise(x[i : i + 512])
        if size != xb.shape[-1]:
            xb = F.interpolate(xb, size=(size, size), mode="bilinear", align_corners=False)  # as the app's cropFace
        out["plain"].append(F.softmax(model(xb), 1))
        out["flip"].append(F.softmax(model(torch.flip(xb, dims=[3])), 1))
    return {k: torch.cat(v) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fernet", required=True)
    ap.add_argument("--xception", required=True)
    args = ap.parse_args()
    torch.set_num_threads(2)
    va = np.load(os.path.join(HERE, "runs", "cache", "PublicTest.npz"))
    x, y = torch.from_numpy(va["x"]), torch.from_numpy(va["y"])
    fer = view_probs(load(args.fernet, FerNet), x, 48)
    xce = view_probs(load(args.xception, MiniXception), x, XCEPTION_SIZE)

    def averaged(views: dict, flip: bool) -> torch.Tensor:
        return (views["plain"] + views["flip"]) / 2 if flip else views["plain"]

    acc = lambda p: (p.argmax(1) == y).float().mean().item()
    rows = []
    for name, views in (("fernet", fer), ("xception", xce)):
        for flip in (False, True):
            rows.append((f"{name}{' +flip' if flip else ''}", 2 if flip else 1, acc(averaged(views, flip))))
    for f_flip in (False, True):
        for x_flip in (False, True):
            for w in WEIGHTS:
                p = w * averaged(fer, f_flip) + (1 - w) * averaged(xce, x_flip)
                label = f"ensemble fernet{' +flip' if f_flip else ''} x{w} + xception{' +flip' if x_flip else ''} x{1 - w:.2f}"
                rows.append((label, (2 if f_flip else 1) + (2 if x_flip else 1), acc(p)))
    print(f"{'combination':<62} runs  accuracy")
    for label, runs, a in rows:
        print(f"{label:<62} {runs:>4}  {100 * a:.2f}%")


if __name__ == "__main__":
    main()
