"""Export a trained FerNet checkpoint to a tfjs LayersModel (model.json + one float32 weights shard).

No tensorflowjs converter is available offline, so this writes the Keras-style topology itself:
batch-norm is folded into each conv (bias added), torch OIHW kernels become tfjs HWIO, the dense
weight [out,in] becomes [in,out]. The output layer carries the softmax, so the model returns probabilities
in the canonical order angry, disgust, fear, happy, sad, surprise, neutral.
Also writes training/fer/parity-<id>.json: a few PublicTest images and the torch (fp32) probabilities,
checked against the tfjs model by lib/vision/emotion/parity.test.ts.
"""
import argparse
import hashlib
import json
import os
import re

import numpy as np
import torch
import torch.nn.functional as F

from model import INPUT_SIZE, FerNet, normalise
from networks import NETWORKS
from xception import MiniXception, graph_arrays_from_model, read_graph_weights

HUMAN_EMOTION_JSON = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                  "node_modules", "@vladmandic", "human", "models", "emotion.json")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EMOTIONS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]


def fold(conv: torch.nn.Conv2d, bn: torch.nn.BatchNorm2d):
    w = conv.weight.detach().double()
    scale = bn.weight.detach().double() / torch.sqrt(bn.running_var.double() + bn.eps)
    wf = w * scale.view(-1, 1, 1, 1)
    bf = bn.bias.detach().double() - bn.running_mean.double() * scale
    return wf.permute(2, 3, 1, 0).float().numpy(), bf.float().numpy()  # OIHW -> HWIO


def build(model: FerNet):
    layers, weights, blobs = [], [], []
    conv_i = pool_i = 0
    first = True
    for mod in model.features:
        if isinstance(mod, torch.nn.MaxPool2d):
            pool_i += 1
            layers.append({"class_name": "MaxPooling2D", "config": {
                "name": f"max_pooling2d_{pool_i}", "trainable": False, "dtype": "float32",
                "pool_size": [2, 2], "padding": "valid", "strides": [2, 2], "data_format": "channels_last"}})
            continue
        conv, bn = mod[0], mod[1]
        conv_i += 1
        name = f"conv2d_{conv_i}"
        k, b = fold(conv, bn)
        cfg = {"name": name, "trainable": False, "dtype": "float32", "filters": int(k.shape[3]),
               "kernel_size": [3, 3], "strides": [1, 1], "padding": "same", "data_format": "channels_last",
               "dilation_rate": [1, 1], "activation": "relu", "use_bias": True}
        if first:
            cfg["batch_input_shape"] = [None, INPUT_SIZE, INPUT_SIZE, 1]
            first = False
        layers.append({"class_name": "Conv2D", "config": cfg})
        weights += [{"name": f"{name}/kernel", "shape": list(k.shape), "dtype": "float32"},
                    {"name": f"{name}/bias", "shape": list(b.shape), "dtype": "float32"}]
        blobs += [k, b]
    layers.append({"class_name": "GlobalAveragePooling2D", "config": {
        "name": "global_average_pooling2d", "trainable": False, "dtype": "float32", "data_format": "channels_last"}})
    fc_w = model.fc.weight.detach().t().contiguous().numpy().astype(np.float32)
    fc_b = model.fc.bias.detach().numpy().astype(np.float32)
    layers.append({"class_name": "Dense", "config": {
        "name": "dense", "trainable": False, "dtype": "float32", "units": int(fc_w.shape[1]),
        "activation": "softmax", "use_bias": True}})
    weights += [{"name": "dense/kernel", "shape": list(fc_w.shape), "dtype": "float32"},
                {"name": "dense/bias", "shape": list(fc_b.shape), "dtype": "float32"}]
    blobs += [fc_w, fc_b]
    return layers, weights, blobs


