#include "core/onnx/onnx_writer.h"

#include "core/data/atomic_file.h"
#include "core/onnx/onnx_reader.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace convscope::core {
namespace {

std::string joinedNumbers(const std::vector<float>& values)
{
    std::string text;
    for (float value : values) {
        if (!text.empty())
            text += ',';
        text += shortestFloatText(value);
    }
    return text;
}

void setDims(onnx::TensorShapeProto& shape, const std::vector<int>& sample)
{
    shape.add_dim()->set_dim_param("batch");
    for (int extent : sample)
        shape.add_dim()->set_dim_value(extent);
}

// Builds the graph one layer at a time, each node reading the tensor the one before wrote.
class GraphWriter {
public:
    explicit GraphWriter(onnx::GraphProto& graph)
        : m_graph(graph)
    {
    }

    const std::string& current() const { return m_current; }
    void start(const std::string& input) { m_current = input; }

    onnx::NodeProto& node(const std::string& op, const std::string& name, const std::vector<std::string>& extraInputs = {})
    {
        onnx::NodeProto& node = *m_graph.add_node();
        node.set_op_type(op);
        node.set_name(name);
        node.add_input(m_current);
        for (const std::string& input : extraInputs)
            node.add_input(input);
        m_current = name + ".out";
        node.add_output(m_current);
        return node;
    }

    void initializer(const std::string& name, const Tensor& values, const std::vector<int>& shape)
    {
        onnx::TensorProto& tensor = *m_graph.add_initializer();
        tensor.set_name(name);
        tensor.set_data_type(onnx::TensorProto::FLOAT);
        for (int extent : shape)
            tensor.add_dims(extent);
        static_assert(std::endian::native == std::endian::little, "ONNX's raw_data is little-endian");
        tensor.set_raw_data(std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)));
    }

private:
    onnx::GraphProto& m_graph;
    std::string m_current;
};

void setInts(onnx::NodeProto& node, const char* name, std::vector<std::int64_t> values)
{
    onnx::AttributeProto& attribute = *node.add_attribute();
    attribute.set_name(name);
    attribute.set_type(onnx::AttributeProto::INTS);
    for (std::int64_t value : values)
        attribute.add_ints(value);
}

void setInt(onnx::NodeProto& node, const char* name, std::int64_t value)
{
    onnx::AttributeProto& attribute = *node.add_attribute();
    attribute.set_name(name);
    attribute.set_type(onnx::AttributeProto::INT);
    attribute.set_i(value);
}

void setFloat(onnx::NodeProto& node, const char* name, float value)
{
    onnx::AttributeProto& attribute = *node.add_attribute();
    attribute.set_name(name);
    attribute.set_type(onnx::AttributeProto::FLOAT);
    attribute.set_f(value);
}

void setWindow(onnx::NodeProto& node, const LayerSpec& layer)
{
    setInts(node, "kernel_shape", {layer.window, layer.window});
    setInts(node, "strides", {layer.stride, layer.stride});
    setInts(node, "pads", {layer.padding, layer.padding, layer.padding, layer.padding});
}

void setMetadata(onnx::ModelProto& proto, std::string_view key, const std::string& value)
{
    onnx::StringStringEntryProto& entry = *proto.add_metadata_props();
    entry.set_key(std::string(key));
    entry.set_value(value);
}

} // namespace

