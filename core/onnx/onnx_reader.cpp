#include "core/onnx/onnx_reader.h"

#include "core/nn/input_normalisation.h"
#include "core/shape_text.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

namespace convscope::core {
namespace {

// Every node of the default domain as the opset it was written for reads it; the attributes
// that moved to inputs over the opsets (Pad's pads, Dropout's ratio) are read in both places.
bool isDefaultDomain(const std::string& domain)
{
    return domain.empty() || domain == "ai.onnx";
}

const onnx::AttributeProto* findAttribute(const onnx::NodeProto& node, std::string_view name)
{
    for (const onnx::AttributeProto& attribute : node.attribute()) {
        if (attribute.name() == name)
            return &attribute;
    }
    return nullptr;
}

std::string joined(const std::vector<std::int64_t>& values)
{
    std::string text;
    for (std::int64_t value : values)
        text += (text.empty() ? "" : ", ") + std::to_string(value);
    return "[" + text + "]";
}

// A float as the shortest decimal that reads back as the same float, then as a double: ONNX
// keeps ε as a float (1e-5 is 9.99999974738e-06 in a double), the network text as a double.
double floatAsDouble(float value)
{
    std::array<char, 32> buffer{};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    double result = 0.0;
    std::from_chars(buffer.data(), written.ptr, result);
    return result;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

// Turns one chain of ONNX nodes into a NetworkSpec and its arrays, node by node; every refusal
// names the file and, where there is one, the node.
class Importer {
public:
    Importer(const onnx::ModelProto& model, std::string name)
        : m_model(model)
        , m_graph(model.graph())
        , m_name(std::move(name))
    {
    }

    OnnxModel run()
    {
        OnnxModel result;
        result.opset = m_opset = readOpset();
        for (const onnx::TensorProto& initializer : m_graph.initializer())
            m_constants[initializer.name()] = &initializer;
        readInput();
        for (m_index = 0; m_index < m_graph.node_size(); ++m_index)
            readNode(m_graph.node(m_index), result.output);
        if (m_pendingPad > 0)
            fail("the graph ends in a Pad; ConvScope reads a Pad only right before a Conv or AveragePool");
        if (m_graph.output_size() != 1)
            fail("the graph has " + std::to_string(m_graph.output_size())
                 + " outputs; ConvScope reads a network with one output, the class scores");
        if (m_graph.output(0).name() != m_current)
            fail("the graph's output '" + m_graph.output(0).name()
                 + "' is not the end of its chain of layers; ConvScope reads a network that is one chain");
        // Scaling by Gemm's alpha and beta can overflow what each value alone did not.
        for (const Tensor& array : m_arrays) {
            if (!std::all_of(array.values().begin(), array.values().end(), [](float v) { return std::isfinite(v); }))
                fail("a learned value is not a finite number");
        }
        try {
            m_spec.validate();
        } catch (const NetworkSpecError& error) {
            fail(std::string("the network it describes does not work in ConvScope: ") + error.what());
        }
        result.model.spec = std::move(m_spec);
        result.model.parameters = std::move(m_arrays);
        result.layerNodes = std::move(m_layerNodes);
        result.model.metadata.classNames.assign(static_cast<std::size_t>(result.model.spec.outputCount()), {});
        readMetadata(result.model);
        return result;
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { throw OnnxError(m_name + ": " + reason); }

    std::string nodeLabel(const onnx::NodeProto& node) const
    {
        if (!node.name().empty())
            return "node '" + node.name() + "'";
        return "node " + std::to_string(m_index + 1) + " (" + node.op_type() + ")";
    }

    [[noreturn]] void failNode(const onnx::NodeProto& node, const std::string& reason) const
    {
        fail(nodeLabel(node) + ": " + reason);
    }

    [[noreturn]] void unsupported(const onnx::NodeProto& node, const std::string& why = {}) const
    {
        fail(nodeLabel(node) + " uses the ONNX operator " + node.op_type() + ", which ConvScope does not support"
             + (why.empty() ? "" : " " + why));
    }

    // What ConvScope's ONNX writer keeps beside the graph (onnx_writer.h): the class names and
    // the input's normalisation. A key another program wrote differently is refused rather than
    // guessed at.
    void readMetadata(Model& model) const
    {
        const auto numbers = [this](const std::string& key, const std::string& text) {
            std::vector<float> values;
            for (const std::string& part : split(text, ',')) {
                float value = 0.0f;
                const auto read = std::from_chars(part.data(), part.data() + part.size(), value);
                if (read.ec != std::errc{} || read.ptr != part.data() + part.size())
                    fail("its metadata '" + key + "' is not numbers separated by commas: '" + text + "'");
                values.push_back(value);
            }
            return values;
        };
        for (const onnx::StringStringEntryProto& entry : m_model.metadata_props()) {
            if (entry.key() == onnxClassNamesKey) {
                std::vector<std::string> names = split(entry.value(), '\n');
                if (names.size() != model.metadata.classNames.size())
                    fail("its metadata names " + std::to_string(names.size()) + " classes but the network has "
                         + std::to_string(model.metadata.classNames.size()) + " outputs");
                model.metadata.classNames = std::move(names);
            } else if (entry.key() == onnxInputMeanKey) {
                model.metadata.inputMean = numbers(entry.key(), entry.value());
            } else if (entry.key() == onnxInputStdKey) {
                model.metadata.inputStd = numbers(entry.key(), entry.value());
            }
        }
        if (const std::string problem = normalisationProblem(model.metadata, model.spec.input.at(0)); !problem.empty())
            fail("its metadata: " + problem);
    }

    int readOpset() const
    {
        for (const onnx::OperatorSetIdProto& set : m_model.opset_import()) {
            if (!isDefaultDomain(set.domain()))
                continue;
            if (set.version() < minOnnxOpset || set.version() > maxOnnxOpset)
                fail("it was written for ONNX opset " + std::to_string(set.version()) + "; ConvScope reads opsets "
                     + std::to_string(minOnnxOpset) + " to " + std::to_string(maxOnnxOpset));
            return static_cast<int>(set.version());
        }
        fail("it names no opset of the ONNX operators");
    }

    // The network's input: the graph input no initializer fills, N × C × H × W of floats.
    void readInput()
    {
        const onnx::ValueInfoProto* input = nullptr;
        for (const onnx::ValueInfoProto& candidate : m_graph.input()) {
            if (m_constants.count(candidate.name()) != 0)
                continue; // an initializer listed as an input too (IR version 3)
            if (input != nullptr)
                fail("the graph has more than one input; ConvScope reads a network with one input, the image");
            input = &candidate;
        }
        if (input == nullptr)
            fail("the graph has no input");
        if (!input->type().has_tensor_type() || input->type().tensor_type().elem_type() != onnx::TensorProto::FLOAT)
            fail("its input '" + input->name() + "' is not a tensor of 32-bit floats");
        const onnx::TensorShapeProto& shape = input->type().tensor_type().shape();
        if (shape.dim_size() != 4)
            fail("its input '" + input->name() + "' has " + std::to_string(shape.dim_size())
                 + " dimensions; ConvScope reads images as batch × channels × height × width");
        constexpr std::array<const char*, 3> names{"channels", "height", "width"};
        std::vector<int> extents;
        for (int axis = 1; axis < 4; ++axis) {
            const onnx::TensorShapeProto::Dimension& dim = shape.dim(axis);
            if (!dim.has_dim_value())
                fail("its input's " + std::string(names[axis - 1]) + " is not a fixed number");
            if (dim.dim_value() < 1 || dim.dim_value() > maxInputExtent)
                fail("its input's " + std::string(names[axis - 1]) + " is " + std::to_string(dim.dim_value())
                     + "; ConvScope reads 1 to " + std::to_string(maxInputExtent));
            extents.push_back(static_cast<int>(dim.dim_value()));
        }
        m_spec.input = extents;
        if (static_cast<std::int64_t>(extents[0]) * extents[1] * extents[2] > maxValuesPerSample)
            fail("its input " + shapeText(extents) + " has more than " + std::to_string(maxValuesPerSample)
                 + " values");
        m_shape = extents;
        m_current = input->name();
    }

    // --- constants ---

    const onnx::TensorProto& constant(const onnx::NodeProto& node, int input, const char* what) const
    {
        if (input >= node.input_size() || node.input(input).empty())
            failNode(node, std::string("has no ") + what);
        const auto found = m_constants.find(node.input(input));
        if (found == m_constants.end())
            failNode(node, std::string("its ") + what + " '" + node.input(input)
                               + "' is computed in the graph; ConvScope reads it only as a stored constant");
        return *found->second;
    }

    const onnx::TensorProto* optionalConstant(const onnx::NodeProto& node, int input, const char* what) const
    {
        if (input >= node.input_size() || node.input(input).empty())
            return nullptr;
        return &constant(node, input, what);
    }

    // The dimensions of a stored tensor, checked against the limits before any value is copied.
    std::vector<std::int64_t> dimsOf(const onnx::NodeProto& node, const onnx::TensorProto& tensor,
                                     const char* what) const
    {
        if (tensor.data_location() == onnx::TensorProto::EXTERNAL || tensor.external_data_size() > 0)
            failNode(node, std::string("its ") + what + " '" + tensor.name()
                               + "' is kept in an external data file, which ConvScope does not read; export the "
                                 "model with its weights inside the .onnx file");
        std::vector<std::int64_t> dims(tensor.dims().begin(), tensor.dims().end());
        std::int64_t count = 1;
        for (std::int64_t extent : dims) {
            if (extent < 0 || extent > maxNetworkParameters || count * extent > maxNetworkParameters)
                failNode(node, std::string("its ") + what + " claims the dimensions " + joined(dims)
                                   + ", more than a network may have");
            count *= extent;
        }
        return dims;
    }

    static std::int64_t countOf(const std::vector<std::int64_t>& dims)
    {
        std::int64_t count = 1;
        for (std::int64_t extent : dims)
            count *= extent;
        return count;
    }

    std::vector<float> floatsOf(const onnx::NodeProto& node, const onnx::TensorProto& tensor, const char* what) const
    {
        const std::int64_t count = countOf(dimsOf(node, tensor, what));
        if (tensor.data_type() != onnx::TensorProto::FLOAT)
            failNode(node, std::string("its ") + what + " is not of 32-bit floats");
        std::vector<float> values;
        if (!tensor.raw_data().empty()) {
            const std::string& raw = tensor.raw_data();
            if (static_cast<std::int64_t>(raw.size()) != count * 4)
                failNode(node, std::string("its ") + what + " holds " + std::to_string(raw.size())
                                   + " bytes for " + std::to_string(count) + " floats: the file is damaged");
            values.resize(static_cast<std::size_t>(count));
            // Little-endian, whatever the machine's order.
            for (std::size_t i = 0; i < values.size(); ++i) {
                std::uint32_t bits = 0;
                for (int b = 0; b < 4; ++b)
                    bits |= std::uint32_t{static_cast<std::uint8_t>(raw[4 * i + b])} << (8 * b);
                values[i] = std::bit_cast<float>(bits);
            }
        } else {
            if (tensor.float_data_size() != count)
                failNode(node, std::string("its ") + what + " holds " + std::to_string(tensor.float_data_size())
                                   + " floats for the dimensions " + joined(dimsOf(node, tensor, what)));
            values.assign(tensor.float_data().begin(), tensor.float_data().end());
        }
        for (float value : values) {
            if (!std::isfinite(value))
                failNode(node, std::string("its ") + what + " holds a value that is not a finite number");
        }
        return values;
    }

    std::vector<std::int64_t> integersOf(const onnx::NodeProto& node, const onnx::TensorProto& tensor,
                                         const char* what) const
    {
        const std::vector<std::int64_t> dims = dimsOf(node, tensor, what);
        const std::int64_t count = countOf(dims);
        if (tensor.data_type() != onnx::TensorProto::INT64 || count > 64)
            failNode(node, std::string("its ") + what + " is not a short list of 64-bit integers");
        std::vector<std::int64_t> values;
        if (!tensor.raw_data().empty()) {
            const std::string& raw = tensor.raw_data();
            if (static_cast<std::int64_t>(raw.size()) != count * 8)
                failNode(node, std::string("its ") + what + " is cut short: the file is damaged");
            for (std::int64_t i = 0; i < count; ++i) {
                std::uint64_t bits = 0;
                for (int b = 0; b < 8; ++b)
                    bits |= std::uint64_t{static_cast<std::uint8_t>(raw[8 * i + b])} << (8 * b);
                values.push_back(static_cast<std::int64_t>(bits));
            }
        } else {
            if (tensor.int64_data_size() != count)
                failNode(node, std::string("its ") + what + " does not hold as many integers as its dimensions say");
            values.assign(tensor.int64_data().begin(), tensor.int64_data().end());
        }
        return values;
    }

    // A stored float tensor as a ConvScope array of the given shape; the stored dimensions must
    // hold exactly as many values (a bias may be stored as {N}, {1, N} or one value for all).
    Tensor arrayOf(const onnx::NodeProto& node, const onnx::TensorProto& tensor, const char* what,
                   const std::vector<int>& shape, bool broadcast = false) const
    {
        const std::vector<std::int64_t> dims = dimsOf(node, tensor, what);
        const std::int64_t count = countOf(dims);
        Tensor array(shape);
        if (broadcast && count == 1) {
            std::fill(array.values().begin(), array.values().end(), floatsOf(node, tensor, what).front());
            return array;
        }
        if (count != static_cast<std::int64_t>(array.size()))
            failNode(node, std::string("its ") + what + " has the dimensions " + joined(dims) + ", expected "
                               + shapeText(shape));
        const std::vector<float> values = floatsOf(node, tensor, what);
        std::copy(values.begin(), values.end(), array.data());
        return array;
    }

    // --- attributes ---

    std::int64_t intAttribute(const onnx::NodeProto& node, std::string_view name, std::int64_t fallback) const
    {
        const onnx::AttributeProto* attribute = findAttribute(node, name);
        return attribute == nullptr ? fallback : attribute->i();
    }

    float floatAttribute(const onnx::NodeProto& node, std::string_view name, float fallback) const
    {
        const onnx::AttributeProto* attribute = findAttribute(node, name);
        return attribute == nullptr ? fallback : attribute->f();
    }

    std::vector<std::int64_t> intsAttribute(const onnx::NodeProto& node, std::string_view name) const
    {
        const onnx::AttributeProto* attribute = findAttribute(node, name);
        if (attribute == nullptr)
            return {};
        if (attribute->ints_size() > 16)
            failNode(node, "its attribute " + std::string(name) + " has more values than an image has dimensions");
        return std::vector<std::int64_t>(attribute->ints().begin(), attribute->ints().end());
    }

    // One value for both spatial axes (ConvScope's layers are square in every respect), from an
    // attribute of two values; `fallback` when absent.
    int squareAttribute(const onnx::NodeProto& node, std::string_view name, int fallback, const char* what) const
    {
        const std::vector<std::int64_t> values = intsAttribute(node, name);
        if (values.empty())
            return fallback;
        if (values.size() != 2)
            failNode(node, std::string("its ") + what + " " + joined(values)
                               + " is not for the two axes of an image");
        if (values[0] != values[1])
            failNode(node, std::string("its ") + what + " " + joined(values)
                               + " differs between height and width; ConvScope's layers use one for both");
        if (values[0] < 0 || values[0] > maxFilterSize)
            failNode(node, std::string("its ") + what + " " + std::to_string(values[0]) + " is outside 0 to "
                               + std::to_string(maxFilterSize));
        return static_cast<int>(values[0]);
    }

    int strideOf(const onnx::NodeProto& node) const
    {
        const int stride = squareAttribute(node, "strides", 1, "strides");
        if (stride < 1)
            failNode(node, "its stride is 0");
        return stride;
    }

    // pads [top, left, bottom, right] (or auto_pad) as one padding on every side.
    int paddingOf(const onnx::NodeProto& node, int window, int stride) const
    {
        const onnx::AttributeProto* autoPad = findAttribute(node, "auto_pad");
        const std::string mode = autoPad == nullptr ? "NOTSET" : autoPad->s();
        if (mode == "VALID")
            return 0;
        if (mode == "SAME_UPPER" || mode == "SAME_LOWER") {
            // Output ⌈H / S⌉ needs a total padding of (⌈H/S⌉ − 1)·S + F − H; ConvScope can follow
            // only when it is even and the same for the height and the width.
            const auto total = [&](int extent) {
                return std::max(0, ((extent + stride - 1) / stride - 1) * stride + window - extent);
            };
            const int height = total(m_shape.at(1));
            if (height % 2 != 0 || total(m_shape.at(2)) != height)
                failNode(node, "its auto_pad " + mode + " pads one side more than the other; ConvScope pads "
                               "every side alike");
            return height / 2;
        }
        if (mode != "NOTSET")
            failNode(node, "its auto_pad '" + mode + "' is not one ONNX defines");
        const std::vector<std::int64_t> pads = intsAttribute(node, "pads");
        if (pads.empty())
            return 0;
        if (pads.size() != 4)
            failNode(node, "its pads " + joined(pads) + " are not for the two axes of an image");
        if (std::any_of(pads.begin(), pads.end(), [&](std::int64_t p) { return p != pads[0]; }))
            failNode(node, "its pads " + joined(pads) + " differ between the sides; ConvScope pads every side alike");
        if (pads[0] < 0 || pads[0] > maxFilterSize)
            failNode(node, "its padding " + std::to_string(pads[0]) + " is outside 0 to "
                               + std::to_string(maxFilterSize));
        return static_cast<int>(pads[0]);
    }

    void requireUnit(const onnx::NodeProto& node, std::string_view name, const char* what) const
    {
        const std::vector<std::int64_t> values = intsAttribute(node, name);
        if (std::any_of(values.begin(), values.end(), [](std::int64_t v) { return v != 1; }))
            failNode(node, std::string("its ") + what + " " + joined(values)
                               + " are not 1; ConvScope does not support them");
    }

    // --- the chain ---

    void pushLayer(const onnx::NodeProto& node, LayerSpec layer)
    {
        if (static_cast<int>(m_spec.layers.size()) >= maxNetworkLayers)
            failNode(node, "the network would have more than " + std::to_string(maxNetworkLayers) + " layers");
        if (layer.units > maxLayerUnits)
            failNode(node, "it has " + std::to_string(layer.units) + " outputs; ConvScope's layers have at most "
                               + std::to_string(maxLayerUnits));
        if (layer.window > maxFilterSize || layer.stride < 1 || layer.stride > maxFilterSize)
            failNode(node, "its window or stride is outside 1 to " + std::to_string(maxFilterSize));
        m_layerNodes.push_back(node.name().empty() ? node.op_type() : node.name() + " (" + node.op_type() + ")");
        m_spec.layers.push_back(layer);
        // The shapes and the parameter total so far, before the layer's arrays are copied.
        const std::vector<LayerShape> shapes = m_spec.inferShapes();
        if (!shapes.back().error.empty())
            failNode(node, "as ConvScope's '" + layer.toText() + "' layer: " + shapes.back().error);
        m_shape = shapes.back().output;
    }

    bool flat() const { return m_shape.size() == 1; }

    void readNode(const onnx::NodeProto& node, OnnxOutput& output)
    {
        const std::string& op = node.op_type();
        if (!isDefaultDomain(node.domain()))
            fail(nodeLabel(node) + " uses the operator " + op + " of the domain '" + node.domain()
                 + "', which ConvScope does not support");
        if (op == "Constant") {
            const onnx::AttributeProto* value = findAttribute(node, "value");
            if (value == nullptr || !value->has_t() || node.output_size() != 1)
                failNode(node, "ConvScope reads a Constant only as a stored tensor ('value')");
            m_constants[node.output(0)] = &value->t();
            return;
        }
        if (node.input_size() < 1 || node.input(0) != m_current)
            failNode(node, "it does not read the output of the layer before it ('" + m_current
                               + "'); ConvScope reads a network that is one chain of layers");
        if (node.output_size() < 1 || node.output(0).empty())
            failNode(node, "it has no output");
        m_current = node.output(0);
        if (m_pendingPad > 0 && op != "Conv" && op != "AveragePool") {
            if (op == "MaxPool")
                failNode(node, "a Pad before it pads with zeros, where ConvScope's max pooling pads with −∞; give "
                               "the MaxPool its own pads");
            failNode(node, "a Pad must come right before a Conv or AveragePool");
        }
        const bool last = m_index == m_graph.node_size() - 1;

        if (op == "Conv")
            readConv(node);
        else if (op == "Relu")
            pushLayer(node, LayerSpec::relu());
        else if (op == "Tanh")
            pushLayer(node, LayerSpec::tanh());
        else if (op == "Sigmoid")
            pushLayer(node, LayerSpec::sigmoid());
        else if (op == "LeakyRelu") {
            const float alpha = floatAttribute(node, "alpha", 0.01f);
            if (!(alpha >= 0.0f && alpha < 1.0f))
                failNode(node, "its slope alpha " + shortestText(alpha) + " is outside ConvScope's 0 to 1");
            pushLayer(node, LayerSpec::leakyRelu(floatAsDouble(alpha)));
        } else if (op == "MaxPool" || op == "AveragePool")
            readPool(node, op == "MaxPool" ? LayerKind::MaxPool : LayerKind::AvgPool);
        else if (op == "Neg")
            readMinPool(node);
        else if (op == "GlobalAveragePool") {
            if (flat())
                failNode(node, "its input is a flat vector, not maps");
            pushLayer(node, LayerSpec::globalAvgPool());
        } else if (op == "GlobalMaxPool") {
            if (flat() || m_shape[1] != m_shape[2] || m_shape[1] > maxFilterSize)
                failNode(node, "ConvScope reads a GlobalMaxPool only over square maps of at most "
                                   + std::to_string(maxFilterSize) + " cells a side");
            pushLayer(node, LayerSpec::maxPool(m_shape[1]));
        } else if (op == "BatchNormalization")
            readBatchNorm(node);
        else if (op == "Flatten") {
            if (intAttribute(node, "axis", 1) != 1)
                failNode(node, "it flattens from axis " + std::to_string(intAttribute(node, "axis", 1))
                                   + "; ConvScope flattens each sample whole (axis 1)");
            if (!flat())
                pushLayer(node, LayerSpec::flatten());
        } else if (op == "Reshape")
            readReshape(node);
        else if (op == "Gemm")
            readGemm(node);
        else if (op == "MatMul")
            readMatMul(node);
        else if (op == "Dropout" || op == "Identity") {
            // Inference: both pass every value.
        } else if (op == "Pad")
            readPad(node);
        else if (op == "Softmax" || op == "LogSoftmax") {
            if (!last)
                failNode(node, "ConvScope reads " + op + " only as the last node of the graph");
            const std::int64_t axis = intAttribute(node, "axis", m_opset < 13 ? 1 : -1);
            if (!flat() || (axis != 1 && axis != -1))
                failNode(node, "ConvScope reads " + op + " only over the class scores of each sample");
            output = op == "Softmax" ? OnnxOutput::Probabilities : OnnxOutput::LogProbabilities;
        } else if (op == "Add")
            unsupported(node, "other than as the bias after a MatMul");
        else
            unsupported(node);
    }

    void readConv(const onnx::NodeProto& node)
    {
        if (flat())
            failNode(node, "its input is a flat vector, not maps");
        if (intAttribute(node, "group", 1) != 1)
            failNode(node, "it is a grouped convolution (group " + std::to_string(intAttribute(node, "group", 1))
                               + "); ConvScope's filters see every input channel");
        requireUnit(node, "dilations", "dilations");
        const onnx::TensorProto& weights = constant(node, 1, "weights");
        const std::vector<std::int64_t> dims = dimsOf(node, weights, "weights");
        if (dims.size() != 4 || dims[1] != m_shape[0])
            failNode(node, "its weights " + joined(dims) + " are not K × " + std::to_string(m_shape[0])
                               + " × F × F for its " + std::to_string(m_shape[0]) + " input channels");
        if (dims[2] != dims[3])
            failNode(node, "its kernel is " + std::to_string(dims[2]) + "×" + std::to_string(dims[3])
                               + "; ConvScope's convolution uses square kernels");
        if (dims[0] < 1 || dims[0] > maxLayerUnits || dims[2] < 1 || dims[2] > maxFilterSize)
            failNode(node, "its weights " + joined(dims) + " are outside ConvScope's limits ("
                               + std::to_string(maxLayerUnits) + " filters of at most " + std::to_string(maxFilterSize)
                               + "×" + std::to_string(maxFilterSize) + ")");
        const int filters = static_cast<int>(dims[0]);
        const int window = static_cast<int>(dims[2]);
        const std::vector<std::int64_t> kernel = intsAttribute(node, "kernel_shape");
        if (!kernel.empty() && kernel != std::vector<std::int64_t>{window, window})
            failNode(node, "its kernel_shape " + joined(kernel) + " does not match its weights");
        const int stride = strideOf(node);
        const int padding = paddingOf(node, window, stride) + m_pendingPad;
        m_pendingPad = 0;
        const int channels = m_shape[0];
        pushLayer(node, LayerSpec::conv(filters, window, padding, stride));
        m_arrays.push_back(arrayOf(node, weights, "weights", {filters, channels, window, window}));
        const onnx::TensorProto* bias = optionalConstant(node, 2, "bias");
        m_arrays.push_back(bias == nullptr ? Tensor({filters}) : arrayOf(node, *bias, "bias", {filters}));
    }

    // ONNX has no min pooling; ConvScope's writer puts it as −maxpool(−x): Neg, MaxPool, Neg.
    void readMinPool(const onnx::NodeProto& node)
    {
        const auto reads = [this](int index, const char* op, const std::string& tensor) {
            if (index >= m_graph.node_size())
                return false;
            const onnx::NodeProto& next = m_graph.node(index);
            return next.op_type() == op && isDefaultDomain(next.domain()) && next.input_size() >= 1
                && next.input(0) == tensor && next.output_size() >= 1;
        };
        if (!reads(m_index + 1, "MaxPool", node.output(0))
            || !reads(m_index + 2, "Neg", m_graph.node(m_index + 1).output(0)))
            unsupported(node, "other than around a MaxPool (min pooling written as −maxpool(−x))");
        const onnx::NodeProto& pool = m_graph.node(++m_index);
        m_current = pool.output(0);
        readPool(pool, LayerKind::MinPool);
        m_current = m_graph.node(++m_index).output(0);
    }

    void readPool(const onnx::NodeProto& node, LayerKind kind)
    {
        const bool max = kind != LayerKind::AvgPool;
        if (flat())
            failNode(node, "its input is a flat vector, not maps");
        if (node.output_size() > 1 && !node.output(1).empty())
            failNode(node, "ConvScope does not give the indices of the maxima as a second output");
        requireUnit(node, "dilations", "dilations");
        if (intsAttribute(node, "kernel_shape").empty())
            failNode(node, "it has no kernel_shape");
        const int window = squareAttribute(node, "kernel_shape", 0, "kernel_shape");
        if (window < 1)
            failNode(node, "its window is empty");
        const int stride = strideOf(node);
        const int ownPadding = paddingOf(node, window, stride);
        if (!max && ownPadding > 0 && intAttribute(node, "count_include_pad", 0) == 0)
            failNode(node, "it leaves the padding out of each mean (count_include_pad 0); ConvScope's average "
                           "pooling counts it, as PyTorch does by default");
        const int padding = ownPadding + m_pendingPad;
        m_pendingPad = 0;
        if (intAttribute(node, "ceil_mode", 0) != 0) {
            // Rounding up changes nothing when every window fits exactly.
            for (int extent : {m_shape[1], m_shape[2]}) {
                if (stride < 1 || (extent + 2 * padding - window) % stride != 0)
                    failNode(node, "its ceil_mode rounds the output size up, which ConvScope's pooling does not");
            }
        }
        LayerSpec layer = LayerSpec::maxPool(window, stride);
        layer.kind = kind;
        layer.padding = padding;
        pushLayer(node, layer);
    }

    void readBatchNorm(const onnx::NodeProto& node)
    {
        if (intAttribute(node, "training_mode", 0) != 0)
            failNode(node, "it is in training mode; ConvScope reads a network exported for inference (model.eval())");
        if (intAttribute(node, "spatial", 1) != 1)
            failNode(node, "it normalises every cell on its own (spatial 0); ConvScope normalises per channel");
        for (int extra = 1; extra < node.output_size(); ++extra) {
            if (!node.output(extra).empty())
                failNode(node, "ConvScope reads a BatchNormalization for inference, with one output");
        }
        const float epsilon = floatAttribute(node, "epsilon", 1e-5f);
        if (!(epsilon > 0.0f && epsilon <= 1.0f))
            failNode(node, "its epsilon " + shortestText(epsilon) + " is outside ConvScope's (0, 1]");
        const int channels = m_shape.at(0);
        pushLayer(node, LayerSpec::batchNorm(floatAsDouble(epsilon)));
        // γ, β, mean, var: the order of the node's inputs and of ConvScope's arrays.
        constexpr std::array<const char*, 4> what{"scale", "bias", "mean", "variance"};
        for (int input = 1; input <= 4; ++input)
            m_arrays.push_back(arrayOf(node, constant(node, input, what[input - 1]), what[input - 1], {channels}));
        for (float variance : m_arrays.back().values()) {
            if (variance < 0.0f)
                failNode(node, "its running variance holds a negative value");
        }
    }

    void readReshape(const onnx::NodeProto& node)
    {
        const std::vector<std::int64_t> target = integersOf(node, constant(node, 1, "shape"), "shape");
        std::int64_t count = 1;
        for (int extent : m_shape)
            count *= extent;
        // The first axis is the batch: kept (0), inferred (−1) or a number; the rest is one sample.
        if (target.size() < 2)
            failNode(node, "it reshapes to " + joined(target) + ", which has no batch axis");
        std::vector<int> sample;
        std::int64_t known = 1;
        int inferred = -1;
        for (std::size_t axis = 1; axis < target.size(); ++axis) {
            std::int64_t extent = target[axis];
            if (extent == 0 && intAttribute(node, "allowzero", 0) == 0) {
                if (axis > m_shape.size())
                    failNode(node, "it keeps axis " + std::to_string(axis) + ", which its input does not have");
                extent = m_shape[axis - 1];
            }
            if (extent == -1) {
                if (inferred >= 0)
                    failNode(node, "it infers more than one axis");
                inferred = static_cast<int>(sample.size());
                sample.push_back(1);
                continue;
            }
            if (extent < 1 || extent > count / known)
                failNode(node, "it reshapes to " + joined(target) + ", which does not fit one sample of "
                                   + std::to_string(count) + " values");
            known *= extent;
            sample.push_back(static_cast<int>(extent));
        }
        if (inferred >= 0) {
            if (count % known != 0)
                failNode(node, "it reshapes to " + joined(target) + ", which does not fit one sample");
            sample[static_cast<std::size_t>(inferred)] = static_cast<int>(count / known);
            known = count;
        }
        if (known != count)
            failNode(node, "it reshapes to " + joined(target) + ", which moves values between the samples of a batch");
        if (sample == m_shape)
            return;
        if (sample.size() != 1)
            failNode(node, "it reshapes one sample to " + shapeText(sample)
                               + "; ConvScope reshapes only to one flat vector (flatten)");
        pushLayer(node, LayerSpec::flatten());
    }

    // Weights N×M as ConvScope's dense layer keeps them: one row per output.
    void pushDense(const onnx::NodeProto& node, const onnx::TensorProto& matrix, bool outputsFirst, float scale)
    {
        if (!flat())
            failNode(node, "its input is " + shapeText(m_shape) + ", not a flat vector; flatten it first");
        const std::vector<std::int64_t> dims = dimsOf(node, matrix, "weights");
        const int inputs = m_shape[0];
        if (dims.size() != 2 || dims[outputsFirst ? 1 : 0] != inputs)
            failNode(node, "its weights " + joined(dims) + " do not take the " + std::to_string(inputs)
                               + " values before it");
        const std::int64_t outputs = dims[outputsFirst ? 0 : 1];
        if (outputs < 1 || outputs > maxLayerUnits)
            failNode(node, "it has " + std::to_string(outputs) + " outputs; ConvScope's layers have at most "
                               + std::to_string(maxLayerUnits));
        const int units = static_cast<int>(outputs);
        pushLayer(node, LayerSpec::dense(units));
        Tensor stored = arrayOf(node, matrix, "weights", {static_cast<int>(dims[0]), static_cast<int>(dims[1])});
        Tensor weights({units, inputs});
        for (int n = 0; n < units; ++n) {
            for (int m = 0; m < inputs; ++m)
                weights.at(n, m) = scale * (outputsFirst ? stored.at(n, m) : stored.at(m, n));
        }
        m_arrays.push_back(std::move(weights));
        m_arrays.emplace_back(std::vector<int>{units});
    }

    // Y = alpha · A · B(ᵀ) + beta · C
    void readGemm(const onnx::NodeProto& node)
    {
        if (intAttribute(node, "transA", 0) != 0)
            failNode(node, "it transposes its input (transA); ConvScope's samples are rows");
        const bool transB = intAttribute(node, "transB", 0) != 0;
        pushDense(node, constant(node, 1, "weights"), transB, floatAttribute(node, "alpha", 1.0f));
        if (const onnx::TensorProto* bias = optionalConstant(node, 2, "bias")) {
            const float beta = floatAttribute(node, "beta", 1.0f);
            Tensor scaled = arrayOf(node, *bias, "bias", m_arrays.back().shape(), true);
            for (float& value : scaled.values())
                value *= beta;
            m_arrays.back() = std::move(scaled);
        }
    }

    // MatMul(x, W) with W stored M×N, and the bias of an Add right after it.
    void readMatMul(const onnx::NodeProto& node)
    {
        pushDense(node, constant(node, 1, "weights"), false, 1.0f);
        if (m_index + 1 >= m_graph.node_size())
            return;
        const onnx::NodeProto& next = m_graph.node(m_index + 1);
        if (next.op_type() != "Add" || !isDefaultDomain(next.domain()) || next.input_size() != 2)
            return;
        const int own = next.input(0) == node.output(0) ? 0 : next.input(1) == node.output(0) ? 1 : -1;
        if (own < 0 || next.output_size() < 1)
            return;
        ++m_index;
        m_arrays.back() = arrayOf(next, constant(next, 1 - own, "bias"), "bias", m_arrays.back().shape(), true);
        m_current = next.output(0);
    }

    void readPad(const onnx::NodeProto& node)
    {
        const onnx::AttributeProto* mode = findAttribute(node, "mode");
        if (mode != nullptr && mode->s() != "constant")
            failNode(node, "it pads by '" + mode->s() + "'; ConvScope pads with zeros");
        std::vector<std::int64_t> pads;
        float value = 0.0f;
        if (m_opset < 11) {
            pads = intsAttribute(node, "pads");
            value = floatAttribute(node, "value", 0.0f);
        } else {
            pads = integersOf(node, constant(node, 1, "pads"), "pads");
            if (const onnx::TensorProto* fill = optionalConstant(node, 2, "padding value")) {
                const std::vector<float> fills = floatsOf(node, *fill, "padding value");
                value = fills.empty() ? 0.0f : fills.front();
            }
            if (node.input_size() > 3 && !node.input(3).empty())
                failNode(node, "it pads chosen axes only; ConvScope reads a Pad of all four axes");
        }
        if (value != 0.0f)
            failNode(node, "it pads with " + shortestText(value) + "; ConvScope pads with zeros");
        if (flat() || pads.size() != 8 || pads[0] != 0 || pads[1] != 0 || pads[4] != 0 || pads[5] != 0)
            failNode(node, "its pads " + joined(pads) + " are not those of the height and width of maps");
        if (pads[2] != pads[3] || pads[2] != pads[6] || pads[2] != pads[7])
            failNode(node, "its pads " + joined(pads) + " differ between the sides; ConvScope pads every side alike");
        if (pads[2] < 0 || pads[2] + m_pendingPad > maxFilterSize)
            failNode(node, "its padding " + std::to_string(pads[2]) + " is outside 0 to "
                               + std::to_string(maxFilterSize));
        m_pendingPad += static_cast<int>(pads[2]);
    }

    const onnx::ModelProto& m_model;
    const onnx::GraphProto& m_graph;
    std::string m_name;
    int m_opset = 0;
    int m_index = 0;                                         // the node being read
    std::map<std::string, const onnx::TensorProto*> m_constants; // initializers and Constant nodes' values
    std::string m_current;                                   // the tensor the chain has reached
    std::vector<int> m_shape;                                // its shape for one sample
    int m_pendingPad = 0;                                    // a Pad's cells, for the Conv or pool after it
    NetworkSpec m_spec;
    std::vector<Tensor> m_arrays;                            // in NetworkSpec::parameterShapes() order
    std::vector<std::string> m_layerNodes;                   // per layer, the node it came from
};

// Whether the bytes look like text rather than a protobuf message: a model opened by mistake.
bool looksLikeText(std::span<const std::uint8_t> bytes)
{
    const std::size_t checked = std::min<std::size_t>(bytes.size(), 256);
    if (checked == 0)
        return false;
    return std::all_of(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(checked), [](std::uint8_t byte) {
        return byte == '\n' || byte == '\r' || byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

} // namespace

OnnxModel decodeOnnx(std::span<const std::uint8_t> bytes, std::string_view nameView)
{
    const std::string name(nameView);
    if (static_cast<std::int64_t>(bytes.size()) > maxOnnxFileBytes)
        throw OnnxError(name + ": " + std::to_string(bytes.size()) + " bytes is more than ConvScope reads ("
                        + std::to_string(maxOnnxFileBytes) + ")");
    if (looksLikeText(bytes))
        throw OnnxError(name + ": a text file, not an ONNX model");
    onnx::ModelProto proto;
    if (bytes.empty() || !proto.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) || !proto.has_graph()
        || proto.ir_version() <= 0)
        throw OnnxError(name + ": not an ONNX model, or the file is damaged or cut short");
    return Importer(proto, name).run();
}

OnnxModel loadOnnx(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw OnnxError(name + ": no such file");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throw OnnxError(name + ": cannot read its size (" + error.message() + ")");
    if (size > static_cast<std::uintmax_t>(maxOnnxFileBytes))
        throw OnnxError(name + ": " + std::to_string(size) + " bytes is more than ConvScope reads ("
                        + std::to_string(maxOnnxFileBytes) + ")");
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file || std::fread(bytes.data(), 1, bytes.size(), file.get()) != bytes.size())
        throw OnnxError(name + ": cannot be read");
    return decodeOnnx(bytes, name);
}

} // namespace convscope::core
