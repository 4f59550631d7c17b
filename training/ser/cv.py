"""Actor-held-out cross-validation of the candidate classifiers (5 folds: train on 16 actors, test on 4).

Usage: python3 training/ser/cv.py [--quick | --lda-only]   -> training/ser/runs/cv.json and a table on stdout.
Each candidate is scored on clips (window probabilities averaged); the merged figures sum calm + neutral.
LDA candidates choose their shrinkage inside each outer fold (actor-held-out inner folds of the 16 training
actors), so the outer figure is not tuned on the actors it scores; augmented copies (speed x0.9 / x1.1 of
the same windows) are added to the training actors only, and every score is on original audio.
"""
import argparse
import json
import os
import time

import numpy as np
import torch
import torch.nn.functional as F

from common import CACHE, HERE, N_FOLDS, both_metrics, clip_probs, fold_of, load
from lda import choose_shrinkage, fit_augmented
from models import MfccCnn, Pooled

torch.set_num_threads(1)


def feature_matrix(feats, spec):
    return np.concatenate([feats[k] for k in spec.split("+")], axis=1)


def train_pooled(x, y, hidden, epochs, wd, lr=1e-3, seed=0):
    torch.manual_seed(seed)
    mean = x.mean(0)
    std = x.std(0) + 1e-6
    model = Pooled(mean, std, hidden=hidden)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=wd)
    xt = torch.from_numpy(x)
    yt = torch.from_numpy(y)
    n = len(x)
    for ep in range(epochs):
        model.train()
        perm = torch.randperm(n)
        for i in range(0, n, 64):
            idx = perm[i:i + 64]
            loss = F.cross_entropy(model(xt[idx]), yt[idx], label_smoothing=0.1)
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    return model


def predict(model, x):
    with torch.no_grad():
        return torch.softmax(model(torch.from_numpy(x)), -1).numpy()


def mfcc_windows(mfcc, meta_rows, frames):
    """[n, 40, frames]: each window's MFCC frames, centre-cropped or zero-padded to `frames`."""
    out = np.zeros((len(meta_rows), mfcc.shape[1], frames), dtype=np.float32)
    for i, r in enumerate(meta_rows):
        seq = mfcc[r["mfccOffset"]:r["mfccOffset"] + r["mfccFrames"]]
        if len(seq) >= frames:
            a = (len(seq) - frames) // 2
            out[i] = seq[a:a + frames].T
        else:
            out[i, :, :len(seq)] = seq.T
    return out


