"""The Rehearse FER network: a small VGG-style CNN sized for the browser wasm budget.

4 blocks of two 3x3 conv + BN + ReLU (32-64-128-256 channels), 2x2 max-pool after each block,
global average pooling, dropout, one dense layer -> 7 logits in the canonical order.
About 1.17M parameters; measured ~10 ms per face in tfjs wasm on this machine (the budget is 20 ms),
whereas the 48-96-192-384 variant took ~23 ms and was ruled out before training.
The exporter (export_tfjs.py) relies on exactly this layer sequence.
"""
import torch
from torch import nn

WIDTHS = (32, 64, 128, 256)
INPUT_SIZE = 48
NUM_CLASSES = 7


def conv_bn(cin: int, cout: int) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class FerNet(nn.Module):
    def __init__(self, widths=WIDTHS, dropout: float = 0.3):
        super().__init__()
        blocks = []
        cin = 1
        for w in widths:
            blocks += [conv_bn(cin, w), conv_bn(w, w), nn.MaxPool2d(2)]
            cin = w
        self.features = nn.Sequential(*blocks)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(cin, NUM_CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = x.mean(dim=(2, 3))
        return self.fc(self.dropout(x))


def normalise(x_uint8: torch.Tensor) -> torch.Tensor:
    """uint8 grey [N,48,48] -> float [N,1,48,48] in [-1,1]: (x/255-0.5)*2, as lib/vision/emotion/preprocess.ts."""
    return (x_uint8.float().unsqueeze(1) / 255.0 - 0.5) * 2.0
