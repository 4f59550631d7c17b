"""Train FerNet on FER2013 Training, validate on PublicTest every epoch.

Recipe: one-cycle SGD (nesterov), label smoothing, EMA of weights, fp32 channels_last on CPU (bf16 autocast
was no faster on this machine's torch build: its kernels use AVX2 only),
batch-wise GPU-free augmentation (flip, small affine, random erasing).
Writes runs/<name>/curve.tsv (epoch, lr, train loss, train acc, val acc raw/EMA/EMA+flip, seconds),
runs/<name>/last.pt every epoch (so an early checkpoint can be exported at any time), final.pt, and the EMA
weights of the last --keep-last epochs in runs/<name>/tail/ (average_weights.py averages them).
"""
import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

from model import normalise
from networks import NETWORKS
from xception import load_from_graph

HERE = os.path.dirname(os.path.abspath(__file__))


def augment(x: torch.Tensor, gen: torch.Generator, size: int = 48, erase_p: float = 0.5) -> torch.Tensor:
    """x: float [N,1,48,48] in [-1,1] -> [N,1,size,size]. Flip, rotate +-12 deg, scale 0.9-1.1, shift +-8%,
    random erasing. The affine grid also does the resize when size != 48 (bilinear, as the app's crop)."""
    n = x.shape[0]
    flip = (torch.rand(n, generator=gen) < 0.5).float() * -2 + 1
    ang = (torch.rand(n, generator=gen) * 2 - 1) * math.radians(12)
    scale = 1 + (torch.rand(n, generator=gen) * 2 - 1) * 0.1
    tx = (torch.rand(n, generator=gen) * 2 - 1) * 0.16
    ty = (torch.rand(n, generator=gen) * 2 - 1) * 0.16
    cos, sin = torch.cos(ang) / scale, torch.sin(ang) / scale
    theta = torch.stack([torch.stack([cos * flip, -sin, tx], 1), torch.stack([sin * flip, cos, ty], 1)], 1)
    grid = F.affine_grid(theta, [n, 1, size, size], align_corners=False)
    # border padding: black corners would be an artefact the app never produces
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    # random erasing (p=0.5): a rectangle of 2-20% of the area filled with noise
    er = torch.rand(n, generator=gen) < erase_p
    area = (torch.rand(n, generator=gen) * 0.18 + 0.02) * size * size
    ratio = torch.exp((torch.rand(n, generator=gen) * 2 - 1) * math.log(3))
    h = torch.clamp((area * ratio).sqrt().round(), 1, size - 1).long()
    w = torch.clamp((area / ratio).sqrt().round(), 1, size - 1).long()
    y0 = (torch.rand(n, generator=gen) * (size - h + 1).float()).long()
    x0 = (torch.rand(n, generator=gen) * (size - w + 1).float()).long()
    rows = torch.arange(size).view(1, size, 1)
    cols = torch.arange(size).view(1, 1, size)
    mask = (rows >= y0.view(-1, 1, 1)) & (rows < (y0 + h).view(-1, 1, 1)) & (cols >= x0.view(-1, 1, 1)) & (cols < (x0 + w).view(-1, 1, 1))
    mask = mask & er.view(-1, 1, 1)
    noise = torch.rand(x.shape, generator=gen) * 2 - 1
    return torch.where(mask.unsqueeze(1), noise, x)


@torch.no_grad()
def predict_both(model: torch.nn.Module, x: torch.Tensor, bs: int = 512, size: int = 48):
    """(plain probabilities, flip-averaged probabilities) in one pass over the data."""
    model.eval()
    plain, both = [], []
    for i in range(0, x.shape[0], bs):
        xb = normalise(x[i : i + bs])
        if size != xb.shape[-1]:
            # same sampling as the app's cropFace: bilinear at pixel centres, edges clamped
            xb = F.interpolate(xb, size=(size, size), mode="bilinear", align_corners=False)
        xb = xb.contiguous(memory_format=torch.channels_last)
        p = F.softmax(model(xb), 1)
        plain.append(p)
        both.append((p + F.softmax(model(torch.flip(xb, dims=[3])), 1)) / 2)
    return torch.cat(plain), torch.cat(both)


def utc_today_at(hhmm: str) -> float:
    """Timestamp of the next HH:MM UTC (00:30 asked at 23:00 is tomorrow's)."""
    hh, mm = map(int, hhmm.split(":"))
    now = time.gmtime()
    minutes = ((hh * 60 + mm) - (now.tm_hour * 60 + now.tm_min)) % (24 * 60)
    return time.time() + minutes * 60 - now.tm_sec


