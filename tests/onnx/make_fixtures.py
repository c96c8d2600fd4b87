#!/usr/bin/python3
"""Makes the ONNX fixtures of tests/onnx: CNNs written as a student writes them in PyTorch,
exported with torch.onnx.export at several opsets, and what PyTorch computes for a few fixed
inputs, so that the tests check ConvScope's reader against PyTorch without needing PyTorch.

Needs Debian's python3-torch and python3-onnx:
  tests/onnx/make_fixtures.py [--cli build/release/app/cli/convscope-cli]
Writes tests/onnx/data/NAME.onnx and NAME.json, where the JSON holds
  {"model": "NAME.onnx", "input_shape": [C, H, W], "output": "logits" | "probabilities" |
   "log_probabilities", "inputs": [[C·H·W values], …], "outputs": [[class values], …]}

With --cli it checks the other direction too, ConvScope → ONNX and PyTorch code:
  convscope-everykind.onnx  a network of every ConvScope layer kind, trained for one epoch by
                            convscope-cli train and written by convscope-cli export; ONNX's full
                            checker accepts it, and its JSON holds what the PyTorch code that
                            convscope-cli export wrote computes with those weights
  classroom.py              the classroom network as PyTorch code (the tests compare ConvScope's
                            code with it line for line); with the classroom model's ONNX export
                            it computes ConvScope's probabilities, and it trains past 90 % in one
                            epoch on the bundled digits
and that `convscope-cli predict` on JSON matrices gives PyTorch's probabilities within 1e-4.
"""
import argparse
import importlib.util
import json
import pathlib
import subprocess
import tempfile

import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F

DATA = pathlib.Path(__file__).resolve().parent / "data"
SOURCE = DATA.parents[2]
DIGITS = SOURCE / "resources/data/mnist-subset"

EVERY_KIND = """input 1 28 28
conv 4 3 pad 1
leakyrelu 0.1
batchnorm eps 0.001
minpool 2 pad 1
conv 6 3 stride 2
tanh
avgpool 3 stride 1 pad 1
sigmoid
maxpool 3 stride 2 pad 1
relu
globalavgpool
flatten
batchnorm
dense 16
relu
dropout 0.25
dense 10
"""


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
    inputs = fixed_inputs(shape)
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


def fixed_inputs(shape):
    return torch.rand((3, *shape), generator=torch.Generator().manual_seed(7))


def load_code(path):
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convscope_probabilities(cli, model, sample, folder):
    """What `convscope-cli predict` gives for a JSON matrix [C][H][W], fed as it is."""
    matrix = folder / "input.json"
    matrix.write_text(json.dumps(sample.tolist()))
    result = subprocess.run([cli, "predict", "--model", str(model), "--input", str(matrix), "--json"],
                            check=True, capture_output=True, text=True)
    return torch.tensor(json.loads(result.stdout)["probabilities"])


def check_exported(cli, model, code, folder):
    """The PyTorch code with the exported weights against ConvScope on the fixed inputs."""
    onnx_file = folder / "exported.onnx"
    subprocess.run([cli, "export", "--model", str(model), "--output", str(onnx_file)], check=True)
    onnx.checker.check_model(onnx.load(str(onnx_file)), full_check=True)
    module = load_code(code)
    net = module.ConvScopeNet()
    module.load_onnx_weights(net, onnx_file)
    net.eval()
    shape = module.INPUT_SHAPE
    inputs = fixed_inputs(shape)
    with torch.no_grad():
        outputs = torch.softmax(net(inputs), dim=1)
    for sample, expected in zip(inputs, outputs):
        got = convscope_probabilities(cli, model, sample, folder)
        assert torch.allclose(got, expected, atol=1e-4), (code.name, got, expected)
    return onnx_file, inputs, outputs


def convscope_exports(cli):
    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        # Every layer kind, trained by ConvScope so the batch norms' statistics mean something.
        architecture = folder / "everykind.txt"
        architecture.write_text(EVERY_KIND)
        model = folder / "everykind.csmodel"
        subprocess.run([cli, "train", "--arch", str(architecture), "--epochs", "1", "--save", str(model)],
                       check=True, capture_output=True)
        code = folder / "everykind.py"
        subprocess.run([cli, "export", "--model", str(model), "--output", str(code)], check=True)
        onnx_file, inputs, outputs = check_exported(cli, model, code, folder)
        target = DATA / "convscope-everykind.onnx"
        target.write_bytes(onnx_file.read_bytes())
        record = {
            "model": target.name,
            "input_shape": list(inputs.shape[1:]),
            "output": "probabilities",
            "inputs": [[round(float(v), 8) for v in sample.flatten()] for sample in inputs],
            "outputs": [[float(v) for v in sample] for sample in outputs],
        }
        (DATA / "convscope-everykind.json").write_text(json.dumps(record) + "\n")
        print(f"{target.name}: {target.stat().st_size} bytes, PyTorch's code computes ConvScope's probabilities")

        code = DATA / "classroom.py"
        subprocess.run([cli, "export", "--model", "bundled", "--output", str(code)], check=True)
        check_exported(cli, "bundled", code, folder)
        trained = subprocess.run(["/usr/bin/python3", str(code), "--data", str(DIGITS), "--epochs", "1"],
                                 check=True, capture_output=True, text=True).stdout.splitlines()[-1]
        accuracy = float(trained.removeprefix("test accuracy: ").removesuffix("%"))
        assert accuracy > 90, trained
        print(f"{code.name}: computes the classroom model's probabilities; one epoch: {trained}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", help="convscope-cli, to check its ONNX and PyTorch exports")
    args = parser.parse_args()
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
    if args.cli:
        convscope_exports(args.cli)


if __name__ == "__main__":
    main()
