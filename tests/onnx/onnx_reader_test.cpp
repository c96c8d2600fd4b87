// ONNX files exported by PyTorch (and one ConvScope wrote, run in PyTorch through the code
// ConvScope wrote) read into ConvScope's networks: every fixture's outputs equal PyTorch's within
// 1e-4 for the same inputs, one at a time and as one batch, and files that are
// not a chain of supported layers are refused with one sentence naming the node.
#include "core/nn/network.h"
#include "core/onnx/onnx_reader.h"
#include "tests/catch.h"

#include <onnx/onnx_pb.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

using namespace convscope::core;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;

namespace {

std::filesystem::path fixture(const std::string& name)
{
    return std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "tests/onnx/data" / name;
}

std::string readText(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// The fixtures' JSON is written by make_fixtures.py in one known layout: these read a string
// value and an array of arrays of numbers after a key.
std::string stringAfter(const std::string& json, const std::string& key)
{
    const std::size_t at = json.find("\"" + key + "\": \"");
    REQUIRE(at != std::string::npos);
    const std::size_t start = at + key.size() + 5;
    return json.substr(start, json.find('"', start) - start);
}

std::vector<std::vector<double>> rowsAfter(const std::string& json, const std::string& key)
{
    std::size_t at = json.find("\"" + key + "\": [[");
    REQUIRE(at != std::string::npos);
    at += key.size() + 6;
    std::vector<std::vector<double>> rows(1);
    const char* text = json.c_str();
    while (true) {
        char* end = nullptr;
        rows.back().push_back(std::strtod(text + at, &end));
        at = static_cast<std::size_t>(end - text);
        if (json.compare(at, 2, ", ") == 0) {
            at += 2;
        } else if (json.compare(at, 4, "], [") == 0) {
            at += 4;
            rows.emplace_back();
        } else {
            REQUIRE(json.compare(at, 2, "]]") == 0);
            return rows;
        }
    }
}

std::vector<std::uint8_t> bytesOf(const onnx::ModelProto& model)
{
    const std::string bytes = model.SerializeAsString();
    return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

std::string refusal(const onnx::ModelProto& model)
{
    try {
        decodeOnnx(bytesOf(model), "model.onnx");
    } catch (const OnnxError& error) {
        return error.what();
    }
    return "accepted";
}

std::string refusal(const std::string& bytes)
{
    try {
        decodeOnnx(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), "model.onnx");
    } catch (const OnnxError& error) {
        return error.what();
    }
    return "accepted";
}

onnx::ModelProto tutorialProto()
{
    onnx::ModelProto model;
    REQUIRE(model.ParseFromString(readText(fixture("tutorial-opset13.onnx"))));
    return model;
}

// A small graph written by hand: the input "x" of shape batch × C × H × W, then nodes in order.
class GraphBuilder {
public:
    GraphBuilder(int opset, std::vector<std::int64_t> sample)
    {
        m_model.set_ir_version(8);
        m_model.add_opset_import()->set_version(opset);
        onnx::ValueInfoProto& input = *m_model.mutable_graph()->add_input();
        input.set_name("x");
        onnx::TypeProto::Tensor& type = *input.mutable_type()->mutable_tensor_type();
        type.set_elem_type(onnx::TensorProto::FLOAT);
        type.mutable_shape()->add_dim()->set_dim_param("batch");
        for (std::int64_t extent : sample)
            type.mutable_shape()->add_dim()->set_dim_value(extent);
    }

    onnx::NodeProto& node(const std::string& op, std::vector<std::string> inputs, const std::string& output)
    {
        onnx::NodeProto& node = *m_model.mutable_graph()->add_node();
        node.set_op_type(op);
        node.set_name(op + "_" + std::to_string(m_model.graph().node_size()));
        for (const std::string& input : inputs)
            node.add_input(input);
        node.add_output(output);
        return node;
    }

    void weights(const std::string& name, std::vector<std::int64_t> dims, const std::vector<float>& values)
    {
        onnx::TensorProto& tensor = *m_model.mutable_graph()->add_initializer();
        tensor.set_name(name);
        tensor.set_data_type(onnx::TensorProto::FLOAT);
        for (std::int64_t extent : dims)
            tensor.add_dims(extent);
        for (float value : values)
            tensor.add_float_data(value);
    }

    void integers(const std::string& name, const std::vector<std::int64_t>& values)
    {
        onnx::TensorProto& tensor = *m_model.mutable_graph()->add_initializer();
        tensor.set_name(name);
        tensor.set_data_type(onnx::TensorProto::INT64);
        tensor.add_dims(static_cast<std::int64_t>(values.size()));
        for (std::int64_t value : values)
            tensor.add_int64_data(value);
    }

    static void ints(onnx::NodeProto& node, const std::string& name, std::vector<std::int64_t> values)
    {
        onnx::AttributeProto& attribute = *node.add_attribute();
        attribute.set_name(name);
        attribute.set_type(onnx::AttributeProto::INTS);
        for (std::int64_t value : values)
            attribute.add_ints(value);
    }

    static void integer(onnx::NodeProto& node, const std::string& name, std::int64_t value)
    {
        onnx::AttributeProto& attribute = *node.add_attribute();
        attribute.set_name(name);
        attribute.set_type(onnx::AttributeProto::INT);
        attribute.set_i(value);
    }

    static void real(onnx::NodeProto& node, const std::string& name, float value)
    {
        onnx::AttributeProto& attribute = *node.add_attribute();
        attribute.set_name(name);
        attribute.set_type(onnx::AttributeProto::FLOAT);
        attribute.set_f(value);
    }

    onnx::ModelProto& finish(const std::string& output)
    {
        m_model.mutable_graph()->add_output()->set_name(output);
        return m_model;
    }

private:
    onnx::ModelProto m_model;
};

} // namespace

TEST_CASE("MatMul with Add, Gemm's transB, alpha and beta, Identity, Dropout and GlobalMaxPool by hand", "[onnx]")
{
    SECTION("flatten → MatMul + Add → Gemm (transB 0, alpha 2, beta 0.5)")
    {
        GraphBuilder graph(13, {2, 1, 2});
        graph.node("Identity", {"x"}, "a");
        graph.node("Dropout", {"a"}, "b");
        graph.node("Flatten", {"b"}, "c");
        // W is 4×3 (inputs × outputs): output n sums the inputs m with m % 3 == n.
        graph.weights("W", {4, 3}, {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0});
        graph.weights("b", {3}, {0.5f, -1, 0});
        graph.node("MatMul", {"c", "W"}, "d");
        graph.node("Add", {"b", "d"}, "e"); // the bias may come first
        graph.weights("B", {3, 2}, {1, 2, 3, 4, 5, 6});
        graph.weights("C", {1, 2}, {10, 20});
        onnx::NodeProto& gemm = graph.node("Gemm", {"e", "B", "C"}, "y");
        GraphBuilder::real(gemm, "alpha", 2.0f);
        GraphBuilder::real(gemm, "beta", 0.5f);
        const OnnxModel onnx = decodeOnnx(bytesOf(graph.finish("y")), "hand.onnx");
        CHECK(onnx.model.spec.toText()
              == "# ConvScope network: one layer per line\ninput 2 1 2\nflatten\ndense 3\ndense 2\n");
        Network<float> network = onnx.model.toNetwork();
        network.classify(Tensor::fromRows({{1, 2}, {3, 4}}).reshaped({2, 1, 2}));
        // d = [1 + 4, 2, 3] + [0.5, −1, 0] = [5.5, 1, 3]; y = 2 · d · B + 0.5 · C
        //   = 2 · [5.5 + 3 + 15, 11 + 4 + 18] + [5, 10] = [52, 76]
        CHECK(network.logits()(0, 0) == 52.0f);
        CHECK(network.logits()(0, 1) == 76.0f);
    }
    SECTION("MaxPool with a ceil_mode that rounds nothing, then GlobalMaxPool")
    {
        GraphBuilder graph(18, {1, 4, 4});
        onnx::NodeProto& pool = graph.node("MaxPool", {"x"}, "p");
        GraphBuilder::ints(pool, "kernel_shape", {2, 2});
        GraphBuilder::ints(pool, "strides", {2, 2});
        GraphBuilder::integer(pool, "ceil_mode", 1);
        graph.node("GlobalMaxPool", {"p"}, "g");
        graph.node("Flatten", {"g"}, "f");
        graph.weights("B", {2, 1}, {1, -1});
        onnx::NodeProto& gemm = graph.node("Gemm", {"f", "B"}, "y");
        GraphBuilder::integer(gemm, "transB", 1);
        const OnnxModel onnx = decodeOnnx(bytesOf(graph.finish("y")), "hand.onnx");
        CHECK(onnx.model.spec.layers[1] == LayerSpec::maxPool(2));
        Network<float> network = onnx.model.toNetwork();
        Tensor image({1, 4, 4});
        image.at(0, 3, 1) = 7.0f;
        network.classify(image);
        CHECK(network.logits()(0, 0) == 7.0f);
        CHECK(network.logits()(0, 1) == -7.0f);
    }
}

TEST_CASE("pooling and padding that ConvScope's layers would compute differently are refused", "[onnx]")
{
    // input → [Pad] → op 2×2 stride 2 (changed by `edit`) → Flatten → Gemm
    const auto pooled = [](const std::string& op, std::vector<std::int64_t> sample, bool before,
                           const std::function<void(onnx::NodeProto&)>& edit = {}) {
        GraphBuilder graph(11, std::move(sample));
        std::string input = "x";
        if (before) {
            graph.integers("pads", {0, 0, 1, 1, 0, 0, 1, 1});
            graph.node("Pad", {"x", "pads"}, "padded");
            input = "padded";
        }
        onnx::NodeProto& pool = graph.node(op, {input}, "p");
        GraphBuilder::ints(pool, "kernel_shape", {2, 2});
        GraphBuilder::ints(pool, "strides", {2, 2});
        if (edit)
            edit(pool);
        graph.node("Flatten", {"p"}, "f");
        graph.weights("B", {2, 4}, std::vector<float>(8, 1.0f));
        onnx::NodeProto& gemm = graph.node("Gemm", {"f", "B"}, "y");
        GraphBuilder::integer(gemm, "transB", 1);
        return graph.finish("y");
    };
    SECTION("a zero Pad before MaxPool (ConvScope's max pooling pads with −∞); before AveragePool it is read")
    {
        CHECK_THAT(refusal(pooled("MaxPool", {1, 2, 2}, true)), Contains("node 'MaxPool_2': a Pad before it pads with zeros"));
        CHECK_THAT(refusal(pooled("AveragePool", {1, 2, 2}, true)), Equals("accepted"));
    }
    SECTION("ceil_mode that rounds the output up")
    {
        const auto ceil = [](onnx::NodeProto& pool) { GraphBuilder::integer(pool, "ceil_mode", 1); };
        CHECK_THAT(refusal(pooled("MaxPool", {1, 5, 4}, false, ceil)), Contains("its ceil_mode rounds the output size up"));
    }
    SECTION("an average that leaves the padding out")
    {
        const auto pads = [](onnx::NodeProto& pool) { GraphBuilder::ints(pool, "pads", {1, 1, 1, 1}); };
        CHECK_THAT(refusal(pooled("AveragePool", {1, 2, 2}, false, pads)), Contains("count_include_pad 0"));
    }
    SECTION("Softmax before the end")
    {
        GraphBuilder graph(13, {1, 1, 2});
        graph.node("Flatten", {"x"}, "f");
        graph.node("Softmax", {"f"}, "s");
        graph.node("Relu", {"s"}, "y");
        CHECK_THAT(refusal(graph.finish("y")), Contains("node 'Softmax_2': ConvScope reads Softmax only as the last node"));
    }
}

TEST_CASE("PyTorch's networks read from ONNX compute what PyTorch computed", "[onnx]")
{
    const std::string name = GENERATE(as<std::string>{}, "tutorial-opset9", "tutorial-opset13", "tutorial-opset17",
                                      "batchnorm-opset13", "lenet5-opset11", "colour-opset7", "colour-opset17",
                                      "convscope-everykind");
    INFO(name);
    const OnnxModel onnx = loadOnnx(fixture(name + ".onnx"));
    const std::string json = readText(fixture(name + ".json"));
    const std::vector<std::vector<double>> inputs = rowsAfter(json, "inputs");
    const std::vector<std::vector<double>> expected = rowsAfter(json, "outputs");
    const std::string output = stringAfter(json, "output");
    CHECK(output
          == (onnx.output == OnnxOutput::Logits          ? "logits"
              : onnx.output == OnnxOutput::Probabilities ? "probabilities"
                                                         : "log_probabilities"));
    Network<float> network = onnx.model.toNetwork();
    REQUIRE(static_cast<std::size_t>(network.inputSize()) == inputs.front().size());

    RowMatrix<float> batch(static_cast<Eigen::Index>(inputs.size()), network.inputSize());
    for (std::size_t n = 0; n < inputs.size(); ++n) {
        for (std::size_t i = 0; i < inputs[n].size(); ++i)
            batch(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(i)) = static_cast<float>(inputs[n][i]);
    }
    // The batch axis is free: the three samples as one batch, and each alone.
    for (const bool together : {true, false}) {
        INFO((together ? "one batch" : "one sample at a time"));
        for (std::size_t n = 0; n < inputs.size(); ++n) {
            const Eigen::Index row = together ? static_cast<Eigen::Index>(n) : 0;
            network.forward(together ? batch : RowMatrix<float>(batch.row(static_cast<Eigen::Index>(n))));
            for (std::size_t k = 0; k < expected[n].size(); ++k) {
                double value = network.logits()(row, static_cast<Eigen::Index>(k));
                if (onnx.output == OnnxOutput::Probabilities)
                    value = network.probabilities()(row, static_cast<Eigen::Index>(k));
                else if (onnx.output == OnnxOutput::LogProbabilities)
                    value = std::log(network.probabilities()(row, static_cast<Eigen::Index>(k)));
                INFO("sample " << n << ", class " << k);
                CHECK_THAT(value, Catch::Matchers::WithinAbs(expected[n][k], 1e-4));
            }
        }
    }
}

TEST_CASE("the lecture notebook's network reads as the layers it is written with", "[onnx]")
{
    const OnnxModel onnx = loadOnnx(fixture("tutorial-opset9.onnx"));
    CHECK(onnx.opset == 9);
    CHECK(onnx.model.spec.toText()
          == "# ConvScope network: one layer per line\ninput 1 28 28\nconv 32 5 pad 2\nrelu\nmaxpool 2\n"
             "conv 64 5 pad 2\nrelu\nmaxpool 2\nflatten\ndense 16\nrelu\ndense 10\n");
    CHECK(onnx.model.metadata.classNames.size() == 10);

    const OnnxModel norm = loadOnnx(fixture("batchnorm-opset13.onnx"));
    CHECK(norm.model.spec.layers[2] == LayerSpec::batchNorm());
    CHECK(norm.model.spec.layers[9] == LayerSpec::batchNorm(0.001)); // BatchNorm1d(eps=1e-3) on the flat vector
    CHECK(norm.model.spec.layers[7] == LayerSpec::globalAvgPool());
    CHECK(norm.model.spec.layers[5] == LayerSpec::leakyRelu(0.1));

    // F.pad before the convolution became its padding; the padded average pool kept its own.
    const OnnxModel colour = loadOnnx(fixture("colour-opset7.onnx"));
    CHECK(colour.model.spec.input == std::vector<int>{3, 32, 32});
    CHECK(colour.model.spec.layers[0] == LayerSpec::conv(16, 3, 1));
    CHECK(colour.model.spec.layers[5].toText() == "avgpool 3 stride 2 pad 1");
}

TEST_CASE("operators, graphs and files ConvScope cannot read are refused with one line naming the node", "[onnx]")
{
    SECTION("an unsupported operator")
    {
        onnx::ModelProto model = tutorialProto();
        model.mutable_graph()->mutable_node(1)->set_op_type("Resize");
        model.mutable_graph()->mutable_node(1)->set_name("Resize_7");
        CHECK_THAT(refusal(model),
                   Equals("model.onnx: node 'Resize_7' uses the ONNX operator Resize, which ConvScope does not support"));
        model.mutable_graph()->mutable_node(1)->clear_name();
        CHECK_THAT(refusal(model), Contains("node 2 (Resize) uses the ONNX operator Resize"));
    }
    SECTION("a text file renamed .onnx, an empty file and a truncated one")
    {
        CHECK_THAT(refusal(std::string("input 1 28 28\nconv 8 3\n")), Equals("model.onnx: a text file, not an ONNX model"));
        CHECK_THAT(refusal(std::string()), Contains("not an ONNX model"));
        const std::string bytes = readText(fixture("tutorial-opset13.onnx"));
        CHECK_THAT(refusal(bytes.substr(0, bytes.size() / 2)), Contains("damaged or cut short"));
    }
    SECTION("weights in an external data file")
    {
        onnx::ModelProto model = tutorialProto();
        onnx::TensorProto& weights = *model.mutable_graph()->mutable_initializer(0);
        weights.clear_raw_data();
        weights.set_data_location(onnx::TensorProto::EXTERNAL);
        onnx::StringStringEntryProto& location = *weights.add_external_data();
        location.set_key("location");
        location.set_value("weights.bin");
        CHECK_THAT(refusal(model), Contains("is kept in an external data file, which ConvScope does not read"));
    }
    SECTION("absurd dimensions, before anything is allocated")
    {
        onnx::ModelProto model = tutorialProto();
        onnx::TensorProto& weights = *model.mutable_graph()->mutable_initializer(0);
        weights.set_dims(0, 1'000'000'000'000);
        CHECK_THAT(refusal(model), Contains("claims the dimensions [1000000000000, 1, 5, 5], more than a network may have"));
        onnx::ModelProto wide = tutorialProto();
        auto& input = *wide.mutable_graph()->mutable_input(0)->mutable_type()->mutable_tensor_type()->mutable_shape();
        input.mutable_dim(2)->set_dim_value(1 << 30);
        CHECK_THAT(refusal(wide), Contains("its input's height is 1073741824; ConvScope reads 1 to 1024"));
    }
    SECTION("opsets outside 7 to 18")
    {
        onnx::ModelProto model = tutorialProto();
        model.mutable_opset_import(0)->set_version(19);
        CHECK_THAT(refusal(model), Contains("opset 19; ConvScope reads opsets 7 to 18"));
    }
    SECTION("what ConvScope's layers cannot do")
    {
        onnx::ModelProto model = tutorialProto();
        onnx::NodeProto& conv = *model.mutable_graph()->mutable_node(0);
        for (onnx::AttributeProto& attribute : *conv.mutable_attribute()) {
            if (attribute.name() == "pads")
                attribute.set_ints(2, 1);
        }
        CHECK_THAT(refusal(model), Contains("its pads [2, 2, 1, 2] differ between the sides"));

        onnx::ModelProto grouped = tutorialProto();
        for (onnx::AttributeProto& attribute : *grouped.mutable_graph()->mutable_node(3)->mutable_attribute()) {
            if (attribute.name() == "group")
                attribute.set_i(2);
        }
        CHECK_THAT(refusal(grouped), Contains("grouped convolution (group 2)"));
    }
    SECTION("a graph that is not one chain")
    {
        onnx::ModelProto model = tutorialProto();
        model.mutable_graph()->mutable_node(2)->set_input(0, "input");
        CHECK_THAT(refusal(model), Contains("does not read the output of the layer before it"));
    }
    SECTION("a file that is not there")
    {
        CHECK_THROWS_WITH(loadOnnx(fixture("missing.onnx")), Contains("missing.onnx: no such file"));
    }
}
