"""A small sweep of the pooled classifiers' regularisation on actor-held-out folds (python3 tune.py SPEC).
Every figure printed is a cross-validation figure; picking the best of several makes it slightly optimistic,
which the model card's notes say."""
import sys

import numpy as np

from common import CACHE, N_FOLDS, both_metrics, clip_probs, fold_of, load
from cv import feature_matrix, predict, train_pooled

spec = sys.argv[1] if len(sys.argv) > 1 else "tiny+prosody"
meta, feats, _, clip, y, actor = load(CACHE)
folds = fold_of(actor)
x = feature_matrix(feats, spec)
for hidden, epochs, wd in [(0, 60, 0.01), (0, 60, 1.0), (0, 150, 0.1), (64, 60, 0.05)]:
    probs = np.zeros((len(y), 8))
    for k in range(N_FOLDS):
        tr, te = folds != k, folds == k
        probs[te] = predict(train_pooled(x[tr], y[tr], hidden, epochs, wd), x[te])
    ids, pc = clip_probs(probs, clip)
    yc = np.array([y[clip == i][0] for i in ids])
    m8, m7 = both_metrics(yc, pc)
    print(f"{spec} hidden {hidden} epochs {epochs} wd {wd}: acc8 {m8['accuracy']:.4f} F1 {m8['macroF1']:.4f} merged {m7['accuracy']:.4f}", flush=True)
