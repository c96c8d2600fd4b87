// Networks as data: the text format, shape inference with the shared outputSize(), parameter
// counts, and refusals that name the line and the layer at fault.
#include "core/nn/network_spec.h"
#include "tests/catch.h"

#include <string>

using namespace convscope::core;
using Catch::Matchers::Contains;

namespace {

std::string errorOf(const std::string& text)
{
    try {
        NetworkSpec::parse(text).validate();
    } catch (const NetworkSpecError& error) {
        return error.what();
    }
    return "accepted";
}

} // namespace

TEST_CASE("the classroom preset has the shapes and parameter count of issue 5", "[nn][spec]")
{
    const NetworkSpec spec = NetworkSpec::classroom();
    REQUIRE_NOTHROW(spec.validate());
    const std::vector<LayerShape> shapes = spec.inferShapes();
    REQUIRE(shapes.size() == 10);
    CHECK(shapes[0].output == std::vector<int>{8, 28, 28});
    CHECK(shapes[0].parameters == 8 * 9 + 8);
    CHECK(shapes[2].output == std::vector<int>{8, 14, 14});
    CHECK(shapes[3].output == std::vector<int>{16, 14, 14});
    CHECK(shapes[3].parameters == 16 * 8 * 9 + 16);
    CHECK(shapes[5].output == std::vector<int>{16, 7, 7});
    CHECK(shapes[6].output == std::vector<int>{784});
    CHECK(shapes[7].parameters == 784 * 64 + 64);
    CHECK(shapes[9].output == std::vector<int>{10});
    CHECK(spec.parameterCount() == 52138);
    CHECK(spec.outputCount() == 10);
}

TEST_CASE("the tutorial preset matches the classic MNIST tutorial", "[nn][spec]")
{
    const NetworkSpec spec = NetworkSpec::tutorial();
    REQUIRE_NOTHROW(spec.validate());
    const std::vector<LayerShape> shapes = spec.inferShapes();
    CHECK(shapes[0].output == std::vector<int>{32, 28, 28});
    CHECK(shapes[5].output == std::vector<int>{64, 7, 7});
    CHECK(shapes[7].output == std::vector<int>{1024});
    CHECK(spec.parameterCount() == 3274634);
    CHECK(NetworkSpec::preset("tutorial") == spec);
    CHECK_FALSE(NetworkSpec::preset("huge").has_value());
}

TEST_CASE("the lecture's MNIST example: F=4, S=2, P=1, K=64 gives 14×14×64", "[nn][spec]")
{
    const NetworkSpec spec = NetworkSpec::parse("input 1 28 28\nconv 64 4 stride 2 pad 1\nflatten\ndense 10\n");
    const std::vector<LayerShape> shapes = spec.inferShapes();
    CHECK(shapes[0].output == std::vector<int>{64, 14, 14});
    CHECK(shapes[0].parameters == 64 * 16 + 64);
}

TEST_CASE("a network reads back from its own text", "[nn][spec]")
{
    NetworkSpec spec = NetworkSpec::classroom();
    spec.input = {3, 32, 30};
    spec.layers.insert(spec.layers.begin() + 7, LayerSpec::dropout(0.25));
    spec.layers.insert(spec.layers.begin() + 2, LayerSpec::avgPool(3, 1));
    const std::string text = spec.toText();
    CHECK_THAT(text, Contains("input 3 32 30\nconv 8 3 pad 1\nrelu\navgpool 3 stride 1\n"));
    CHECK_THAT(text, Contains("dropout 0.25\n"));
    const NetworkSpec again = NetworkSpec::parse(text);
    CHECK(again == spec);
    CHECK(again.layers[0].line == 3); // after the comment and the input line
}

