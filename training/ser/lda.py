"""Linear discriminant analysis with shrinkage (numpy): the shipped classifier.

Features are standardised (training mean and SD), the pooled within-class covariance is shrunk toward a scaled
identity, (1 - s) C + s tr(C)/d I (Ledoit-Wolf's target), and the class scores are linear:
logits = z W + b with W = Sigma^-1 mu_k and b = -mu_k Sigma^-1 mu_k / 2 + log prior_k; probabilities are their
softmax. With 960 training windows and ~660 features the covariance needs the shrinkage; s is chosen by
actor-held-out folds inside the training actors (`choose_shrinkage`), never on the test actors.
"""
import numpy as np

SHRINKAGE_GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


class Lda:
    def __init__(self, mean, std, weight, bias):
        self.mean, self.std, self.weight, self.bias = mean, std, weight, bias

    def logits(self, x):
        return ((np.asarray(x, dtype=np.float64) - self.mean) / self.std) @ self.weight + self.bias

    def predict_proba(self, x):
        z = self.logits(x)
        z = np.exp(z - z.max(1, keepdims=True))
        return z / z.sum(1, keepdims=True)


def _scatter(x, y, n_classes):
    """Standardisation, class means and pooled within-class covariance of the standardised features."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(0)
    std = x.std(0) + 1e-6
    z = (x - mean) / std
    means = np.stack([z[y == k].mean(0) for k in range(n_classes)])
    r = z - means[y]
    cov = r.T @ r / len(z)
    prior = np.bincount(y, minlength=n_classes) / len(y)
    return mean, std, means, cov, prior


def _solve(mean, std, means, cov, prior, s):
    d = cov.shape[0]
    shrunk = (1 - s) * cov + s * (np.trace(cov) / d) * np.eye(d)
    w = np.linalg.solve(shrunk, means.T)  # [d, k]
    b = -0.5 * np.einsum("kd,dk->k", means, w) + np.log(prior)
    return Lda(mean, std, w, b)


def fit_lda(x, y, shrinkage, n_classes=8):
    return _solve(*_scatter(x, y, n_classes), shrinkage)


def fit_lda_grid(x, y, grid, n_classes=8):
    """One model per shrinkage value, sharing the covariance."""
    sc = _scatter(x, y, n_classes)
    return [_solve(*sc, s) for s in grid]


def fit_augmented(views, y, mask, grid, n_classes=8):
    """LDA models (one per shrinkage) on the rows in `mask` of every view (the original features first, then
    augmented copies of the same windows), so an actor's perturbed copies never leak into another fold."""
    x = np.concatenate([v[mask] for v in views])
    return fit_lda_grid(x, np.concatenate([y[mask]] * len(views)), grid, n_classes)


def choose_shrinkage(views, y, groups, mask, grid=SHRINKAGE_GRID, n_inner=4):
    """The shrinkage with most correct original windows over actor-held-out inner folds of the rows in `mask`
    (inner models train on the inner-training actors' original and augmented windows)."""
    acts = np.unique(groups[mask])
    inner = np.array([int(np.searchsorted(acts, g)) % n_inner if m else -1 for g, m in zip(groups, mask)])
    correct = np.zeros(len(grid))
    for j in range(n_inner):
        tr, te = mask & (inner != j), mask & (inner == j)
        for i, m in enumerate(fit_augmented(views, y, tr, grid)):
            correct[i] += (m.logits(views[0][te]).argmax(1) == y[te]).sum()
    return grid[int(correct.argmax())]
