#include "core/nn/pytorch_code.h"

#include <algorithm>
#include <sstream>

namespace convscope::core {
namespace {

// The lecture's way of writing a shape: width, height, depth; a vector as its length.
std::string lectureShape(const std::vector<int>& shape)
{
    // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on "[" + std::to_string(…)
    // when this file shares a unity batch with others.
    std::string text = "[";
    if (shape.size() == 3) {
        text += std::to_string(shape[2]);
        text += ", ";
        text += std::to_string(shape[1]);
        text += ", ";
        text += std::to_string(shape[0]);
    } else {
        text += std::to_string(shape.empty() ? 0 : shape[0]);
    }
    text += "]";
    return text;
}

std::string windowArguments(const LayerSpec& layer, int defaultStride)
{
    std::string text = std::to_string(layer.window);
    if (layer.stride != defaultStride)
        text += ", stride=" + std::to_string(layer.stride);
    if (layer.padding != 0)
        text += ", padding=" + std::to_string(layer.padding);
    return text;
}

std::string module(const LayerSpec& layer, const std::vector<int>& input)
{
    switch (layer.kind) {
    case LayerKind::Conv:
        return "nn.Conv2d(" + std::to_string(input[0]) + ", " + std::to_string(layer.units) + ", kernel_size="
            + windowArguments(layer, 1) + ")";
    case LayerKind::Relu: return "nn.ReLU()";
    case LayerKind::Tanh: return "nn.Tanh()";
    case LayerKind::Sigmoid: return "nn.Sigmoid()";
    case LayerKind::LeakyRelu: return "nn.LeakyReLU(" + shortestText(layer.rate) + ")";
    case LayerKind::MaxPool: return "nn.MaxPool2d(" + windowArguments(layer, layer.window) + ")";
    case LayerKind::AvgPool: return "nn.AvgPool2d(" + windowArguments(layer, layer.window) + ")";
    case LayerKind::MinPool: return "MinPool2d(" + windowArguments(layer, layer.window) + ")";
    case LayerKind::GlobalAvgPool: return "nn.AdaptiveAvgPool2d(1)";
    case LayerKind::BatchNorm:
        return std::string(input.size() == 3 ? "nn.BatchNorm2d(" : "nn.BatchNorm1d(") + std::to_string(input[0])
            + (layer.epsilon != LayerSpec::defaultBatchNormEpsilon ? ", eps=" + shortestText(layer.epsilon) : "") + ")";
    case LayerKind::Flatten: return "nn.Flatten()";
    case LayerKind::Dense: return "nn.Linear(" + std::to_string(input[0]) + ", " + std::to_string(layer.units) + ")";
    case LayerKind::Dropout: return "nn.Dropout(" + shortestText(layer.rate) + ")";
    }
    return {};
}

std::string tuple(const std::vector<float>& values)
{
    std::string text = "(";
    for (float value : values)
        text += shortestFloatText(value) + ", ";
    if (values.size() > 1)
        text.resize(text.size() - 2);
    else if (values.size() == 1)
        text.pop_back(); // "(0.5,)"
    return text + ")";
}

constexpr const char* minPoolClass = R"py(

class MinPool2d(nn.MaxPool2d):
    """Min pooling, which PyTorch has no layer for: -maxpool(-x), padded with +infinity."""

    def forward(self, x):
        return -super().forward(-x)
)py";

constexpr const char* scriptBody = R"py(

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
)py";

} // namespace

PytorchTraining PytorchTraining::fromConfig(const TrainingConfig& config)
{
    PytorchTraining training;
    training.optimizer = config.optimizer;
    training.batchSize = config.batchSize;
    training.epochs = config.epochs;
    return training;
}

PytorchTraining PytorchTraining::fromMetadata(const ModelMetadata& metadata)
{
    PytorchTraining training;
    if (const std::optional<OptimizerKind> kind = optimizerKindFromId(metadata.optimizer))
        training.optimizer.kind = *kind;
    if (metadata.learningRate > 0.0)
        training.optimizer.learningRate = metadata.learningRate;
    if (metadata.batchSize > 0)
        training.batchSize = metadata.batchSize;
    if (metadata.epochs > 0)
        training.epochs = metadata.epochs;
    training.inputMean = metadata.inputMean;
    training.inputStd = metadata.inputStd;
    return training;
}

std::string pytorchCode(const NetworkSpec& spec, const PytorchTraining& training)
{
    const std::vector<LayerShape> shapes = spec.inferShapes();
    const bool minPool = std::any_of(spec.layers.begin(), spec.layers.end(),
                                     [](const LayerSpec& layer) { return layer.kind == LayerKind::MinPool; });
    std::ostringstream code;
    code << R"py(#!/usr/bin/env python3
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
)py";
    if (minPool)
        code << minPoolClass;

    std::vector<std::string> lines;
    for (std::size_t i = 0; i < spec.layers.size(); ++i)
        lines.push_back(module(spec.layers[i], shapes[i].input) + ",");
    std::size_t width = 0;
    for (const std::string& line : lines)
        width = std::max(width, line.size());
    code << R"py(

class ConvScopeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
)py";
    code << "            # input -> " << lectureShape(spec.input) << "\n";
    for (std::size_t i = 0; i < spec.layers.size(); ++i)
        code << "            " << lines[i] << std::string(width + 2 - lines[i].size(), ' ') << "# "
             << spec.layers[i].toText() << " -> " << lectureShape(shapes[i].output) << "\n";
    code << R"py(        )
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

)py";
    const int channels = spec.input.at(0);
    code << "\nINPUT_SHAPE = (" << channels << ", " << spec.input.at(1) << ", " << spec.input.at(2) << ")\n";
    code << "MEAN = " << tuple(training.inputMean.empty() ? std::vector<float>{0.0f} : training.inputMean) << "\n";
    code << "STD = " << tuple(training.inputStd.empty() ? std::vector<float>{1.0f} : training.inputStd) << "\n";
    const OptimizerSettings& optimizer = training.optimizer;
    if (optimizer.kind == OptimizerKind::Adam)
        code << "OPTIMIZER = lambda parameters: torch.optim.Adam(parameters, lr=" << shortestText(optimizer.learningRate)
             << ", betas=(" << shortestText(optimizer.beta1) << ", " << shortestText(optimizer.beta2)
             << "), eps=" << shortestText(optimizer.epsilon) << ")\n";
    else
        code << "OPTIMIZER = lambda parameters: torch.optim.SGD(parameters, lr=" << shortestText(optimizer.learningRate)
             << ", momentum=" << shortestText(optimizer.momentum) << ")\n";
    code << "BATCH_SIZE = " << training.batchSize << "\n";
    code << "EPOCHS = " << training.epochs << "\n";
    code << scriptBody;
    return code.str();
}

} // namespace convscope::core