TEST_CASE("the text format: comments, blank lines, options in any order, input optional", "[nn][spec]")
{
    const NetworkSpec spec = NetworkSpec::parse("# mine\n\n  conv 4 5 pad 2 stride 1   # first\r\n"
                                                "maxpool 3 stride 2\nflatten\n\tdense 7\n");
    CHECK(spec.input == std::vector<int>{1, 28, 28});
    REQUIRE(spec.layers.size() == 4);
    CHECK(spec.layers[0] == LayerSpec::conv(4, 5, 2, 1));
    CHECK(spec.layers[0].line == 3);
    CHECK(spec.layers[1] == LayerSpec::maxPool(3, 2));
    CHECK(spec.layers[3].units == 7);
    // (28 − 3)/2 + 1 = 13 with one cell dropped: allowed, as in every framework.
    CHECK(spec.inferShapes()[1].output == std::vector<int>{4, 13, 13});
}

TEST_CASE("unreadable lines are refused with the line number and an example", "[nn][spec]")
{
    CHECK_THAT(errorOf("conv 8 3\nrelu\nsoftmax\n"), Contains("line 3: unknown layer 'softmax'"));
    CHECK_THAT(errorOf("conv 8\n"), Contains("line 1: 'conv' needs more values (expected e.g. 'conv 8 3 pad 1')"));
    CHECK_THAT(errorOf("conv eight 3\n"), Contains("line 1: the number of filters must be a whole number, not 'eight'"));
    CHECK_THAT(errorOf("conv 8 3 pad -1\n"), Contains("the padding must be between 0 and 64, not -1"));
    CHECK_THAT(errorOf("conv 8 3 dilation 2\n"), Contains("unknown option 'dilation'"));
    CHECK_THAT(errorOf("relu 2\n"), Contains("line 1: unexpected '2'"));
    CHECK_THAT(errorOf("dropout 1\n"), Contains("the dropout rate must be at least 0 and below 1, not 1"));
    CHECK_THAT(errorOf("dropout nan\n"), Contains("the dropout rate must be a number"));
    CHECK_THAT(errorOf("dense 640000000\n"), Contains("the number of outputs must be between 1 and 16384"));
    CHECK_THAT(errorOf("conv 8 3\ninput 1 28 28\n"), Contains("line 2: 'input' must come once, before the first layer"));
    CHECK_THAT(errorOf("input 1 28 0\n"), Contains("the width must be between 1 and 1024, not 0"));
}

TEST_CASE("a stack whose shapes do not fit names the layer at fault", "[nn][spec]")
{
    SECTION("dense before flatten")
    {
        const std::string error = errorOf("conv 8 3\nrelu\ndense 10\n");
        CHECK_THAT(error, Contains("line 3 (dense 10): needs a flat vector, but its input is 8×26×26"));
        CHECK_THAT(error, Contains("add 'flatten' before it"));
    }
    SECTION("conv after flatten")
    {
        CHECK_THAT(errorOf("flatten\nconv 8 3\n"), Contains("line 2 (conv 8 3): needs channels × height × width"));
    }
    SECTION("a window larger than its input, with the output-size sentence")
    {
        const std::string error = errorOf("maxpool 2\nmaxpool 2\nmaxpool 2\nmaxpool 2\nmaxpool 2\nflatten\ndense 2\n");
        CHECK_THAT(error, Contains("line 5 (maxpool 2): height: no window fits"));
    }
    SECTION("a network that does not end in class scores")
    {
        CHECK_THAT(errorOf("conv 8 3\n"), Contains("must end in a flat vector of class scores"));
        CHECK_THAT(errorOf("flatten\ndense 1\n"), Contains("at least 2 class scores"));
        CHECK_THAT(errorOf("# nothing\n"), Contains("the network has no layers"));
    }
    SECTION("too many parameters, checked before anything is allocated")
    {
        CHECK_THAT(errorOf("input 1 1024 1024\nflatten\ndense 16384\n"),
                   Contains("line 3 (dense 16384): the network would have more than 50000000 parameters"));
    }
}

