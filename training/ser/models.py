"""The classifiers compared: a linear model and a small MLP over pooled window features (standardisation
inside the module, so the exported ONNX graph carries it), and a 1-D CNN on MFCC frames from scratch."""
import torch
import torch.nn as nn


class Pooled(nn.Module):
    """Standardise -> (hidden layer, ReLU, dropout)? -> logits. hidden=0 is multinomial logistic regression."""

    def __init__(self, mean, std, n_classes=8, hidden=256, dropout=0.5):
        super().__init__()
        self.register_buffer("mean", torch.as_tensor(mean, dtype=torch.float32))
        self.register_buffer("std", torch.as_tensor(std, dtype=torch.float32))
        d = self.mean.numel()
        if hidden > 0:
            self.net = nn.Sequential(nn.Dropout(0.2), nn.Linear(d, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, n_classes))
        else:
            self.net = nn.Sequential(nn.Dropout(0.2), nn.Linear(d, n_classes))

    def forward(self, x):
        return self.net((x - self.mean) / self.std)


class Probabilities(nn.Module):
    """The exported graph: features -> softmax probabilities."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, features):
        return torch.softmax(self.model(features), dim=-1)


def block(cin, cout, k):
    return nn.Sequential(nn.Conv1d(cin, cout, k, padding=k // 2), nn.BatchNorm1d(cout), nn.ReLU())


class MfccCnn(nn.Module):
    """The seeds' kind of model: 1-D convolutions over MFCC frames, trained from scratch."""

    def __init__(self, n_mfcc=40, n_classes=8):
        super().__init__()
        self.features = nn.Sequential(block(n_mfcc, 64, 5), nn.MaxPool1d(2), block(64, 128, 5), nn.MaxPool1d(2),
                                      block(128, 128, 3), nn.MaxPool1d(2), block(128, 128, 3))
        self.head = nn.Sequential(nn.Dropout(0.4), nn.Linear(256, n_classes))

    def forward(self, x):  # x: [n, n_mfcc, frames]
        h = self.features(x)
        return self.head(torch.cat([h.mean(-1), h.amax(-1)], dim=1))
