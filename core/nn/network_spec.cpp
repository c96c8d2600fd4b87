#include "core/nn/network_spec.h"

#include "core/output_size.h"
#include "core/shape_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

namespace convscope::core {
namespace {

std::string lineLabel(int line)
{
    return "line " + std::to_string(line);
}

std::string layerLabel(const LayerSpec& layer, int index)
{
    std::string label = layer.line > 0 ? lineLabel(layer.line) : "layer " + std::to_string(index + 1);
    return label + " (" + layer.toText() + ")";
}

std::vector<std::string_view> splitWords(std::string_view line)
{
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < line.size()) {
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t' || line[at] == '\r'))
            ++at;
        const std::size_t start = at;
        while (at < line.size() && line[at] != ' ' && line[at] != '\t' && line[at] != '\r')
            ++at;
        if (at > start)
            words.push_back(line.substr(start, at - start));
    }
    return words;
}

// Reads the words of one line, throwing with the line number and an example of the right form.
class LineReader {
public:
    LineReader(std::vector<std::string_view> words, int line, std::string_view example)
        : m_words(std::move(words))
        , m_line(line)
        , m_example(example)
    {
    }

    [[noreturn]] void fail(const std::string& reason) const
    {
        throw NetworkSpecError(lineLabel(m_line) + ": " + reason + " (expected e.g. '" + std::string(m_example) + "')",
                               m_line, -1);
    }

    bool atEnd() const { return m_next >= m_words.size(); }
    std::string_view word()
    {
        if (atEnd())
            fail("'" + std::string(m_words.front()) + "' needs more values");
        return m_words[m_next++];
    }

    int integer(std::string_view what, int minimum, int maximum)
    {
        const std::string_view text = word();
        long long value = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (result.ec != std::errc{} || result.ptr != text.data() + text.size())
            fail(std::string(what) + " must be a whole number, not '" + std::string(text) + "'");
        if (value < minimum || value > maximum)
            fail(std::string(what) + " must be between " + std::to_string(minimum) + " and " + std::to_string(maximum)
                 + ", not " + std::string(text));
        return static_cast<int>(value);
    }

    double fraction(std::string_view what)
    {
        const std::string_view text = word();
        double value = 0.0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || !std::isfinite(value))
            fail(std::string(what) + " must be a number, not '" + std::string(text) + "'");
        if (value < 0.0 || value >= 1.0)
            fail(std::string(what) + " must be at least 0 and below 1, not " + std::string(text));
        return value;
    }

    // A number in (0, 1], such as batch normalisation's ε.
    double positive(std::string_view what)
    {
        const std::string_view text = word();
        double value = 0.0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || !std::isfinite(value))
            fail(std::string(what) + " must be a number, not '" + std::string(text) + "'");
        if (value <= 0.0 || value > 1.0)
            fail(std::string(what) + " must be above 0 and at most 1, not " + std::string(text));
        return value;
    }

    void expectEnd()
    {
        if (!atEnd())
            fail("unexpected '" + std::string(m_words[m_next]) + "'");
    }

private:
    std::vector<std::string_view> m_words;
    std::size_t m_next = 1; // word 0 is the layer's name
    int m_line;
    std::string_view m_example;
};

