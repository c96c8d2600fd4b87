#!/usr/bin/python3
"""Makes the ONNX fixtures of tests/onnx: CNNs written as a student writes them in PyTorch,
exported with torch.onnx.export at several opsets, and what PyTorch computes for a few fixed
inputs, so that the tests check ConvScope's reader against PyTorch without needing PyTorch.

Needs Debian's python3-torch and python3-onnx:  tests/onnx/make_fixtures.py
Writes tests/onnx/data/NAME.onnx and NAME.json, where the JSON holds
  {"model": "NAME.onnx", "input_shape": [C, H, W], "output": "logits" | "probabilities" |
   "log_probabilities", "inputs": [[C·H·W values], …], "outputs": [[class values], …]}
"""
import json
import pathlib

import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F

DATA = pathlib.Path(__file__).resolve().parent / "data"


class TutorialNet(nn.Module):
    """The lecture notebook's MNIST CNN, with a hidden layer of 16 instead of 1024 so that the file
    stays small (1024 would make it 13 MB)."""

    def __init__(self, hidden=16):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 5, padding=2)
        self.conv2 = nn.Conv2d(32, 64, 5, padding=2)
        self.fc1 = nn.Linear(7 * 7 * 64, hidden)
        self.fc2 = nn.Linear(hidden, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 7 * 7 * 64)
        x = F.relu(self.fc1(x))
        return self.fc2(x)


def batchnorm_net():
    # Each batch normalisation after the activation: the exporter folds one that directly follows
    # a convolution into the convolution's weights, and the file would have none.
    net = nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.BatchNorm2d(8), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.LeakyReLU(0.1), nn.BatchNorm2d(16),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.BatchNorm1d(16, eps=1e-3), nn.Linear(16, 10))
    # Running statistics and γ, β away from their starting values, so every number matters.
    with torch.no_grad():
        for module in net:
            if isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d)):
                module.running_mean.uniform_(-0.5, 0.5)
                module.running_var.uniform_(0.5, 2.0)
                module.weight.uniform_(0.5, 1.5)
                module.bias.uniform_(-0.5, 0.5)
    return net


class LeNet5(nn.Module):
    """LeNet-5 as LeCun drew it: tanh and average pooling on a 32×32 digit, log-softmax at the end."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.avg_pool2d(torch.tanh(self.conv1(x)), 2)
        x = F.avg_pool2d(torch.tanh(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        x = torch.tanh(self.fc1(x))
        x = torch.tanh(self.fc2(x))
        return F.log_softmax(self.fc3(x), dim=1)


class ColourNet(nn.Module):
    """A colour 32×32 classifier (CIFAR-10's shape): a zero padding before the first convolution
    (F.pad, an ONNX Pad node, when `explicit_pad`; else the convolution's own), a strided
    convolution, sigmoid, padded average pooling, dropout, and softmax at the end. From opset 11 on
    PyTorch 1.13 exports F.pad as a computation of the pads (Slice, Transpose, ConstantOfShape, …)
    rather than a constant, so the later opsets use the convolution's padding."""

    def __init__(self, explicit_pad):
        super().__init__()
        self.explicit_pad = explicit_pad
        self.conv1 = nn.Conv2d(3, 16, 3, padding=0 if explicit_pad else 1)
        self.conv2 = nn.Conv2d(16, 32, 3, stride=2, padding=1)
        self.pool = nn.AvgPool2d(3, stride=2, padding=1)
        self.dropout = nn.Dropout(0.25)
        self.fc1 = nn.Linear(32 * 4 * 4, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        if self.explicit_pad:
            x = F.pad(x, (1, 1, 1, 1))
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = self.pool(torch.sigmoid(self.conv2(x)))
        x = torch.flatten(x, 1)
        x = self.dropout(F.relu(self.fc1(x)))
        return F.softmax(self.fc2(x), dim=1)


def export(name, net, shape, opset, output):
    net.eval()
    generator = torch.Generator().manual_seed(7)
    inputs = torch.rand((3, *shape), generator=generator)
    path = DATA / f"{name}.onnx"
    torch.onnx.export(net, inputs[:1], str(path), opset_version=opset, input_names=["input"],
                      output_names=["output"],
                      dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
    onnx.checker.check_model(onnx.load(str(path)))
    with torch.no_grad():
        outputs = net(inputs)
    record = {
        "model": path.name,
        "input_shape": list(shape),
        "output": output,
        "inputs": [[round(float(v), 8) for v in sample.flatten()] for sample in inputs],
        "outputs": [[float(v) for v in sample] for sample in outputs],
    }
    (DATA / f"{name}.json").write_text(json.dumps(record) + "\n")
    print(f"{path.name}: {path.stat().st_size} bytes")


def main():
    DATA.mkdir(exist_ok=True)
    for opset in (9, 13, 17):
        torch.manual_seed(1)
        export(f"tutorial-opset{opset}", TutorialNet(), (1, 28, 28), opset, "logits")
    torch.manual_seed(2)
    export("batchnorm-opset13", batchnorm_net(), (1, 28, 28), 13, "logits")
    torch.manual_seed(3)
    export("lenet5-opset11", LeNet5(), (1, 32, 32), 11, "log_probabilities")
    torch.manual_seed(4)
    padded = ColourNet(explicit_pad=True)
    export("colour-opset7", padded, (3, 32, 32), 7, "probabilities")
    same = ColourNet(explicit_pad=False)
    same.load_state_dict(padded.state_dict())
    export("colour-opset17", same, (3, 32, 32), 17, "probabilities")


if __name__ == "__main__":
    main()
