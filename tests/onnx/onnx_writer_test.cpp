// ConvScope's networks written as ONNX read back as the same network, value for value, and as
// PyTorch code with the same layers. That PyTorch runs the code and ONNX's checker accepts the
// files is checked where they are made (make_fixtures.py); these tests need neither.
#include "core/nn/model_file.h"
#include "core/nn/network.h"
#include "core/nn/pytorch_code.h"
#include "core/onnx/onnx_reader.h"
#include "core/onnx/onnx_writer.h"
#include "tests/catch.h"

#include <onnx/onnx_pb.h>

#include <fstream>
#include <random>
#include <sstream>

using namespace convscope::core;
using Catch::Matchers::Contains;

namespace {

std::filesystem::path sourcePath(const std::string& path)
{
    return std::filesystem::path(CONVSCOPE_SOURCE_DIR) / path;
}

std::string readText(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

OnnxModel decode(const std::string& bytes)
{
    return decodeOnnx(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), "net.onnx");
}

// Every layer kind, with strides, paddings, a slope and an ε that are not the defaults, and
// every learned array away from its first value, the running statistics included.
Model everyKind()
{
    const NetworkSpec spec = NetworkSpec::parse("input 3 12 12\nconv 4 3 pad 1\nleakyrelu 0.1\nbatchnorm eps 0.001\n"
                                                "minpool 3 stride 2 pad 1\nconv 6 2 stride 2\ntanh\n"
                                                "avgpool 3 stride 1 pad 1\nsigmoid\nmaxpool 3 stride 2 pad 1\nrelu\n"
                                                "globalavgpool\nflatten\nbatchnorm\ndense 8\nrelu\ndropout 0.25\ndense 5\n");
    Network<float> network(spec, 3);
    Model model = Model::fromNetwork(network, {});
    std::mt19937 rng(9);
    std::uniform_real_distribution<float> values(0.2f, 1.5f);
    for (Tensor& array : model.parameters) {
        for (float& value : array.values())
            value = values(rng);
    }
    model.metadata.classNames = {"cat", "dog", "", "bird", "fish"};
    model.metadata.inputMean = {0.485f, 0.456f, 0.406f};
    model.metadata.inputStd = {0.229f, 0.224f, 0.225f};
    return model;
}

Tensor sampleInput(const std::vector<int>& shape)
{
    Tensor input(shape);
    for (std::size_t i = 0; i < input.size(); ++i)
        input.data()[i] = static_cast<float>((i * 37) % 101) / 100.0f;
    return input;
}

} // namespace

TEST_CASE("a network written as ONNX reads back as the same network, value for value", "[onnx]")
{
    const Model model = everyKind();
    const OnnxModel read = decode(encodeOnnx(model));
    // Dropout passes every value when a network infers, so the file has no node for it.
    NetworkSpec withoutDropout = model.spec;
    std::erase_if(withoutDropout.layers, [](const LayerSpec& layer) { return layer.kind == LayerKind::Dropout; });
    CHECK(read.model.spec == withoutDropout);
    CHECK(read.model.parameters == model.parameters);
    CHECK(read.model.metadata.classNames == model.metadata.classNames);
    CHECK(read.model.metadata.inputMean == model.metadata.inputMean);
    CHECK(read.model.metadata.inputStd == model.metadata.inputStd);
    CHECK(read.output == OnnxOutput::Probabilities);
    CHECK(read.opset == onnxWriterOpset);
    // Each layer names the node it came from; the min pooling's is its MaxPool.
    REQUIRE(read.layerNodes.size() == withoutDropout.layers.size());
    CHECK(read.layerNodes[0] == "layers.0 (Conv)");
    CHECK(read.layerNodes[3] == "layers.3 (MaxPool)");

    Network<float> original = model.toNetwork();
    Network<float> reread = read.model.toNetwork();
    const Tensor input = sampleInput(model.spec.input);
    CHECK(original.classify(input) == reread.classify(input));
}

TEST_CASE("the ONNX file names its arrays as PyTorch's state_dict does and ends in a softmax", "[onnx]")
{
    onnx::ModelProto proto;
    const std::string bytes = encodeOnnx(everyKind());
    REQUIRE(proto.ParseFromString(bytes));
    std::vector<std::string> names;
    for (const onnx::TensorProto& initializer : proto.graph().initializer())
        names.push_back(initializer.name());
    CHECK(names
          == std::vector<std::string>{"layers.0.weight", "layers.0.bias", "layers.2.weight", "layers.2.bias",
                                      "layers.2.running_mean", "layers.2.running_var", "layers.4.weight",
                                      "layers.4.bias", "layers.12.weight", "layers.12.bias",
                                      "layers.12.running_mean", "layers.12.running_var", "layers.13.weight",
                                      "layers.13.bias", "layers.16.weight", "layers.16.bias"});
    std::vector<std::string> ops;
    for (const onnx::NodeProto& node : proto.graph().node())
        ops.push_back(node.op_type());
    CHECK(ops
          == std::vector<std::string>{"Conv",      "LeakyRelu", "BatchNormalization", "Neg", "MaxPool", "Neg",
                                      "Conv",      "Tanh",      "AveragePool",        "Sigmoid", "MaxPool", "Relu",
                                      "GlobalAveragePool", "Flatten", "BatchNormalization", "Gemm", "Relu", "Gemm",
                                      "Softmax"});
    CHECK(proto.graph().input(0).type().tensor_type().shape().dim(0).dim_param() == "batch");
    CHECK(proto.graph().output(0).name() == "probabilities");
}

