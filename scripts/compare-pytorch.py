#!/usr/bin/env python3
"""Trains a CNN for one epoch with convscope-cli and with PyTorch, on the same data, with the same
batch size, optimiser, initialisation scheme and thread count, and prints a table of the training
speeds (samples per second), the test accuracies, the peak memory and the ratio of the speeds.

    compare-pytorch.py --cli build/release/app/cli/convscope-cli [--networks classroom,tutorial]
                       [--threads 1,2] [--runs 3] [--data DIR] [--tutorial-data DIR]

Both networks at each thread count by default: the classroom CNN on Fashion-MNIST (60,000 training
images, --data) and the lecture notebook's tutorial CNN on ConvScope's bundled digits (8,000,
--tutorial-data). For each network and thread count the runs alternate (ConvScope, PyTorch,
ConvScope, ...) so a change in the machine's load touches both alike; each run is a fresh process
whose peak resident memory is read from the kernel; the table shows medians.
Run it through scripts/compare-pytorch.sh, which pins PyTorch's BLAS to one thread
(OPENBLAS_NUM_THREADS=1) so that only PyTorch's own threads work, as ConvScope's do.

PyTorch side: Debian's python3-torch (1.13) with libopenblas0-pthread. The networks, as
NetworkSpec::classroom() and NetworkSpec::tutorial():
  classroom  conv 8 3x3 pad 1, ReLU, max pool 2, conv 16 3x3 pad 1, ReLU, max pool 2, flatten,
             dense 64, ReLU, dense 10
  tutorial   conv 32 5x5 pad 2, ReLU, max pool 2, conv 64 5x5 pad 2, ReLU, max pool 2, flatten,
             dense 1024, ReLU, dense 10
He uniform weights before a ReLU, Xavier uniform for the last layer, zero biases; Adam with lr
0.001; batch 64; the images scaled to [0, 1]; every epoch shuffled, the last batch smaller.
"""

import argparse
import gzip
import json
import os
import struct
import subprocess
import sys
import time


def load_idx(path, images):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as handle:
        data = handle.read()
    import numpy
    if images:
        _, count, rows, cols = struct.unpack(">IIII", data[:16])
        return numpy.frombuffer(data, numpy.uint8, offset=16).reshape(count, 1, rows, cols)
    return numpy.frombuffer(data, numpy.uint8, offset=8)


def idx_path(folder, stem):
    for name in (stem + ".gz", stem):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    sys.exit(f"{folder}: no {stem}[.gz]")


def torch_run(args):
    """One epoch in PyTorch; prints one JSON line like convscope-cli train --json's last."""
    import torch
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    train_x = torch.from_numpy(load_idx(idx_path(args.data, "train-images-idx3-ubyte"), True).astype("float32") / 255)
    train_y = torch.from_numpy(load_idx(idx_path(args.data, "train-labels-idx1-ubyte"), False).astype("int64"))
    test_x = torch.from_numpy(load_idx(idx_path(args.data, "t10k-images-idx3-ubyte"), True).astype("float32") / 255)
    test_y = torch.from_numpy(load_idx(idx_path(args.data, "t10k-labels-idx1-ubyte"), False).astype("int64"))

    nn = torch.nn
    if args.arch == "tutorial":
        net = nn.Sequential(nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                            nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                            nn.Flatten(), nn.Linear(64 * 7 * 7, 1024), nn.ReLU(), nn.Linear(1024, 10))
    else:
        net = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                            nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                            nn.Flatten(), nn.Linear(16 * 7 * 7, 64), nn.ReLU(), nn.Linear(64, 10))
    layers = [m for m in net if isinstance(m, (nn.Conv2d, nn.Linear))]
    for index, layer in enumerate(layers):
        if index + 1 < len(layers):
            nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")  # limit sqrt(6 / fan_in)
        else:
            nn.init.xavier_uniform_(layer.weight)
        nn.init.zeros_(layer.bias)
    optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()

    count = train_x.shape[0]
    order = torch.randperm(count)
    net.train()
    loss_sum = 0.0
    start = time.perf_counter()
    for first in range(0, count, args.batch):
        index = order[first:first + args.batch]
        optimizer.zero_grad()
        loss = loss_fn(net(train_x[index]), train_y[index])
        loss.backward()
        optimizer.step()
        loss_sum += loss.item() * len(index)
    train_seconds = time.perf_counter() - start

    net.eval()
    correct = 0
    with torch.no_grad():
        for first in range(0, test_x.shape[0], 1000):
            predicted = net(test_x[first:first + 1000]).argmax(1)
            correct += (predicted == test_y[first:first + 1000]).sum().item()
    print(json.dumps({"train_seconds": train_seconds, "samples_per_second": count / train_seconds,
                      "test_accuracy": correct / test_x.shape[0], "train_loss": loss_sum / count}))