LayerSpec parseLayer(const std::vector<std::string_view>& words, int line)
{
    const std::optional<LayerKind> kind = layerKindFromId(words.front());
    if (!kind) {
        throw NetworkSpecError(lineLabel(line) + ": unknown layer '" + std::string(words.front())
                                   + "' (known: input, conv, relu, tanh, sigmoid, leakyrelu, maxpool, avgpool, "
                                     "minpool, globalavgpool, batchnorm, flatten, dense, dropout)",
                               line, -1);
    }
    LayerSpec spec;
    switch (*kind) {
    case LayerKind::Conv: {
        LineReader reader(words, line, "conv 8 3 pad 1");
        // Two statements: the order in which function arguments are evaluated is unspecified.
        const int filters = reader.integer("the number of filters", 1, maxLayerUnits);
        spec = LayerSpec::conv(filters, reader.integer("the filter size", 1, maxFilterSize));
        while (!reader.atEnd()) {
            const std::string_view option = reader.word();
            if (option == "stride")
                spec.stride = reader.integer("the stride", 1, maxFilterSize);
            else if (option == "pad")
                spec.padding = reader.integer("the padding", 0, maxFilterSize);
            else
                reader.fail("unknown option '" + std::string(option) + "' (known: stride, pad)");
        }
        break;
    }
    case LayerKind::MaxPool:
    case LayerKind::AvgPool:
    case LayerKind::MinPool: {
        const std::string example = std::string(words.front()) + " 2";
        LineReader reader(words, line, example);
        spec = LayerSpec::maxPool(reader.integer("the window size", 1, maxFilterSize));
        spec.kind = *kind;
        while (!reader.atEnd()) {
            const std::string_view option = reader.word();
            if (option == "stride")
                spec.stride = reader.integer("the stride", 1, maxFilterSize);
            else if (option == "pad")
                spec.padding = reader.integer("the padding", 0, maxFilterSize);
            else
                reader.fail("unknown option '" + std::string(option) + "' (known: stride, pad)");
        }
        break;
    }
    case LayerKind::LeakyRelu: {
        LineReader reader(words, line, "leakyrelu 0.01");
        spec = LayerSpec::leakyRelu(reader.fraction("the slope"));
        reader.expectEnd();
        break;
    }
    case LayerKind::BatchNorm: {
        LineReader reader(words, line, "batchnorm eps 0.001");
        spec = LayerSpec::batchNorm();
        while (!reader.atEnd()) {
            const std::string_view option = reader.word();
            if (option == "eps")
                spec.epsilon = reader.positive("epsilon");
            else
                reader.fail("unknown option '" + std::string(option) + "' (known: eps)");
        }
        break;
    }
    case LayerKind::Dense: {
        LineReader reader(words, line, "dense 64");
        spec = LayerSpec::dense(reader.integer("the number of outputs", 1, maxLayerUnits));
        reader.expectEnd();
        break;
    }
    case LayerKind::Dropout: {
        LineReader reader(words, line, "dropout 0.25");
        spec = LayerSpec::dropout(reader.fraction("the dropout rate"));
        reader.expectEnd();
        break;
    }
    case LayerKind::Relu:
    case LayerKind::Flatten:
    case LayerKind::Tanh:
    case LayerKind::Sigmoid:
    case LayerKind::GlobalAvgPool: {
        LineReader reader(words, line, std::string_view(words.front()));
        reader.expectEnd();
        spec.kind = *kind;
        break;
    }
    }
    spec.line = line;
    return spec;
}

std::int64_t product(const std::vector<int>& shape)
{
    std::int64_t count = 1;
    for (int extent : shape)
        count *= extent;
    return count;
}

std::string needsMaps(const std::vector<int>& input)
{
    return "needs channels × height × width, but its input is the flat vector " + shapeText(input)
        + "; put it before 'flatten'";
}

// The output of one layer for a given input shape, or the reason it cannot follow.
LayerShape shapeAfter(const LayerSpec& layer, const std::vector<int>& input)
{
    LayerShape shape;
    shape.input = input;
    const bool spatial = input.size() == 3;
    switch (layer.kind) {
    case LayerKind::Conv:
    case LayerKind::MaxPool:
    case LayerKind::AvgPool:
    case LayerKind::MinPool: {
        if (!spatial) {
            shape.fault = LayerFault::NeedsSpatialInput;
            shape.error = needsMaps(input);
            return shape;
        }
        const bool conv = layer.kind == LayerKind::Conv;
        const int padding = layer.padding;
        // PyTorch's rule: every window keeps at least one cell of the image, so a max or min is
        // never taken over padding alone.
        if (!conv && 2 * padding > layer.window) {
            shape.fault = LayerFault::PaddingOverHalfWindow;
            shape.error = "the padding " + std::to_string(padding) + " is more than half the window "
                + std::to_string(layer.window);
            return shape;
        }
        shape.height = outputSize(input[1], layer.window, layer.stride, padding);
        shape.width = outputSize(input[2], layer.window, layer.stride, padding);
        if (!shape.height.valid()) {
            shape.fault = LayerFault::Height;
            shape.error = "height: " + describe(shape.height, input[1], layer.window, layer.stride, padding);
            return shape;
        }
        if (!shape.width.valid()) {
            shape.fault = LayerFault::Width;
            shape.error = "width: " + describe(shape.width, input[2], layer.window, layer.stride, padding);
            return shape;
        }
        shape.output = {conv ? layer.units : input[0], shape.height.size, shape.width.size};
        shape.parameters = layer.parameterCount(input[0]);
        break;
    }
    case LayerKind::GlobalAvgPool:
        if (!spatial) {
            shape.fault = LayerFault::NeedsSpatialInput;
            shape.error = needsMaps(input);
            return shape;
        }
        shape.output = {input[0], 1, 1};
        break;
    case LayerKind::BatchNorm:
        // Per channel of C×H×W maps, or per value of a flat vector (PyTorch's BatchNorm1d).
        shape.output = input;
        shape.parameters = layer.parameterCount(input.at(0));
        break;
    case LayerKind::Flatten:
        shape.output = {static_cast<int>(product(input))};
        break;
    case LayerKind::Dense:
        if (spatial) {
            shape.fault = LayerFault::NeedsFlatInput;
            shape.error = "needs a flat vector, but its input is " + shapeText(input) + "; add 'flatten' before it";
            return shape;
        }
        shape.output = {layer.units};
        shape.parameters = layer.parameterCount(input[0]);
        break;
    case LayerKind::Relu:
    case LayerKind::Dropout:
    case LayerKind::Tanh:
    case LayerKind::Sigmoid:
    case LayerKind::LeakyRelu:
        shape.output = input;
        break;
    }
    if (product(shape.output) > maxValuesPerSample) {
        shape.fault = LayerFault::TooManyValues;
        shape.error = "its output " + shapeText(shape.output) + " has more than " + std::to_string(maxValuesPerSample)
            + " values";
        shape.output.clear();
    }
    return shape;
}

} // namespace

