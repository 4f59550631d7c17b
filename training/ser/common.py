"""Shared pieces of the vocal-expression training: data loading from the feature cache, actor folds, metrics."""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(HERE, "cache")
CLASSES = ["neutral", "calm", "happy", "sad", "angry", "fearful", "disgust", "surprised"]
# calm merged into neutral: the facial-expression model's classes (the "6-class" set; 7 with neutral)
MERGED = ["neutral", "happy", "sad", "angry", "fearful", "disgust", "surprised"]
TO_MERGED = [0, 0, 1, 2, 3, 4, 5, 6]
N_FOLDS = 5


def load(cache=CACHE):
    meta = json.load(open(os.path.join(cache, "meta.json")))
    rows = meta["rows"]
    n = len(rows)
    feats = {k: np.fromfile(os.path.join(cache, f"{k}.f32"), dtype=np.float32).reshape(n, meta["dims"][k])
             for k in ("prosody", "tiny", "base")}
    mfcc = np.fromfile(os.path.join(cache, "mfcc.f32"), dtype=np.float32).reshape(-1, meta["dims"]["mfcc"])
    files = sorted({r["file"] for r in rows})
    clip_index = {f: i for i, f in enumerate(files)}
    clip = np.array([clip_index[r["file"]] for r in rows])
    y = np.array([CLASSES.index(r["emotion"]) for r in rows])
    actor = np.array([int(r["speaker"][-2:]) for r in rows])
    # Augmented copies of every window (extract-features.ts --augment): "tiny-s0.9", "prosody-s0.9", ...
    for v in meta.get("augment", []):
        for k in ("tiny", "prosody"):
            feats[f"{k}-{v}"] = np.fromfile(os.path.join(cache, f"{k}-{v}.f32"), dtype=np.float32).reshape(n, meta["dims"][k])
    return meta, feats, mfcc, clip, y, actor


def fold_of(actor):
    """Fold k holds actors with (actor - 1) % 5 == k: four actors, two male and two female (odd = male)."""
    return (np.asarray(actor) - 1) % N_FOLDS


def clip_probs(probs, clip):
    """Averages window probabilities per clip; returns (clip ids, probs)."""
    ids = np.unique(clip)
    return ids, np.stack([probs[clip == c].mean(0) for c in ids])


def metrics(y_true, y_pred, classes):
    k = len(classes)
    conf = np.zeros((k, k), dtype=int)
    for t, p in zip(y_true, y_pred):
        conf[t, p] += 1
    recall = conf.diagonal() / np.maximum(conf.sum(1), 1)
    precision = conf.diagonal() / np.maximum(conf.sum(0), 1)
    f1 = np.where(precision + recall > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0)
    return {
        "n": int(conf.sum()),
        "accuracy": float(conf.diagonal().sum() / max(conf.sum(), 1)),
        "macroF1": float(f1.mean()),
        "perClassRecall": {c: round(float(r), 4) for c, r in zip(classes, recall)},
        "confusion": conf.tolist(),
        "classes": classes,
    }


def both_metrics(y_clip, p_clip):
    """8-class figures, and merged figures from summed probabilities (calm + neutral)."""
    m8 = metrics(y_clip, p_clip.argmax(1), CLASSES)
    pm = np.zeros((len(p_clip), len(MERGED)))
    for i, j in enumerate(TO_MERGED):
        pm[:, j] += p_clip[:, i]
    m7 = metrics(np.array(TO_MERGED)[y_clip], pm.argmax(1), MERGED)
    return m8, m7
