// Model files: a round trip keeps every number, and damaged, truncated, wrong-version and
// mismatched files are refused with a message, never half loaded.
#include "core/data/dataset.h"
#include "core/nn/evaluation.h"
#include "core/nn/model_file.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"
#include "tests/nn/layer_test_support.h"
#include "tests/nn/temp_folder.h"

#include <zlib.h>

using namespace convscope::core;
using namespace convscope::test;
using Catch::Matchers::Contains;
using convscope::test::Approx;

namespace {

Model sampleModel()
{
    NetworkSpec spec = NetworkSpec::classroom();
    spec.layers.insert(spec.layers.begin() + 8, LayerSpec::dropout(0.25));
    Network<float> network(spec, 17);
    ModelMetadata metadata;
    metadata.datasetName = "fashion-mnist";
    metadata.classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                           "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    metadata.epochs = 3;
    metadata.testAccuracy = 0.8931;
    metadata.trainLoss = 0.3012345678901234;
    metadata.optimizer = "adam";
    metadata.learningRate = 0.001;
    metadata.batchSize = 64;
    metadata.seed = 4000000000u;
    metadata.inputMean = {0.2860f};
    metadata.inputStd = {0.3530f};
    return Model::fromNetwork(network, metadata);
}

std::string errorLoading(const std::filesystem::path& path)
{
    try {
        loadModel(path);
    } catch (const ModelFileError& error) {
        return error.what();
    }
    return "accepted";
}

std::string errorDecoding(const std::vector<char>& bytes)
{
    try {
        decodeModel(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), "net.csmodel");
    } catch (const ModelFileError& error) {
        return error.what();
    }
    return "accepted";
}

// Rewrites the header's length and checksum after the payload was edited on purpose.
void resealHeader(std::vector<std::uint8_t>& bytes)
{
    const std::uint64_t length = bytes.size() - 24;
    const auto crc = static_cast<std::uint32_t>(crc32_z(crc32_z(0L, Z_NULL, 0), bytes.data() + 24, length));
    for (int i = 0; i < 4; ++i)
        bytes[12 + i] = static_cast<std::uint8_t>(crc >> (8 * i));
    for (int i = 0; i < 8; ++i)
        bytes[16 + i] = static_cast<std::uint8_t>(length >> (8 * i));
}

} // namespace

TEST_CASE("a model file reads back with the same architecture, weights and metadata", "[nn][model]")
{
    TempFolder folder;
    const Model model = sampleModel();
    saveModel(folder / "net.csmodel", model);
    const Model loaded = loadModel(folder / "net.csmodel");
    CHECK(loaded.spec == model.spec);
    CHECK(loaded.parameters == model.parameters);
    CHECK(loaded.metadata.datasetName == "fashion-mnist");
    CHECK(loaded.metadata.classNames == model.metadata.classNames);
    CHECK(loaded.metadata.epochs == 3);
    CHECK(loaded.metadata.testAccuracy == 0.8931);
    CHECK(loaded.metadata.trainLoss == 0.3012345678901234);
    CHECK(loaded.metadata.optimizer == "adam");
    CHECK(loaded.metadata.learningRate == 0.001);
    CHECK(loaded.metadata.batchSize == 64);
    CHECK(loaded.metadata.seed == 4000000000u);
    CHECK(loaded.metadata.inputMean == std::vector<float>{0.2860f});
    CHECK(loaded.metadata.inputStd == std::vector<float>{0.3530f});

    // The loaded network computes exactly what the saved one did.
    Network<float> original = model.toNetwork();
    Network<float> reloaded = loaded.toNetwork();
    Tensor image({1, 28, 28});
    for (std::size_t i = 0; i < image.size(); ++i)
        image.data()[i] = static_cast<float>(i % 17) / 16.0f;
    CHECK(original.classify(image) == reloaded.classify(image));
    // The file has the documented header.
    const std::vector<std::uint8_t> bytes = readBytes(folder / "net.csmodel");
    CHECK(std::string(bytes.begin(), bytes.begin() + 7) == "CSMODEL");
    CHECK(bytes[8] == modelFormatVersion);
}