def train_cnn(x, y, epochs, seed=0):
    torch.manual_seed(seed)
    mean = x.mean((0, 2), keepdims=True)
    std = x.std((0, 2), keepdims=True) + 1e-6
    model = MfccCnn()
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-2)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=epochs * ((len(x) + 31) // 32))
    xt = torch.from_numpy((x - mean) / std)
    yt = torch.from_numpy(y)
    for ep in range(epochs):
        model.train()
        perm = torch.randperm(len(x))
        for i in range(0, len(x), 32):
            idx = perm[i:i + 32]
            xb = xt[idx]
            shift = int(torch.randint(-10, 11, (1,)))  # time-shift augmentation (frames)
            xb = torch.roll(xb, shift, dims=2)
            loss = F.cross_entropy(model(xb), yt[idx], label_smoothing=0.1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    model.eval()
    return lambda xe: predict(model, (xe - mean) / std)


def pooled_candidate(spec, hidden):
    return {"name": f"{'mlp' if hidden else 'linear'}[{spec}]", "kind": "pooled", "spec": spec,
            "hidden": hidden, "epochs": 60, "wd": 1e-2 if hidden else 1e-1}


def lda_candidate(spec, augment):
    return {"name": f"lda[{spec}{''.join('+' + a for a in augment)}]", "kind": "lda", "spec": spec, "augment": list(augment)}


def lda_views(feats, c):
    """The original feature matrix, then one per augmentation variant (same rows, perturbed audio)."""
    return [feature_matrix(feats, c["spec"])] + [feature_matrix(feats, "+".join(f"{k}-{a}" for k in c["spec"].split("+"))) for a in c["augment"]]


def cross_validate(c, meta, feats, mfcc, clip, y, folds, actor=None):
    """Out-of-fold probabilities for every window -> clip-level figures (8 and merged classes) and per-fold accuracy."""
    t0 = time.time()
    probs = np.zeros((len(y), 8))
    chosen = []
    views = lda_views(feats, c) if c["kind"] == "lda" else None
    for k in range(N_FOLDS):
        tr, te = folds != k, folds == k
        if c["kind"] == "lda":
            s = choose_shrinkage(views, y, actor, tr)
            chosen.append(s)
            probs[te] = fit_augmented(views, y, tr, [s])[0].predict_proba(views[0][te])
        elif c["kind"] == "pooled":
            x = feature_matrix(feats, c["spec"])
            model = train_pooled(x[tr], y[tr], c["hidden"], c["epochs"], c["wd"])
            probs[te] = predict(model, x[te])
        else:
            xm = mfcc_windows(mfcc, meta["rows"], 300)[:, :, ::2]  # 20-ms steps: half the compute, same 3 s
            probs[te] = train_cnn(xm[tr], y[tr], c["epochs"])(xm[te])
    ids, pc = clip_probs(probs, clip)
    yc = np.array([y[clip == i][0] for i in ids])
    fc = np.array([folds[clip == i][0] for i in ids])
    m8, m7 = both_metrics(yc, pc)
    per_fold = [both_metrics(yc[fc == k], pc[fc == k])[0]["accuracy"] for k in range(N_FOLDS)]
    extra = {"shrinkagePerFold": chosen} if chosen else {}
    return {**c, **extra, "eightClass": m8, "merged": m7, "foldAccuracy8": per_fold, "seconds": round(time.time() - t0, 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer candidates (a smoke run)")
    ap.add_argument("--cnn-epochs", type=int, default=20)
    ap.add_argument("--no-cnn", action="store_true")
    ap.add_argument("--lda-only", action="store_true", help="only the LDA candidates (a minute)")
    ap.add_argument("--only-cnn", action="store_true")
    ap.add_argument("--specs", help="comma-separated feature sets to compare instead of the default list")
    ap.add_argument("--out", default="cv.json")
    args = ap.parse_args()
    meta, feats, mfcc, clip, y, actor = load(CACHE)
    folds = fold_of(actor)
    candidates = []
    default_specs = ["prosody", "tiny", "base", "tiny+prosody", "base+prosody", "tiny+base+prosody"]
    augment = meta.get("augment", [])
    for spec in ([] if args.only_cnn or args.quick else ["tiny+prosody", "tiny", "base+prosody"]):
        candidates.append(lda_candidate(spec, []))
    if augment and not args.only_cnn:
        candidates.append(lda_candidate("tiny+prosody", augment))
    specs = [] if args.only_cnn or args.lda_only else ["tiny+prosody"] if args.quick else args.specs.split(",") if args.specs else default_specs
    for spec in specs:
        for hidden in ([256] if args.quick else [0, 256]):
            candidates.append(pooled_candidate(spec, hidden))
    if not (args.no_cnn or args.lda_only):
        candidates.append({"name": "cnn[mfcc]", "kind": "cnn", "epochs": args.cnn_epochs})

    results = []
    for c in candidates:
        r = cross_validate(c, meta, feats, mfcc, clip, y, folds, actor)
        results.append(r)
        m8, m7 = r["eightClass"], r["merged"]
        print(f"{c['name']:28s} acc8 {m8['accuracy']:.4f} F1 {m8['macroF1']:.4f} | merged acc {m7['accuracy']:.4f} F1 {m7['macroF1']:.4f}"
              f" | folds {' '.join(f'{a:.3f}' for a in r['foldAccuracy8'])} | {r['seconds']} s"
              + (f" | shrinkage {r['shrinkagePerFold']}" if "shrinkagePerFold" in r else ""), flush=True)
    os.makedirs(os.path.join(HERE, "runs"), exist_ok=True)
    json.dump(results, open(os.path.join(HERE, "runs", args.out), "w"), indent=1)


if __name__ == "__main__":
    main()