TEST_CASE("inferShapes stops at the fault so an editor can show the shapes before it", "[nn][spec]")
{
    NetworkSpec spec = NetworkSpec::classroom();
    spec.layers.insert(spec.layers.begin() + 1, LayerSpec::dense(5)); // dense on 8×28×28
    const std::vector<LayerShape> shapes = spec.inferShapes();
    REQUIRE(shapes.size() == spec.layers.size());
    CHECK(shapes[0].error.empty());
    CHECK(shapes[0].output == std::vector<int>{8, 28, 28});
    CHECK_THAT(shapes[1].error, Contains("needs a flat vector"));
    CHECK(shapes[1].fault == LayerFault::NeedsFlatInput);
    CHECK(shapes[2].output.empty());
    CHECK(shapes[2].error.empty());
    try {
        spec.validate();
        FAIL("an invalid stack was accepted");
    } catch (const NetworkSpecError& error) {
        CHECK(error.layer() == 1);
        CHECK(error.line() == 0);
        CHECK_THAT(std::string(error.what()), Contains("layer 2 (dense 5)"));
    }
}

TEST_CASE("a window that does not fit is reported as an id with its output size", "[nn][spec]")
{
    NetworkSpec spec;
    spec.input = {3, 7, 2};
    spec.layers = {LayerSpec::conv(4, 3, 0, 2)};
    const std::vector<LayerShape> shapes = spec.inferShapes();
    REQUIRE(shapes.size() == 1);
    CHECK(shapes[0].fault == LayerFault::Width);
    CHECK(shapes[0].height.status == OutputSizeStatus::Whole); // (7 − 3)/2 + 1 = 3
    CHECK(shapes[0].height.size == 3);
    CHECK(shapes[0].width.status == OutputSizeStatus::NoWindowFits);
    CHECK(shapes[0].width.effectiveFilter == 3);
}

TEST_CASE("a layer counts its learned values from its input depth", "[nn][spec]")
{
    CHECK(LayerSpec::conv(8, 3, 1).parameterCount(3) == 8 * (3 * 3 * 3 + 1));
    CHECK(LayerSpec::dense(10).parameterCount(64) == 10 * (64 + 1));
    CHECK(LayerSpec::maxPool(2).parameterCount(8) == 0);
    CHECK(LayerSpec::relu().parameterCount(8) == 0);
}

TEST_CASE("parameter shapes follow the layers in order", "[nn][spec]")
{
    const std::vector<std::vector<int>> shapes = NetworkSpec::classroom().parameterShapes();
    const std::vector<std::vector<int>> expected{{8, 1, 3, 3}, {8}, {16, 8, 3, 3}, {16}, {64, 784}, {64}, {10, 64}, {10}};
    CHECK(shapes == expected);
}

TEST_CASE("a batch's caches are counted layer by layer, and a batch that does not fit names one that does", "[nn][spec]")
{
    // flatten keeps 16 in and 16 out, dense 16 in and 2 out: 50 values per sample.
    const NetworkSpec small = NetworkSpec::parse("input 1 4 4\nflatten\ndense 2\n");
    CHECK(small.batchCacheBytes(10) == 50 * 4 * 10);
    CHECK(small.batchCacheBytes(10, 8) == 50 * 8 * 10);
    CHECK(small.largestBatch() == maxBatchCacheBytes / (50 * 4));

    // A thousand filters: every image keeps 3,916,874 values, 15.7 MB.
    const NetworkSpec wide = NetworkSpec::parse("conv 999 3 pad 1\nrelu\nmaxpool 2\nflatten\ndense 10\n");
    const std::int64_t maps = 999 * 28 * 28;
    const std::int64_t pooled = 999 * 14 * 14;
    const std::int64_t perSample = (784 + maps) + 2 * maps + (maps + pooled) + 2 * pooled + (pooled + 10);
    REQUIRE(perSample == 3'916'874);
    CHECK(wide.batchCacheBytes(640) == perSample * 4 * 640);
    const int fits = wide.largestBatch();
    CHECK(fits == maxBatchCacheBytes / (perSample * 4));
    CHECK(fits == 127);
    CHECK_NOTHROW(wide.checkBatchFits(fits));
    CHECK_THROWS_WITH(wide.checkBatchFits(fits + 1), Contains("a batch of 128 images needs 2006 MB")
                                                         && Contains("a batch of at most 127 images fits"));
    CHECK_THROWS_WITH(wide.checkBatchFits(640), Contains("needs 10028 MB for this network's activations, more than "
                                                         "the 2000 MB allowed"));
}

