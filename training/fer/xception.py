"""Human's FER2013 mini-Xception (@vladmandic/human models/emotion, MIT) re-built in torch from its tfjs
graph-model files, so it can be fine-tuned with our recipe and written back into the same graph topology.

The tfjs graph has batch-norm already folded into each conv (a bias per conv, no BN layers):
  conv3x3/2 valid 1->32 +relu, conv3x3 valid 32->64 +relu                         64 -> 31 -> 29
  block A: sep(64->128)+relu, sep(128->128), maxpool3/2 same; + conv1x1/2 (64->128)   29 -> 15
  block B: relu, sep(128->256)+relu, sep(256->256), maxpool3/2 same; + conv1x1/2 (128->256)  15 -> 8
  conv3x3 same 256->7 (+bias), global mean, softmax.
Input [N,1,64,64] grey, (x/255-0.5)*2, output order angry, disgust, fear, happy, sad, surprise, neutral.
"""
import json
import os

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

P = "StatefulPartitionedCall/model_1/"
# (torch parameter name, tfjs weight name, kind): kind "conv" = HWIO -> OIHW, "dw" = HWC1 -> C1HW, "b" = bias
WEIGHTS = [
    ("c1.weight", P + "conv2d_1/Conv2D_weights", "conv"), ("c1.bias", P + "conv2d_1/Conv2D_bn_offset", "b"),
    ("c2.weight", P + "conv2d_2/Conv2D_weights", "conv"), ("c2.bias", P + "conv2d_2/Conv2D_bn_offset", "b"),
    ("a_res.weight", P + "conv2d_3/Conv2D_weights", "conv"), ("a_res.bias", P + "conv2d_3/Conv2D_bn_offset", "b"),
    ("a_dw1.weight", "unknown_9", "dw"),
    ("a_pw1.weight", P + "separable_conv2d_1/separable_conv2d_weights", "conv"), ("a_pw1.bias", P + "separable_conv2d_1/separable_conv2d_bn_offset", "b"),
    ("a_dw2.weight", "unknown_15", "dw"),
    ("a_pw2.weight", P + "separable_conv2d_2/separable_conv2d_weights", "conv"), ("a_pw2.bias", P + "separable_conv2d_2/separable_conv2d_bn_offset", "b"),
    ("b_res.weight", P + "conv2d_4/Conv2D_weights", "conv"), ("b_res.bias", P + "conv2d_4/Conv2D_bn_offset", "b"),
    ("b_dw1.weight", "unknown_26", "dw"),
    ("b_pw1.weight", P + "separable_conv2d_3/separable_conv2d_weights", "conv"), ("b_pw1.bias", P + "separable_conv2d_3/separable_conv2d_bn_offset", "b"),
    ("b_dw2.weight", "unknown_32", "dw"),
    ("b_pw2.weight", P + "separable_conv2d_4/separable_conv2d_weights", "conv"), ("b_pw2.bias", P + "separable_conv2d_4/separable_conv2d_bn_offset", "b"),
    ("out.weight", "unknown_43", "conv"), ("out.bias", "unknown_44", "b"),
]
INPUT_SIZE = 64


class MiniXception(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(1, 32, 3, stride=2)
        self.c2 = nn.Conv2d(32, 64, 3)
        self.a_res = nn.Conv2d(64, 128, 1, stride=2)
        self.a_dw1 = nn.Conv2d(64, 64, 3, padding=1, groups=64, bias=False)
        self.a_pw1 = nn.Conv2d(64, 128, 1)
        self.a_dw2 = nn.Conv2d(128, 128, 3, padding=1, groups=128, bias=False)
        self.a_pw2 = nn.Conv2d(128, 128, 1)
        self.b_res = nn.Conv2d(128, 256, 1, stride=2)
        self.b_dw1 = nn.Conv2d(128, 128, 3, padding=1, groups=128, bias=False)
        self.b_pw1 = nn.Conv2d(128, 256, 1)
        self.b_dw2 = nn.Conv2d(256, 256, 3, padding=1, groups=256, bias=False)
        self.b_pw2 = nn.Conv2d(256, 256, 1)
        self.out = nn.Conv2d(256, 7, 3, padding=1)
        self.dropout = nn.Dropout(0.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits [N,7] (the tfjs graph applies softmax on top)."""
        x = F.relu(self.c1(x))
        x = F.relu(self.c2(x))
        y = F.relu(self.a_pw1(self.a_dw1(x)))
        y = self.a_pw2(self.a_dw2(y))
        x = F.max_pool2d(y, 3, 2, padding=1) + self.a_res(x)
        y = F.relu(self.b_pw1(self.b_dw1(F.relu(x))))
        y = self.b_pw2(self.b_dw2(y))
        x = F.max_pool2d(y, 3, 2, padding=1) + self.b_res(x)
        x = self.out(self.dropout(x))
        return x.mean(dim=(2, 3))


def read_graph_weights(model_json: str) -> tuple[dict, dict]:
    """(parsed model.json, {tfjs name: float32 array}) for an unquantised single-group graph model."""
    with open(model_json) as f:
        spec = json.load(f)
    folder = os.path.dirname(model_json)
    group = spec["weightsManifest"][0]
    data = b"".join(open(os.path.join(folder, p), "rb").read() for p in group["paths"])
    arrays, offset = {}, 0
    for w in group["weights"]:
        assert w["dtype"] in ("float32", "int32") and "quantization" not in w, w["name"]
        n = int(np.prod(w["shape"])) if w["shape"] else 1
        dt = "<f4" if w["dtype"] == "float32" else "<i4"
        arrays[w["name"]] = np.frombuffer(data, dtype=dt, count=n, offset=offset).reshape(w["shape"])
        offset += 4 * n
    return spec, arrays


def load_from_graph(model: MiniXception, model_json: str) -> None:
    _, arrays = read_graph_weights(model_json)
    state = {}
    for tname, gname, kind in WEIGHTS:
        a = torch.from_numpy(arrays[gname].copy())
        if kind == "conv":
            a = a.permute(3, 2, 0, 1)
        elif kind == "dw":
            a = a.permute(2, 3, 0, 1)
        state[tname] = a.contiguous()
    model.load_state_dict(state)


def graph_arrays_from_model(model: MiniXception, template: dict) -> dict:
    """{tfjs name: array} with the model's weights in tfjs layouts, other constants kept from `template`."""
    out = dict(template)
    sd = {k: v.detach().float() for k, v in model.state_dict().items()}
    for tname, gname, kind in WEIGHTS:
        a = sd[tname]
        if kind == "conv":
            a = a.permute(2, 3, 1, 0)
        elif kind == "dw":
            a = a.permute(2, 3, 0, 1)
        assert tuple(a.shape) == tuple(template[gname].shape), (tname, a.shape, template[gname].shape)
        out[gname] = a.contiguous().numpy()
    return out
