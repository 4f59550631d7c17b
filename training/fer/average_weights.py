"""Average a run's last epochs: the mean of the EMA weights (and batch-norm statistics) that train.py kept
in runs/NAME/tail/, written to runs/NAME/averaged.pt and scored on PublicTest, plain and mirror-averaged.

  /usr/bin/python3 training/fer/average_weights.py --name fernet-long [--last 20]

Late in a one-cycle schedule the EMA weights wander between nearby minima while the validation accuracy
drifts down (the net starts to overfit); their mean sits nearer the middle of that region and generalises
better (stochastic weight averaging, here over the EMA snapshots). Averaging the batch-norm running statistics
with the weights, instead of re-estimating them, is what was measured (RESULTS.md).
"""
import argparse
import glob
import os

import numpy as np
import torch

from compare_ensembles import view_probs
from networks import NETWORKS

HERE = os.path.dirname(os.path.abspath(__file__))


def mean_state(states: list[dict]) -> dict:
    """Element-wise mean of floating tensors; integer buffers (batch counters) are taken from the last."""
    return {
        key: torch.stack([s[key].double() for s in states]).mean(0).to(value.dtype) if value.is_floating_point() else states[-1][key]
        for key, value in states[-1].items()
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--last", type=int, default=20, help="how many of the last epochs to average")
    args = ap.parse_args()
    torch.set_num_threads(2)
    run = os.path.join(HERE, "runs", args.name)
    paths = sorted(glob.glob(os.path.join(run, "tail", "ema-*.pt")))[-args.last :]
    if len(paths) < args.last:
        raise SystemExit(f"{run}/tail has {len(paths)} epochs, fewer than --last {args.last}")
    snapshots = [torch.load(path, map_location="cpu") for path in paths]
    epochs = [snap["epochs"] for snap in snapshots]
    arch = snapshots[-1]["arch"]
    make, size = NETWORKS[arch]
    model = make()
    model.load_state_dict(mean_state([snap["ema"] for snap in snapshots]))
    va = np.load(os.path.join(HERE, "runs", "cache", "PublicTest.npz"))
    views = view_probs(model.eval(), torch.from_numpy(va["x"]), size)
    y = torch.from_numpy(va["y"])
    plain = (views["plain"].argmax(1) == y).float().mean().item()
    flip = ((views["plain"] + views["flip"]).argmax(1) == y).float().mean().item()
    torch.save({"arch": arch, "ema": model.state_dict(), "epochs": epochs[-1], "averaged_epochs": epochs}, os.path.join(run, "averaged.pt"))
    print(f"averaged epochs {epochs[0]}-{epochs[-1]}: PublicTest {plain:.4f} plain, {flip:.4f} with flip -> {run}/averaged.pt")


if __name__ == "__main__":
    main()