NetworkSpec NetworkSpec::classroom()
{
    NetworkSpec spec;
    spec.layers = {LayerSpec::conv(8, 3, 1), LayerSpec::relu(),    LayerSpec::maxPool(2),
                   LayerSpec::conv(16, 3, 1), LayerSpec::relu(),   LayerSpec::maxPool(2),
                   LayerSpec::flatten(),      LayerSpec::dense(64), LayerSpec::relu(),
                   LayerSpec::dense(10)};
    return spec;
}

NetworkSpec NetworkSpec::tutorial()
{
    NetworkSpec spec;
    spec.layers = {LayerSpec::conv(32, 5, 2), LayerSpec::relu(),      LayerSpec::maxPool(2),
                   LayerSpec::conv(64, 5, 2), LayerSpec::relu(),      LayerSpec::maxPool(2),
                   LayerSpec::flatten(),      LayerSpec::dense(1024), LayerSpec::relu(),
                   LayerSpec::dense(10)};
    return spec;
}

std::optional<NetworkSpec> NetworkSpec::preset(std::string_view name)
{
    if (name == "classroom")
        return classroom();
    if (name == "tutorial")
        return tutorial();
    return std::nullopt;
}

NetworkSpec NetworkSpec::parse(std::string_view text)
{
    NetworkSpec spec;
    int line = 0;
    bool inputSeen = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view content = text.substr(start, end - start);
        start = end + 1;
        ++line;
        if (const std::size_t hash = content.find('#'); hash != std::string_view::npos)
            content = content.substr(0, hash);
        const std::vector<std::string_view> words = splitWords(content);
        if (words.empty())
            continue;
        if (words.front() == "input") {
            LineReader reader(words, line, "input 1 28 28");
            if (inputSeen || !spec.layers.empty())
                reader.fail("'input' must come once, before the first layer");
            spec.input = {reader.integer("the number of channels", 1, maxInputExtent),
                          reader.integer("the height", 1, maxInputExtent),
                          reader.integer("the width", 1, maxInputExtent)};
            reader.expectEnd();
            inputSeen = true;
            continue;
        }
        if (static_cast<int>(spec.layers.size()) >= maxNetworkLayers) {
            throw NetworkSpecError(lineLabel(line) + ": a network has at most " + std::to_string(maxNetworkLayers)
                                       + " layers",
                                   line, -1);
        }
        spec.layers.push_back(parseLayer(words, line));
    }
    return spec;
}

std::string NetworkSpec::toText() const
{
    std::ostringstream text;
    text << "# ConvScope network: one layer per line\n";
    text << "input " << input.at(0) << ' ' << input.at(1) << ' ' << input.at(2) << '\n';
    for (const LayerSpec& layer : layers)
        text << layer.toText() << '\n';
    return text.str();
}

std::vector<LayerShape> NetworkSpec::inferShapes() const
{
    std::vector<LayerShape> shapes;
    std::vector<int> current = input;
    std::int64_t total = 0;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerShape shape = shapeAfter(layers[i], current);
        total += shape.parameters;
        if (shape.error.empty() && total > maxNetworkParameters) {
            shape.fault = LayerFault::TooManyParameters;
            shape.error = "the network would have more than " + std::to_string(maxNetworkParameters) + " parameters";
            shape.output.clear();
        }
        const bool failed = !shape.error.empty();
        current = shape.output;
        shapes.push_back(std::move(shape));
        if (failed) {
            for (std::size_t rest = i + 1; rest < layers.size(); ++rest)
                shapes.emplace_back();
            break;
        }
    }
    return shapes;
}