TEST_CASE("PyTorch's networks written back as ONNX compute what they computed", "[onnx]")
{
    const std::string name = GENERATE(as<std::string>{}, "tutorial-opset13", "batchnorm-opset13", "lenet5-opset11",
                                      "colour-opset7");
    INFO(name);
    const OnnxModel first = loadOnnx(sourcePath("tests/onnx/data/" + name + ".onnx"));
    const OnnxModel again = decode(encodeOnnx(first.model));
    CHECK(again.model.spec == first.model.spec);
    CHECK(again.model.parameters == first.model.parameters);
    Network<float> a = first.model.toNetwork();
    Network<float> b = again.model.toNetwork();
    const Tensor input = sampleInput(first.model.spec.input);
    CHECK(a.classify(input) == b.classify(input));
}

TEST_CASE("a Neg that is not around a MaxPool is refused naming the node", "[onnx]")
{
    onnx::ModelProto proto;
    REQUIRE(proto.ParseFromString(encodeOnnx(everyKind())));
    // The MaxPool of the min pooling becomes an AveragePool: Neg, AveragePool, Neg.
    proto.mutable_graph()->mutable_node(4)->set_op_type("AveragePool");
    std::string bytes;
    proto.SerializeToString(&bytes);
    CHECK_THROWS_WITH(decode(bytes), Contains("node 'layers.3.negate' uses the ONNX operator Neg, which ConvScope does "
                                              "not support other than around a MaxPool"));
}

TEST_CASE("class names in the metadata must be one per output", "[onnx]")
{
    Model model = everyKind();
    onnx::ModelProto proto;
    REQUIRE(proto.ParseFromString(encodeOnnx(model)));
    for (onnx::StringStringEntryProto& entry : *proto.mutable_metadata_props()) {
        if (entry.key() == onnxClassNamesKey)
            entry.set_value("cat\ndog");
        if (entry.key() == onnxInputStdKey)
            entry.set_value("0.2,x");
    }
    std::string bytes;
    proto.SerializeToString(&bytes);
    CHECK_THROWS_WITH(decode(bytes), Contains("its metadata names 2 classes but the network has 5 outputs"));
}

TEST_CASE("the classroom network as PyTorch code, line for line", "[onnx]")
{
    // make_fixtures.py runs this file with PyTorch: it loads the classroom model's ONNX export and
    // computes ConvScope's probabilities, and trains past 90 % in one epoch on the bundled digits.
    const Model model = loadModel(sourcePath("resources/models/classroom-digits.csmodel"));
    CHECK(pytorchCode(model.spec, PytorchTraining::fromMetadata(model.metadata))
          == readText(sourcePath("tests/onnx/data/classroom.py")));
}

TEST_CASE("PyTorch code has a min pooling of its own and the layers' options", "[onnx]")
{
    PytorchTraining training;
    training.optimizer.kind = OptimizerKind::Sgd;
    training.optimizer.learningRate = 0.05;
    training.optimizer.momentum = 0.5;
    training.batchSize = 32;
    training.epochs = 2;
    training.inputMean = {0.1307f};
    training.inputStd = {0.3081f};
    const std::string code = pytorchCode(everyKind().spec, training);
    for (const char* line : {
             "class MinPool2d(nn.MaxPool2d):",
             "            nn.Conv2d(3, 4, kernel_size=3, padding=1),  # conv 4 3 pad 1 -> [12, 12, 4]\n",
             "            nn.LeakyReLU(0.1),                          # leakyrelu 0.1 -> [12, 12, 4]\n",
             "            nn.BatchNorm2d(4, eps=0.001),               # batchnorm eps 0.001 -> [12, 12, 4]\n",
             "            MinPool2d(3, stride=2, padding=1),          # minpool 3 stride 2 pad 1 -> [6, 6, 4]\n",
             "            nn.AvgPool2d(3, stride=1, padding=1),",
             "            nn.AdaptiveAvgPool2d(1),                    # globalavgpool -> [1, 1, 6]\n",
             "            nn.BatchNorm1d(6),                          # batchnorm -> [6]\n",
             "            nn.Dropout(0.25),",
             "OPTIMIZER = lambda parameters: torch.optim.SGD(parameters, lr=0.05, momentum=0.5)\n",
             "MEAN = (0.1307,)\nSTD = (0.3081,)\n",
             "BATCH_SIZE = 32\nEPOCHS = 2\n",
         }) {
        INFO(line);
        CHECK_THAT(code, Contains(line));
    }
}