TEST_CASE("a model with batch normalisation keeps its running statistics", "[nn][model]")
{
    const NetworkSpec spec = NetworkSpec::parse("input 1 6 6\nconv 2 3\nbatchnorm eps 0.001\nleakyrelu 0.05\n"
                                                "minpool 2 pad 1\ntanh\nglobalavgpool\nflatten\nsigmoid\ndense 3\n");
    Network<float> network(spec, 5);
    std::mt19937 rng(2);
    // A few training passes move the running mean and variance away from 0 and 1.
    for (int pass = 0; pass < 3; ++pass)
        network.computeGradients(randomMatrix<float>(4, network.inputSize(), rng), std::vector<int>{0, 1, 2, 0});
    const Model model = Model::fromNetwork(network, {});
    REQUIRE(model.parameters.size() == 2 + 4 + 2);
    CHECK(model.parameters[4].values()[0] != 0.0f); // running mean
    CHECK(model.parameters[5].values()[0] != 1.0f); // running variance

    TempFolder folder;
    saveModel(folder / "norm.csmodel", model);
    const Model loaded = loadModel(folder / "norm.csmodel");
    CHECK(loaded.spec == spec);
    CHECK(loaded.parameters == model.parameters);
    Network<float> reloaded = loaded.toNetwork();
    const Tensor image({1, 6, 6}, 0.25f);
    CHECK(network.classify(image) == reloaded.classify(image));
}

TEST_CASE("damaged, truncated and foreign files are refused", "[nn][model]")
{
    TempFolder folder;
    const std::vector<char> encoded = encodeModel(sampleModel());
    const std::vector<std::uint8_t> good(encoded.begin(), encoded.end());

    std::vector<std::uint8_t> flipped = good;
    flipped[good.size() / 2] ^= 0x01;
    writeBytes(folder / "flipped", flipped);
    CHECK_THAT(errorLoading(folder / "flipped"), Contains("flipped: the checksum does not match: the file is damaged"));

    writeBytes(folder / "cut", std::vector<std::uint8_t>(good.begin(), good.end() - 100));
    CHECK_THAT(errorLoading(folder / "cut"), Contains("the file is truncated"));
    writeBytes(folder / "header", std::vector<std::uint8_t>(good.begin(), good.begin() + 12));
    CHECK_THAT(errorLoading(folder / "header"), Contains("its header is incomplete"));

    std::vector<std::uint8_t> longer = good;
    longer.push_back(0);
    writeBytes(folder / "longer", longer);
    CHECK_THAT(errorLoading(folder / "longer"), Contains("1 unexpected bytes follow the model"));

    writeBytes(folder / "png", {0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    CHECK_THAT(errorLoading(folder / "png"), Contains("png: not a ConvScope model file"));
    CHECK_THAT(errorLoading(folder / "absent"), Contains("absent: no such file"));
}

TEST_CASE("another format version is refused with a message naming it", "[nn][model]")
{
    TempFolder folder;
    const std::vector<char> encoded = encodeModel(sampleModel());
    std::vector<std::uint8_t> bytes(encoded.begin(), encoded.end());
    bytes[8] = 2;
    writeBytes(folder / "future", bytes);
    CHECK_THAT(errorLoading(folder / "future"),
               Contains("model format version 2, written by a newer ConvScope; this version reads format version 1"));
    bytes[8] = 0;
    writeBytes(folder / "past", bytes);
    CHECK_THAT(errorLoading(folder / "past"), Contains("model format version 0, written by an older ConvScope"));
}

TEST_CASE("weights that do not fit the architecture are refused", "[nn][model]")
{
    TempFolder folder;
    Model model = sampleModel();
    SECTION("an array of another shape")
    {
        model.parameters[4] = Tensor({64, 783});
        const std::vector<char> encoded = encodeModel(model);
        writeBytes(folder / "shape", std::vector<std::uint8_t>(encoded.begin(), encoded.end()));
        CHECK_THAT(errorLoading(folder / "shape"),
                   Contains("learned array 5 does not have the shape its architecture gives it (64×784)"));
    }
    SECTION("an array missing")
    {
        model.parameters.pop_back();
        const std::vector<char> encoded = encodeModel(model);
        writeBytes(folder / "missing", std::vector<std::uint8_t>(encoded.begin(), encoded.end()));
        CHECK_THAT(errorLoading(folder / "missing"), Contains("holds 7 learned arrays but its architecture has 8"));
    }
    SECTION("a value that is not a number")
    {
        model.parameters[0].data()[3] = std::numeric_limits<float>::quiet_NaN();
        const std::vector<char> encoded = encodeModel(model);
        writeBytes(folder / "nan", std::vector<std::uint8_t>(encoded.begin(), encoded.end()));
        CHECK_THAT(errorLoading(folder / "nan"), Contains("learned array 1 holds a value that is not a finite number"));
    }
    SECTION("an architecture that does not validate")
    {
        const std::vector<char> encoded = encodeModel(model);
        std::vector<std::uint8_t> bytes(encoded.begin(), encoded.end());
        const std::string text(bytes.begin() + 28, bytes.end());
        const std::size_t at = text.find("dense 64");
        REQUIRE(at != std::string::npos);
        bytes[28 + at] = 'q'; // "qense 64"
        resealHeader(bytes);
        writeBytes(folder / "arch", bytes);
        CHECK_THAT(errorLoading(folder / "arch"), Contains("its architecture is invalid: line 10: unknown layer 'qense'"));
    }
    SECTION("more class names than outputs")
    {
        model.metadata.classNames.push_back("Hat");
        const std::vector<char> encoded = encodeModel(model);
        writeBytes(folder / "classes", std::vector<std::uint8_t>(encoded.begin(), encoded.end()));
        CHECK_THAT(errorLoading(folder / "classes"), Contains("names 11 classes but the network has 10 outputs"));
    }
}

TEST_CASE("saving replaces a file whole and leaves no temporary file behind", "[nn][model]")
{
    TempFolder folder;
    const std::filesystem::path path = folder / "model.csmodel";
    writeBytes(path, {'o', 'l', 'd'});
    saveModel(path, sampleModel());
    CHECK(loadModel(path).metadata.epochs == 3);
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path())) {
        (void)entry;
        ++files;
    }
    CHECK(files == 1);

    // A folder that does not exist: refused, the old file elsewhere untouched.
    CHECK_THROWS_AS(saveModel(folder / "no/such/folder/model.csmodel", sampleModel()), ModelFileError);
    CHECK(loadModel(path).metadata.epochs == 3);
}

