#!/usr/bin/python3
"""PyTorch's figures for the cases convscope-bench measures, as one JSON object with the same keys.

Only for comparison; run with Debian's python3-torch: /usr/bin/python3 tests/bench/torch_compare.py
Two threads, like the machine the figures in README were measured on (change with --threads).
Each figure is the median of repeated calls after one warm-up call, in milliseconds.
"""
import argparse
import json
import statistics
import time

import torch
import torch.nn.functional as F


def median_ms(call, repetitions):
    call()
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def conv3x3(channels, out_channels, size):
    x = torch.rand(1, channels, size, size) * 2 - 1
    w = torch.rand(out_channels, channels, 3, 3) * 2 - 1
    out = torch.empty(0)

    def call():
        nonlocal out
        out = F.conv2d(x, w, padding=1)
    return call


def pool(function, size):
    x = torch.rand(1, 1, size, size) * 2 - 1
    return lambda: function(x, 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    threads = parser.parse_args().threads
    torch.set_num_threads(threads)
    cases = [
        ("conv3x3_1024_ms", conv3x3(1, 1, 1024), 31),
        ("conv3x3_4096_ms", conv3x3(1, 1, 4096), 11),
        ("conv3to16_512_ms", conv3x3(3, 16, 512), 11),
        ("maxpool2_4096_ms", pool(F.max_pool2d, 4096), 11),
        ("avgpool2_4096_ms", pool(F.avg_pool2d, 4096), 11),
    ]
    with torch.no_grad():
        figures = {key: round(median_ms(call, repetitions), 3) for key, call, repetitions in cases}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