TEST_CASE("the activations, batch normalisation and the further pools in the text format", "[nn][spec]")
{
    const NetworkSpec spec = NetworkSpec::parse("input 3 8 8\nconv 4 3\nbatchnorm\ntanh\nmaxpool 3 stride 2 pad 1\n"
                                                "leakyrelu 0.01\nminpool 2 pad 1\navgpool 2 stride 1 pad 1\n"
                                                "sigmoid\nglobalavgpool\nflatten\nbatchnorm eps 0.001\ndense 10\n");
    REQUIRE_NOTHROW(spec.validate());
    CHECK(NetworkSpec::parse(spec.toText()) == spec);
    CHECK(spec.layers[1].epsilon == LayerSpec::defaultBatchNormEpsilon);
    CHECK(spec.layers[1].toText() == "batchnorm");
    CHECK(spec.layers[4] == LayerSpec::leakyRelu(0.01));
    CHECK(spec.layers[10].toText() == "batchnorm eps 0.001");
    const std::vector<LayerShape> shapes = spec.inferShapes();
    CHECK(shapes[1].output == std::vector<int>{4, 6, 6});
    CHECK(shapes[1].parameters == 2 * 4); // γ and β; the running statistics are not learned
    CHECK(shapes[3].output == std::vector<int>{4, 3, 3});  // (6 − 3 + 2)/2 + 1 = 3
    CHECK(shapes[5].output == std::vector<int>{4, 2, 2});  // (3 − 2 + 2)/2 + 1 = 2
    CHECK(shapes[6].output == std::vector<int>{4, 3, 3});  // (2 − 2 + 2)/1 + 1 = 3
    CHECK(shapes[8].output == std::vector<int>{4, 1, 1});
    CHECK(shapes[10].parameters == 2 * 4);
    // Batch normalisation keeps four arrays: γ, β, running mean, running variance.
    const std::vector<std::vector<int>> arrays = spec.parameterShapes();
    REQUIRE(arrays.size() == 2 + 4 + 4 + 2);
    CHECK(arrays[2] == std::vector<int>{4});
    CHECK(arrays[9] == std::vector<int>{4});

    CHECK_THAT(errorOf("leakyrelu\nflatten\ndense 10"), Contains("line 1: 'leakyrelu' needs more values"));
    CHECK_THAT(errorOf("leakyrelu 1.5\nflatten\ndense 10"), Contains("the slope must be at least 0 and below 1"));
    CHECK_THAT(errorOf("batchnorm eps 0\nflatten\ndense 10"), Contains("epsilon must be above 0 and at most 1"));
    CHECK_THAT(errorOf("batchnorm momentum 0.1\nflatten\ndense 10"), Contains("unknown option 'momentum'"));
    CHECK_THAT(errorOf("tanh 2\nflatten\ndense 10"), Contains("unexpected '2'"));
    CHECK_THAT(errorOf("maxpool 2 pad 2\nflatten\ndense 10"), Contains("the padding 2 is more than half the window 2"));
    CHECK_THAT(errorOf("flatten\nglobalavgpool\ndense 10"), Contains("needs channels × height × width"));
    CHECK_THAT(errorOf("minpool 2 dilation 1\nflatten\ndense 10"), Contains("unknown option 'dilation' (known: stride, pad)"));
}