def measured(command, env=None):
    """Runs a command; returns its last stdout line as JSON, its wall time and its peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    out = process.stdout.read().decode()
    err = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    result["wall_seconds"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def compare(args, arch, data, threads):
    """Alternating runs of one network at one thread count; returns the medians."""
    ours, theirs = [], []
    for run in range(args.runs):
        seed = args.seed + run
        ours.append(measured([args.cli, "train", "--data", data, "--arch", arch, "--epochs", "1",
                              "--batch", str(args.batch), "--lr", "0.001", "--optimizer", "adam",
                              "--threads", str(threads), "--seed", str(seed), "--json"]))
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS=str(threads))
        theirs.append(measured([sys.executable, os.path.abspath(__file__), "--torch-only", "--arch", arch,
                                "--data", data, "--threads", str(threads), "--batch", str(args.batch),
                                "--seed", str(seed)], env))
        for name, result in (("convscope", ours[-1]), ("pytorch", theirs[-1])):
            print(f"{arch:9} {threads} thread{'s' if threads > 1 else ' '} run {run + 1} {name:9}  "
                  f"train {result['train_seconds']:6.2f} s  {result['samples_per_second']:7.0f} samples/s  "
                  f"test accuracy {100 * result['test_accuracy']:.2f}%  peak {result['peak_mb']:.0f} MB",
                  file=sys.stderr, flush=True)
    ours_speed = median([r["samples_per_second"] for r in ours])
    theirs_speed = median([r["samples_per_second"] for r in theirs])
    # Each pair ran back to back under much the same load: the median of their ratios.
    ratios = [o["samples_per_second"] / t["samples_per_second"] for o, t in zip(ours, theirs)]
    return {
        "network": arch, "threads": threads, "runs": args.runs,
        "convscope_samples_per_second": round(ours_speed), "pytorch_samples_per_second": round(theirs_speed),
        "ratio": round(median(ratios), 2),
        "ratios": [round(r, 2) for r in ratios],
        "convscope_test_accuracy": round(median([r["test_accuracy"] for r in ours]), 4),
        "pytorch_test_accuracy": round(median([r["test_accuracy"] for r in theirs]), 4),
        "convscope_peak_mb": round(max(r["peak_mb"] for r in ours)),
        "pytorch_peak_mb": round(max(r["peak_mb"] for r in theirs)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", help="convscope-cli to measure")
    parser.add_argument("--networks", default="classroom,tutorial", help="comma-separated presets")
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist", help="the classroom CNN's dataset")
    parser.add_argument("--tutorial-data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                                "resources", "data", "mnist-subset"),
                        help="the tutorial CNN's dataset (default: the bundled digits)")
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--torch-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--arch", default="classroom", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.torch_only:
        args.threads = int(args.threads)
        torch_run(args)
        return
    if not args.cli:
        sys.exit("--cli is required")
    networks = [name.strip() for name in args.networks.split(",") if name.strip()]
    for name in networks:
        if name not in ("classroom", "tutorial"):
            sys.exit(f"--networks: {name} is not a preset (classroom, tutorial)")
    thread_counts = [int(t) for t in args.threads.split(",")]

    rows = []
    for arch in networks:
        data = os.path.abspath(args.tutorial_data if arch == "tutorial" else args.data)
        for threads in thread_counts:
            rows.append(compare(args, arch, data, threads))

    print(f"| network | threads | ConvScope samples/s | PyTorch samples/s | ratio (median of {args.runs} pairs) | "
          "ratios of the pairs | test accuracy ConvScope / PyTorch | peak memory ConvScope / PyTorch |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['network']} | {row['threads']} | {row['convscope_samples_per_second']:,} | "
              f"{row['pytorch_samples_per_second']:,} | **{row['ratio']:.2f}×** | "
              f"{', '.join(f'{r:.2f}' for r in row['ratios'])} | "
              f"{100 * row['convscope_test_accuracy']:.2f}% / {100 * row['pytorch_test_accuracy']:.2f}% | "
              f"{row['convscope_peak_mb']} / {row['pytorch_peak_mb']} MB |")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