def update_registry(path: str, model_id: str, version: str, files: list, kind: str, size: int) -> None:
    """Rewrite the entry's version, kind, input size, sha256 and sizes in lib/vision/model-registry.ts."""
    src = open(path).read()
    start = src.index(f'  "{model_id}": {{')
    end = src.index("\n  }", start)  # the entry's closing brace, at the same indentation
    block = src[start:end]
    block = re.sub(r'version: "[^"]*"', f'version: "{version}"', block, count=1)
    block = re.sub(r'kind: "tfjs-[a-z]+"', f'kind: "{kind}"', block, count=1)
    block = re.sub(r'inputSize: \d+', f'inputSize: {size}', block, count=1)
    for url, sha, size in files:
        block = re.sub(r'\{ path: "' + re.escape(url) + r'", sha256: "[^"]*", sizeBytes: \d+ \}',
                       f'{{ path: "{url}", sha256: "{sha}", sizeBytes: {size} }}', block, count=1)
    open(path, "w").write(src[:start] + block + src[end:])
    print(f"updated {path}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--id", default="", help="registry id (default: rehearse-fernet for fernet, rehearse-fer for xception)")
    ap.add_argument("--version", required=True, help="model version string written into model.json")
    ap.add_argument("--fixture-count", type=int, default=14)
    ap.add_argument("--registry", default=os.path.join(REPO, "lib", "vision", "model-registry.ts"),
                    help="registry file whose entry for --id gets the new version/checksums ('' to skip)")
    args = ap.parse_args()

    ck = torch.load(args.ckpt, map_location="cpu")
    arch = ck.get("arch", "fernet")
    make, size = NETWORKS[arch]
    model = make()
    model.load_state_dict(ck["ema"])
    model.eval()
    model_id = args.id or ("rehearse-fernet" if arch == "fernet" else "rehearse-fer")
    out_dir = os.path.join(REPO, "public", "models", model_id)
    os.makedirs(out_dir, exist_ok=True)
    shard = "group1-shard1of1.bin"
    meta = {"id": model_id, "version": args.version, "classOrder": EMOTIONS, "inputSize": size,
            "normalisation": "(x/255-0.5)*2, grey", "architecture": arch}
    if arch == "fernet":
        model_json = export_layers(model, args.version, meta, os.path.join(out_dir, shard))
    else:
        model_json = export_graph(model, meta, os.path.join(out_dir, shard))
    with open(os.path.join(out_dir, "model.json"), "w") as f:
        json.dump(model_json, f, indent=1)
        f.write("\n")
    files = []
    for fn in ("model.json", shard):
        p = os.path.join(out_dir, fn)
        sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
        files.append((f"/models/{model_id}/{fn}", sha, os.path.getsize(p)))
        print(fn, os.path.getsize(p), sha)
    if args.registry:
        update_registry(args.registry, model_id, args.version, files, "tfjs-layers" if arch == "fernet" else "tfjs-graph", size)
    write_fixture(model, size, os.path.join(HERE, f"parity-{model_id}.json"), model_id, args)


def export_graph(model: MiniXception, meta: dict, shard_path: str) -> dict:
    """Same graph topology as Human's emotion.json, our fine-tuned weights (BN stays folded: there is none)."""
    spec, template = read_graph_weights(HUMAN_EMOTION_JSON)
    arrays = graph_arrays_from_model(model, template)
    group = spec["weightsManifest"][0]
    blobs = []
    for w in group["weights"]:
        a = arrays[w["name"]]
        blobs.append(np.ascontiguousarray(a, dtype="<f4" if w["dtype"] == "float32" else "<i4").tobytes())
    with open(shard_path, "wb") as f:
        f.write(b"".join(blobs))
    out = dict(spec)
    out["generatedBy"] = "rehearse training/fer (fine-tuned from @vladmandic/human models/emotion, mini-Xception, MIT)"
    out["convertedBy"] = "rehearse export_tfjs.py"
    out["userDefinedMetadata"] = {**spec.get("userDefinedMetadata", {}), "rehearse": meta}
    out["weightsManifest"] = [{"paths": [os.path.basename(shard_path)], "weights": group["weights"]}]
    return out


def export_layers(model: FerNet, version: str, meta: dict, shard_path: str) -> dict:
    layers, weights, blobs = build(model)
    data = b"".join(np.ascontiguousarray(a, dtype="<f4").tobytes() for a in blobs)
    with open(shard_path, "wb") as f:
        f.write(data)
    shard = os.path.basename(shard_path)
    return {
        "format": "layers-model",
        "generatedBy": f"rehearse training/fer/export_tfjs.py (torch {torch.__version__})",
        "convertedBy": "rehearse export_tfjs.py",
        "userDefinedMetadata": {"rehearse": meta},
        "modelTopology": {"class_name": "Sequential", "keras_version": "2.15.0", "backend": "tensorflow",
                          "config": {"name": "rehearse_fer", "layers": layers}},
        "weightsManifest": [{"paths": [shard], "weights": weights}],
    }


def write_fixture(model: torch.nn.Module, size: int, path: str, model_id: str, args) -> None:
    # parity fixture: first images of each class (sorted), fp32 torch probabilities of the exported weights
    va = np.load(os.path.join(HERE, "runs", "cache", "PublicTest.npz"))
    picks = []
    per_class = max(1, args.fixture_count // len(EMOTIONS))
    for c in range(len(EMOTIONS)):
        picks += [int(i) for i in np.nonzero(va["y"] == c)[0][:per_class]]
    x = normalise(torch.from_numpy(va["x"][picks]))
    if size != x.shape[-1]:
        # the app's cropFace samples exactly like this (bilinear at pixel centres, edges clamped)
        x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=False)
    with torch.no_grad():
        probs = F.softmax(model(x).double(), 1).numpy()
    fixture = {
        "description": "FER2013 PublicTest images (paths relative to the fer2013 folder) and the fp32 torch "
                       f"probabilities of the exported {model_id} model, canonical class order.",
        "modelVersion": args.version,
        "inputSize": size,
        "classOrder": EMOTIONS,
        "tolerance": 1e-3,
        "items": [{"path": str(va["paths"][i]), "label": EMOTIONS[int(va["y"][i])],
                   "probs": [round(float(v), 7) for v in p]} for i, p in zip(picks, probs)],
    }
    with open(path, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print(f"fixture: {len(picks)} images -> {path}")


if __name__ == "__main__":
    main()