def time_epochs(model, xtr, ytr, xva, size, args, steps_per_epoch):
    """Seconds per epoch at low and full resolution, timed on a throw-away copy of the model (training steps
    plus the per-epoch validation pass)."""
    import copy
    probe = copy.deepcopy(model)
    opt = torch.optim.SGD(probe.parameters(), lr=0.0)
    gen = torch.Generator().manual_seed(123)
    out = []
    for res in (args.low_res, size):
        times = []
        for i in range(8):
            t0 = time.time()
            xb = augment(normalise(xtr[: args.batch]), gen, size, args.erase_p)
            if res != size:
                xb = F.interpolate(xb, size=(res, res), mode="bilinear", align_corners=False, antialias=True)
            loss = F.cross_entropy(probe(xb.contiguous(memory_format=torch.channels_last)), ytr[: args.batch])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            if i >= 2:  # the first steps pay for allocator and kernel warm-up
                times.append(time.time() - t0)
        out.append(sum(times) / len(times) * steps_per_epoch)
    t0 = time.time()
    predict_both(probe, xva[:512], size=size)
    val = (time.time() - t0) * xva.shape[0] / 512
    return out[0] + val, out[1] + val


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="fernet")
    ap.add_argument("--epochs", type=int, default=120)
    ap.add_argument("--deadline", default="", help="UTC HH:MM; shrinks the schedule so training ends by then")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--wd", type=float, default=5e-4)
    ap.add_argument("--smoothing", type=float, default=0.1)
    ap.add_argument("--ema", type=float, default=0.998)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--low-res", type=int, default=32, help="train the first --low-res-frac of epochs at this size")
    ap.add_argument("--low-res-frac", type=float, default=0.6)
    ap.add_argument("--arch", choices=sorted(NETWORKS), default="fernet")
    ap.add_argument("--init", default="", help="xception: tfjs graph model.json to start from (Human's emotion.json)")
    ap.add_argument("--erase-p", type=float, default=0.5)
    ap.add_argument("--warmup", type=float, default=0.15)
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only this many images of each split")
    ap.add_argument("--resume", action="store_true", help="continue runs/NAME/last.pt on its own schedule (a run may span sessions)")
    ap.add_argument("--stop-at", default="", help="UTC HH:MM: save and stop before an epoch that would end after it (resume later)")
    ap.add_argument("--keep-last", type=int, default=20, help="keep the EMA weights of the last N epochs (runs/NAME/tail/) for average_weights.py")
    args = ap.parse_args()
    # --epochs and --low-res-frac given with --resume re-plan the run's schedule from where it stopped (a
    # 200-epoch plan shortened during warm-up moves the learning rate only a little)
    replanned = {key for key in ("epochs", "low_res_frac") if f"--{key.replace('_', '-')}" in sys.argv} if args.resume else set()
    if args.resume:
        # otherwise the recipe is the run's own (args.json), whatever else is on the command line
        with open(os.path.join(HERE, "runs", args.name, "args.json")) as f:
            saved = json.load(f)
        for key, value in saved.items():
            if key not in ("resume", "stop_at", "deadline") and key not in replanned:
                setattr(args, key, value)
        if replanned:
            saved.update({key: getattr(args, key) for key in replanned})
            saved.setdefault("replanned", []).append({"at_epoch": None, **{key: getattr(args, key) for key in replanned}})

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    out_dir = os.path.join(HERE, "runs", args.name)
    os.makedirs(out_dir, exist_ok=True)
    tr = np.load(os.path.join(HERE, "runs", "cache", "Training.npz"))
    va = np.load(os.path.join(HERE, "runs", "cache", "PublicTest.npz"))
    xtr, ytr = torch.from_numpy(tr["x"]), torch.from_numpy(tr["y"])
    xva, yva = torch.from_numpy(va["x"]), torch.from_numpy(va["y"])
    if args.limit:
        g0 = torch.Generator().manual_seed(1)
        sel, selv = torch.randperm(len(ytr), generator=g0)[: args.limit], torch.randperm(len(yva), generator=g0)[: args.limit]
        xtr, ytr, xva, yva = xtr[sel], ytr[sel], xva[selv], yva[selv]

    make, size = NETWORKS[args.arch]
    model = make()
    if args.init:
        load_from_graph(model, args.init)
    model = model.to(memory_format=torch.channels_last)
    ema = make().to(memory_format=torch.channels_last)
    ema.load_state_dict(model.state_dict())
    for p in ema.parameters():
        p.requires_grad_(False)
    decay, no_decay = [], []
    for n_, p in model.named_parameters():
        (no_decay if p.ndim == 1 else decay).append(p)
    opt = torch.optim.SGD(
        [{"params": decay, "weight_decay": args.wd}, {"params": no_decay, "weight_decay": 0}],
        lr=args.lr, momentum=0.9, nesterov=True,
    )
    steps_per_epoch = xtr.shape[0] // args.batch
    total_epochs = args.epochs
    deadline_ts = None
    if args.deadline:
        deadline_ts = utc_today_at(args.deadline)

    def lr_at(progress: float) -> float:
        warm = args.warmup  # one-cycle: linear warm-up then cosine to ~0
        if progress < warm:
            return args.lr * (0.04 + 0.96 * progress / warm)
        return args.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, (progress - warm) / (1 - warm))))

    def low_res_epoch(ep: int, total: int) -> bool:
        return args.low_res < size and ep < int(args.low_res_frac * total)

    def plan(done: int, remaining_s: float, t_lo: float, t_hi: float) -> int:
        """Largest total epoch count whose remaining epochs (low- and full-res) fit in remaining_s."""
        for total in range(args.epochs, done, -1):
            cost = sum(t_lo if low_res_epoch(e, total) else t_hi for e in range(done, total))
            if cost <= remaining_s:
                return total
        return done  # nothing more fits: stop here (xft-v1 ran past its deadline before this fix)

    curve_path = os.path.join(out_dir, "curve.tsv")
    last_path = os.path.join(out_dir, "last.pt")
    resumed = None
    if args.resume:
        resumed = torch.load(last_path, map_location="cpu")
        if "opt" not in resumed:
            raise SystemExit(f"{last_path} predates --resume (no optimizer state)")
    else:
        with open(curve_path, "w") as f:
            f.write("epoch\tplanned_epochs\tres\tlr\ttrain_loss\ttrain_acc\tval_acc_ema\tval_acc_ema_flip\tseconds\n")
        with open(os.path.join(out_dir, "args.json"), "w") as f:
            json.dump(vars(args), f, indent=2)
    stop_ts = utc_today_at(args.stop_at) if args.stop_at else None
    if args.init and not resumed:
        p0, p0f = predict_both(model, xva, size=size)
        with open(curve_path, "a") as f:
            f.write(f"0\t{total_epochs}\t{size}\t0\t\t\t{(p0.argmax(1) == yva).float().mean().item():.4f}\t{(p0f.argmax(1) == yva).float().mean().item():.4f}\t0\n")
    if deadline_ts is not None and not resumed:
        # plan once, before the first step, from timed steps at both resolutions: re-planning a one-cycle
        # schedule later moves the learning rate abruptly (fernet-v3 lost 14 points that way at epoch 3)
        t_lo, t_hi = time_epochs(model, xtr, ytr, xva, size, args, steps_per_epoch)
        total_epochs = plan(0, deadline_ts - time.time(), t_lo, t_hi)
        print(f"planned {total_epochs} epochs (est. {t_lo:.0f}s low-res, {t_hi:.0f}s full-res per epoch)", flush=True)
    t_start = time.time()
    epoch_times = []
    step = 0
    epoch = 0
    best = -1.0
    if resumed:
        model.load_state_dict(resumed["model"])
        ema.load_state_dict(resumed["ema"])
        opt.load_state_dict(resumed["opt"])
        gen.set_state(resumed["gen"])
        step, epoch, total_epochs, best = resumed["step"], resumed["epoch"], resumed["planned"], resumed["best"]
        t_start -= resumed["seconds"]
        if replanned:
            if args.epochs <= epoch:
                raise SystemExit(f"--epochs {args.epochs}: the run has already done {epoch}")
            total_epochs = args.epochs
            saved["replanned"][-1]["at_epoch"] = epoch
            with open(os.path.join(out_dir, "args.json"), "w") as f:
                json.dump(saved, f, indent=2)
        print(f"resumed at epoch {epoch}/{total_epochs}", flush=True)
    while epoch < total_epochs:
        if stop_ts is not None and epoch_times and time.time() + epoch_times[-1][1] > stop_ts:
            print(f"stopped before epoch {epoch + 1} (--stop-at {args.stop_at}); continue with --resume", flush=True)
            return
        t0 = time.time()
        res = args.low_res if low_res_epoch(epoch, total_epochs) else size
        model.train()
        perm = torch.randperm(xtr.shape[0], generator=gen)
        tot_loss, tot_ok, seen = 0.0, 0, 0
        for b in range(steps_per_epoch):
            idx = perm[b * args.batch : (b + 1) * args.batch]
            xb = augment(normalise(xtr[idx]), gen, size, args.erase_p)
            if low_res_epoch(epoch, total_epochs):
                # progressive resizing: early epochs at low resolution cost ~(32/48)^2 of a full one;
                # the last epochs at 48 px fix the train/test resolution discrepancy (FixRes)
                xb = F.interpolate(xb, size=(args.low_res, args.low_res), mode="bilinear", align_corners=False, antialias=True)
            xb = xb.contiguous(memory_format=torch.channels_last)
            yb = ytr[idx]
            progress = (epoch + b / steps_per_epoch) / total_epochs
            lr = lr_at(progress)
            for g in opt.param_groups:
                g["lr"] = lr
            logits = model(xb)
            loss = F.cross_entropy(logits, yb, label_smoothing=args.smoothing)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            step += 1
            d = min(args.ema, (1 + step) / (10 + step))
            with torch.no_grad():
                for pe, pm in zip(ema.state_dict().values(), model.state_dict().values()):
                    if pe.dtype.is_floating_point:
                        pe.mul_(d).add_(pm.detach(), alpha=1 - d)
                    else:
                        pe.copy_(pm)
            tot_loss += loss.item() * len(idx)
            tot_ok += (logits.argmax(1) == yb).sum().item()
            seen += len(idx)
        # validation of the EMA weights only (plain and flip-averaged): each pass costs ~8% of an epoch here
        p_plain, p_flip = predict_both(ema, xva, size=size)
        acc_ema = (p_plain.argmax(1) == yva).float().mean().item()
        acc_flip = (p_flip.argmax(1) == yva).float().mean().item()
        dt = time.time() - t0
        epoch_times.append((res < size, dt))
        epoch += 1
        with open(curve_path, "a") as f:
            f.write(f"{epoch}\t{total_epochs}\t{res}\t{lr:.5f}\t{tot_loss / seen:.4f}\t{tot_ok / seen:.4f}\t{acc_ema:.4f}\t{acc_flip:.4f}\t{dt:.1f}\n")
        if acc_flip > best:
            # the best epoch by PublicTest (EMA + flip): model selection on the validation split
            best = acc_flip
            torch.save({"arch": args.arch, "ema": ema.state_dict(), "epochs": epoch, "val_acc_ema_flip": acc_flip}, os.path.join(out_dir, "best.pt"))
        if epoch > total_epochs - args.keep_last:
            os.makedirs(os.path.join(out_dir, "tail"), exist_ok=True)
            torch.save({"arch": args.arch, "ema": ema.state_dict(), "epochs": epoch}, os.path.join(out_dir, "tail", f"ema-{epoch:03d}.pt"))
        torch.save({"arch": args.arch, "model": model.state_dict(), "ema": ema.state_dict(), "opt": opt.state_dict(), "gen": gen.get_state(),
                    "step": step, "epoch": epoch, "planned": total_epochs, "best": best, "seconds": time.time() - t_start}, last_path)
        print(f"epoch {epoch}/{total_epochs} res {res} loss {tot_loss / seen:.4f} train {tot_ok / seen:.4f} ema {acc_ema:.4f} ema+flip {acc_flip:.4f} {dt:.0f}s", flush=True)
        if deadline_ts is not None:
            # safety valve only: shrink the plan when the machine got busier and the tail would overrun by
            # more than 3 minutes
            lo = [t for low, t in epoch_times if low][-3:] or [t_lo]
            hi = [t for low, t in epoch_times if not low][-2:] or [t_hi]
            t_lo, t_hi = sum(lo) / len(lo), sum(hi) / len(hi)
            left = sum(t_lo if low_res_epoch(e, total_epochs) else t_hi for e in range(epoch, total_epochs))
            if left > deadline_ts - time.time() + 180:
                total_epochs = plan(epoch, deadline_ts - time.time(), t_lo, t_hi)
    torch.save({"arch": args.arch, "ema": ema.state_dict(), "epochs": epoch, "seconds": time.time() - t_start}, os.path.join(out_dir, "final.pt"))
    print(f"done: {epoch} epochs in {(time.time() - t_start) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()