TEST_CASE("the bundled classroom model is confident and right on the bundled test digits", "[nn][model]")
{
    const Model model
        = loadModel(std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/models/classroom-digits.csmodel");
    CHECK(model.spec == NetworkSpec::classroom());
    CHECK(model.metadata.datasetName == "mnist-subset");
    CHECK(model.metadata.classNames.front() == "0");
    CHECK(model.metadata.testAccuracy > 0.95);
    const Dataset digits = loadIdxDataset(std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/data/mnist-subset");
    Network<float> network = model.toNetwork();
    const Evaluation test = evaluate(network, digits.test);
    CHECK(test.accuracy == Approx(model.metadata.testAccuracy));
    CHECK(test.accuracy > 0.95);
    // Most right answers are confident: the winning probability above 0.9.
    int confident = 0;
    for (int i = 0; i < 200; ++i) {
        const std::vector<float> p = network.classify(digits.test.image(i));
        const auto best = std::max_element(p.begin(), p.end());
        confident += (best - p.begin() == digits.test.labels[static_cast<std::size_t>(i)] && *best > 0.9f) ? 1 : 0;
    }
    CHECK(confident > 180);
}

TEST_CASE("a model's normalisation that does not fit its input is refused", "[nn][model]")
{
    Model model = sampleModel();
    model.metadata.inputMean = {0.5f, 0.5f, 0.5f};
    CHECK_THAT(errorDecoding(encodeModel(model)), Contains("the input has 1 channels, but the normalisation gives 3 values"));
    model.metadata.inputMean = {0.5f};
    model.metadata.inputStd = {0.0f};
    CHECK_THAT(errorDecoding(encodeModel(model)), Contains("standard deviation of the normalisation is not above 0"));
}