void NetworkSpec::validate() const
{
    if (input.size() != 3 || input[0] < 1 || input[1] < 1 || input[2] < 1 || input[0] > maxInputExtent
        || input[1] > maxInputExtent || input[2] > maxInputExtent) {
        throw NetworkSpecError("the input must be channels × height × width, each 1 to "
                                   + std::to_string(maxInputExtent) + ", not " + shapeText(input),
                               0, -1);
    }
    if (product(input) > maxValuesPerSample) {
        throw NetworkSpecError("the input " + shapeText(input) + " has more than " + std::to_string(maxValuesPerSample)
                                   + " values",
                               0, -1);
    }
    if (layers.empty())
        throw NetworkSpecError("the network has no layers", 0, -1);
    if (static_cast<int>(layers.size()) > maxNetworkLayers)
        throw NetworkSpecError("a network has at most " + std::to_string(maxNetworkLayers) + " layers", 0, -1);
    const std::vector<LayerShape> shapes = inferShapes();
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        if (!shapes[i].error.empty())
            throw NetworkSpecError(layerLabel(layers[i], static_cast<int>(i)) + ": " + shapes[i].error, layers[i].line,
                                   static_cast<int>(i));
    }
    if (shapes.back().output.size() != 1) {
        const int last = static_cast<int>(layers.size()) - 1;
        throw NetworkSpecError(layerLabel(layers.back(), last) + ": the network must end in a flat vector of class "
                                   + "scores, not " + shapeText(shapes.back().output)
                                   + "; end it with 'flatten' and 'dense 10'",
                               layers.back().line, last);
    }
    if (shapes.back().output[0] < 2) {
        const int last = static_cast<int>(layers.size()) - 1;
        throw NetworkSpecError(layerLabel(layers.back(), last) + ": the network must end in at least 2 class scores",
                               layers.back().line, last);
    }
}

std::int64_t NetworkSpec::parameterCount() const
{
    std::int64_t total = 0;
    for (const LayerShape& shape : inferShapes())
        total += shape.parameters;
    return total;
}

std::int64_t NetworkSpec::batchCacheBytes(int samples, int valueBytes) const
{
    std::int64_t valuesPerSample = 0;
    for (const LayerShape& shape : inferShapes())
        valuesPerSample += product(shape.input) + product(shape.output);
    return valuesPerSample * valueBytes * samples;
}

int NetworkSpec::largestBatch(int valueBytes) const
{
    const std::int64_t perSample = batchCacheBytes(1, valueBytes);
    return static_cast<int>(std::min<std::int64_t>(maxBatchCacheBytes / std::max<std::int64_t>(perSample, 1),
                                                   std::numeric_limits<int>::max()));
}

bool NetworkSpec::batchFits(int samples, int valueBytes) const
{
    return batchCacheBytes(samples, valueBytes) <= maxBatchCacheBytes;
}

void NetworkSpec::checkBatchFits(int samples, int valueBytes) const
{
    if (batchFits(samples, valueBytes))
        return;
    const std::int64_t bytes = batchCacheBytes(samples, valueBytes);
    constexpr std::int64_t megabyte = 1'000'000;
    const int fits = largestBatch(valueBytes);
    throw std::invalid_argument("a batch of " + std::to_string(samples) + " images needs "
                                + std::to_string((bytes + megabyte - 1) / megabyte) + " MB for this network's "
                                + "activations, more than the " + std::to_string(maxBatchCacheBytes / megabyte)
                                + " MB allowed; "
                                + (fits > 0 ? "a batch of at most " + std::to_string(fits) + " images fits"
                                            : std::string("make the network's layers smaller")));
}

std::vector<std::vector<int>> NetworkSpec::parameterShapes() const
{
    std::vector<std::vector<int>> arrays;
    const std::vector<LayerShape> shapes = inferShapes();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerSpec& layer = layers[i];
        if (layer.kind == LayerKind::Conv) {
            arrays.push_back({layer.units, shapes[i].input.at(0), layer.window, layer.window});
            arrays.push_back({layer.units});
        } else if (layer.kind == LayerKind::Dense) {
            arrays.push_back({layer.units, shapes[i].input.at(0)});
            arrays.push_back({layer.units});
        } else if (layer.kind == LayerKind::BatchNorm) {
            // γ, β, then the running mean and variance that inference uses.
            const int channels = shapes[i].input.at(0);
            arrays.insert(arrays.end(), 4, {channels});
        }
    }
    return arrays;
}

int NetworkSpec::outputCount() const
{
    const std::vector<LayerShape> shapes = inferShapes();
    if (shapes.empty() || shapes.back().output.size() != 1)
        return 0;
    return shapes.back().output[0];
}

} // namespace convscope::core
