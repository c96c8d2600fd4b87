#!/usr/bin/env python3
"""A network designed in ConvScope, as PyTorch code: the same layers in the same order.

    python3 this.py --data FOLDER [--epochs N]
        trains it on the IDX files in FOLDER (MNIST's file names) and prints the test accuracy
    python3 this.py --weights MODEL.onnx --data FOLDER --epochs 0
        tests the weights ConvScope exported (convscope-cli export --format onnx; needs onnx)
"""
import argparse
import gzip
import pathlib

import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvScopeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            # input -> [28, 28, 1]
            nn.Conv2d(1, 8, kernel_size=3, padding=1),   # conv 8 3 pad 1 -> [28, 28, 8]
            nn.ReLU(),                                   # relu -> [28, 28, 8]
            nn.MaxPool2d(2),                             # maxpool 2 -> [14, 14, 8]
            nn.Conv2d(8, 16, kernel_size=3, padding=1),  # conv 16 3 pad 1 -> [14, 14, 16]
            nn.ReLU(),                                   # relu -> [14, 14, 16]
            nn.MaxPool2d(2),                             # maxpool 2 -> [7, 7, 16]
            nn.Flatten(),                                # flatten -> [784]
            nn.Linear(784, 64),                          # dense 64 -> [64]
            nn.ReLU(),                                   # relu -> [64]
            nn.Linear(64, 10),                           # dense 10 -> [10]
        )
        # ConvScope's first weights: He's uniform ones before a ReLU, Glorot's elsewhere; biases 0.
        layers = list(self.layers)
        for i, layer in enumerate(layers):
            if isinstance(layer, (nn.Conv2d, nn.Linear)):
                if i + 1 < len(layers) and isinstance(layers[i + 1], nn.ReLU):
                    nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
                else:
                    nn.init.xavier_uniform_(layer.weight)
                nn.init.zeros_(layer.bias)

    def forward(self, x):
        return self.layers(x)


INPUT_SHAPE = (1, 28, 28)
MEAN = (0,)
STD = (1,)
OPTIMIZER = lambda parameters: torch.optim.Adam(parameters, lr=0.001, betas=(0.9, 0.999), eps=1e-08)
BATCH_SIZE = 64
EPOCHS = 8


def read_idx(path):
    """The values of an IDX file (MNIST's format), gzipped or not, as a tensor of its shape."""
    data = (gzip.open if path.suffix == ".gz" else open)(path, "rb").read()
    rank = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(rank)]
    return torch.frombuffer(bytearray(data[4 + 4 * rank:]), dtype=torch.uint8).reshape(shape)


def find(folder, *names):
    for name in names:
        found = sorted(folder.glob(f"*{name}*"))
        if found:
            return found[0]
    raise SystemExit(f"{folder}: no file named like {names[0]}")


def load_split(folder, split):
    """Images as ConvScope reads them: pixel / 255, resized to the network's input, normalised."""
    prefixes = ("train-",) if split == "train" else ("t10k-", "test-")
    images = read_idx(find(folder, *(p + "images-idx3-ubyte" for p in prefixes)))
    labels = read_idx(find(folder, *(p + "labels-idx1-ubyte" for p in prefixes)))
    x = images.float().div(255).unsqueeze(1)
    channels, height, width = INPUT_SHAPE
    if x.shape[2:] != (height, width):
        x = F.interpolate(x, size=(height, width), mode="area")
    x = x.expand(-1, channels, -1, -1)
    x = (x - torch.tensor(MEAN).view(1, -1, 1, 1)) / torch.tensor(STD).view(1, -1, 1, 1)
    return x.contiguous(), labels.long()


def load_onnx_weights(net, path):
    """The weights ConvScope exported as ONNX: its arrays carry this network's state_dict names."""
    import onnx
    from onnx import numpy_helper
    state = {t.name: torch.from_numpy(numpy_helper.to_array(t).copy())
             for t in onnx.load(str(path)).graph.initializer}
    missing, unexpected = net.load_state_dict(state, strict=False)
    missing = [name for name in missing if not name.endswith("num_batches_tracked")]
    if missing or unexpected:
        raise SystemExit(f"{path}: its weights do not fit this network "
                         f"(missing {missing}, unexpected {unexpected})")


def accuracy(net, x, y):
    net.eval()
    with torch.no_grad():
        correct = sum(int((net(x[i:i + 500]).argmax(1) == y[i:i + 500]).sum()) for i in range(0, len(x), 500))
    return correct / len(x)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=pathlib.Path, help="a folder of IDX files (MNIST's names)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--weights", type=pathlib.Path, help="start from ConvScope's weights (its ONNX export)")
    args = parser.parse_args()
    torch.manual_seed(1)
    net = ConvScopeNet()
    if args.weights:
        load_onnx_weights(net, args.weights)
    print(net)
    if not args.data:
        return
    train_x, train_y = load_split(args.data, "train")
    test_x, test_y = load_split(args.data, "test")
    optimizer = OPTIMIZER(net.parameters())
    loss_function = nn.CrossEntropyLoss()
    for epoch in range(1, args.epochs + 1):
        net.train()
        order = torch.randperm(len(train_x))
        total = 0.0
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            optimizer.zero_grad()
            loss = loss_function(net(train_x[batch]), train_y[batch])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
        print(f"epoch {epoch}: train loss {total / len(order):.4f}")
    print(f"test accuracy: {100 * accuracy(net, test_x, test_y):.1f}%")


if __name__ == "__main__":
    main()