std::string encodeOnnx(const Model& model)
{
    const std::vector<std::vector<int>> shapes = model.spec.parameterShapes();
    if (shapes.size() != model.parameters.size())
        throw std::invalid_argument("the model holds " + std::to_string(model.parameters.size())
                                    + " learned arrays but its architecture has " + std::to_string(shapes.size()));
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        if (model.parameters[i].shape() != shapes[i])
            throw std::invalid_argument("learned array " + std::to_string(i + 1)
                                        + " does not have the shape its architecture gives it");
    }

    onnx::ModelProto proto;
    proto.set_ir_version(7); // the IR of opset 13
    proto.set_producer_name("ConvScope");
    onnx::OperatorSetIdProto& opset = *proto.add_opset_import();
    opset.set_domain("");
    opset.set_version(onnxWriterOpset);
    onnx::GraphProto& graph = *proto.mutable_graph();
    graph.set_name("convscope");
    graph.set_doc_string(model.spec.toText());

    onnx::ValueInfoProto& input = *graph.add_input();
    input.set_name("input");
    input.mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
    setDims(*input.mutable_type()->mutable_tensor_type()->mutable_shape(), model.spec.input);

    GraphWriter writer(graph);
    writer.start("input");
    std::size_t array = 0;
    const auto learned = [&](const std::string& name) {
        const Tensor& values = model.parameters[array++];
        writer.initializer(name, values, values.shape());
        return name;
    };
    for (std::size_t index = 0; index < model.spec.layers.size(); ++index) {
        const LayerSpec& layer = model.spec.layers[index];
        const std::string name = "layers." + std::to_string(index);
        switch (layer.kind) {
        case LayerKind::Conv: {
            const std::string weight = learned(name + ".weight");
            const std::string bias = learned(name + ".bias");
            setWindow(writer.node("Conv", name, {weight, bias}), layer);
            break;
        }
        case LayerKind::Relu: writer.node("Relu", name); break;
        case LayerKind::Tanh: writer.node("Tanh", name); break;
        case LayerKind::Sigmoid: writer.node("Sigmoid", name); break;
        case LayerKind::LeakyRelu: setFloat(writer.node("LeakyRelu", name), "alpha", static_cast<float>(layer.rate)); break;
        case LayerKind::MaxPool: setWindow(writer.node("MaxPool", name), layer); break;
        case LayerKind::AvgPool: {
            onnx::NodeProto& node = writer.node("AveragePool", name);
            setWindow(node, layer);
            setInt(node, "count_include_pad", 1);
            break;
        }
        case LayerKind::MinPool:
            writer.node("Neg", name + ".negate");
            setWindow(writer.node("MaxPool", name), layer);
            writer.node("Neg", name + ".restore");
            break;
        case LayerKind::GlobalAvgPool: writer.node("GlobalAveragePool", name); break;
        case LayerKind::BatchNorm: {
            const std::string scale = learned(name + ".weight");
            const std::string shift = learned(name + ".bias");
            const std::string mean = learned(name + ".running_mean");
            const std::string variance = learned(name + ".running_var");
            setFloat(writer.node("BatchNormalization", name, {scale, shift, mean, variance}), "epsilon",
                     static_cast<float>(layer.epsilon));
            break;
        }
        case LayerKind::Flatten: setInt(writer.node("Flatten", name), "axis", 1); break;
        case LayerKind::Dense: {
            const std::string weight = learned(name + ".weight");
            const std::string bias = learned(name + ".bias");
            setInt(writer.node("Gemm", name, {weight, bias}), "transB", 1);
            break;
        }
        case LayerKind::Dropout: break;
        }
    }
    setInt(writer.node("Softmax", "softmax"), "axis", 1);
    graph.mutable_node(graph.node_size() - 1)->set_output(0, "probabilities");

    onnx::ValueInfoProto& output = *graph.add_output();
    output.set_name("probabilities");
    output.mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
    setDims(*output.mutable_type()->mutable_tensor_type()->mutable_shape(), {model.spec.outputCount()});

    std::string names;
    bool named = false;
    for (std::size_t label = 0; label < model.metadata.classNames.size(); ++label) {
        std::string name = model.metadata.classNames[label];
        std::replace(name.begin(), name.end(), '\n', ' '); // one name a line
        named = named || !name.empty();
        if (label > 0)
            names += '\n';
        names += name;
    }
    if (named)
        setMetadata(proto, onnxClassNamesKey, names);
    if (!model.metadata.inputMean.empty())
        setMetadata(proto, onnxInputMeanKey, joinedNumbers(model.metadata.inputMean));
    if (!model.metadata.inputStd.empty())
        setMetadata(proto, onnxInputStdKey, joinedNumbers(model.metadata.inputStd));

    std::string bytes;
    if (!proto.SerializeToString(&bytes))
        throw std::invalid_argument("the network is too large for an ONNX file (2 GB)");
    return bytes;
}

void saveOnnx(const std::filesystem::path& path, const Model& model)
{
    const std::string bytes = encodeOnnx(model);
    try {
        writeFileAtomically(path, std::span<const char>(bytes.data(), bytes.size()));
    } catch (const std::runtime_error& error) {
        throw OnnxError(error.what());
    }
}

} // namespace convscope::core
