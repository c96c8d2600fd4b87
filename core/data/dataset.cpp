#include "core/data/dataset.h"

#include "core/data/dataset_error.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace convscope::core {
namespace {

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The names each of the four files goes by, before "-idx3-ubyte" or "-idx1-ubyte": the test files
// are "t10k-…" in MNIST and Fashion-MNIST, "test-…" in EMNIST ("emnist-letters-test-images-…").
const std::vector<std::string> trainImageStems{"train-images"};
const std::vector<std::string> trainLabelStems{"train-labels"};
const std::vector<std::string> testImageStems{"t10k-images", "test-images"};
const std::vector<std::string> testLabelStems{"t10k-labels", "test-labels"};

// The file of one of the four roles, e.g. stems {"train-images"} and type "idx3-ubyte": a file of
// exactly one of the names, else the only file whose name ends in one of them.
std::filesystem::path findFile(const std::filesystem::path& folder, const std::vector<std::string>& stems,
                               const std::string& type)
{
    std::vector<std::string> exact;
    for (const std::string& stem : stems) {
        for (const std::string& name :
             {stem + "-" + type + ".gz", stem + "-" + type, stem + "." + type + ".gz", stem + "." + type})
            exact.push_back(name);
    }
    std::error_code error;
    for (const std::string& name : exact) {
        if (std::filesystem::is_regular_file(folder / name, error))
            return folder / name;
    }
    std::vector<std::filesystem::path> matches;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        for (const std::string& suffix : exact) {
            if (endsWith(name, suffix) && entry.is_regular_file(error)) {
                matches.push_back(entry.path());
                break;
            }
        }
    }
    if (matches.size() == 1)
        return matches.front();
    // "t10k-images-idx3-ubyte or test-images-idx3-ubyte", each name followed by `ending`.
    const auto role = [&](const std::string& ending) {
        std::string names;
        for (const std::string& stem : stems)
            names += (names.empty() ? "" : " or ") + stem + "-" + type + ending;
        return names;
    };
    if (matches.size() > 1) {
        std::sort(matches.begin(), matches.end());
        throw DatasetError(folder.string() + ": several files could be " + role("") + " ("
                           + matches[0].filename().string() + ", " + matches[1].filename().string() + ")");
    }
    throw DatasetError(folder.string() + ": no " + role("[.gz]") + " file");
}

void requireFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw DatasetError(folder.string() + ": no such folder");
}

ImageSet makeImageSet(IdxImages images, std::vector<std::uint8_t> labels, const std::string& setName)
{
    if (static_cast<std::size_t>(images.count) != labels.size())
        throw DatasetError("the " + setName + " set has " + std::to_string(images.count) + " images but "
                           + std::to_string(labels.size()) + " labels");
    ImageSet set;
    set.count = images.count;
    set.height = images.rows;
    set.width = images.cols;
    set.pixels = std::move(images.pixels);
    set.labels = std::move(labels);
    return set;
}

std::string nameFromFolder(const std::filesystem::path& folder)
{
    std::filesystem::path clean = folder;
    if (!clean.has_filename())
        clean = clean.parent_path();
    const std::string base = clean.filename().string();
    const std::string lower = lowerCase(base);
    if (lower.find("fashion") != std::string::npos)
        return "fashion-mnist";
    if (lower == "mnist")
        return "mnist";
    return base.empty() ? "dataset" : base;
}

} // namespace

Tensor ImageSet::image(int index) const
{
    Tensor tensor({channels, height, width});
    const std::uint8_t* source = pixels.data() + static_cast<std::size_t>(index) * imageSize();
    float* out = tensor.data();
    for (int i = 0; i < imageSize(); ++i)
        out[i] = static_cast<float>(source[i]) * (1.0f / 255.0f);
    return tensor;
}

void ImageSet::fillBatch(std::span<const int> indices, Matrix& batch, std::vector<int>& batchLabels) const
{
    const int size = imageSize();
    batch.resize(static_cast<Eigen::Index>(indices.size()), size);
    batchLabels.resize(indices.size());
    for (std::size_t row = 0; row < indices.size(); ++row) {
        const std::uint8_t* source = pixels.data() + static_cast<std::size_t>(indices[row]) * size;
        float* out = batch.data() + row * static_cast<std::size_t>(size);
        for (int i = 0; i < size; ++i)
            out[i] = static_cast<float>(source[i]) * (1.0f / 255.0f);
        batchLabels[row] = labels[static_cast<std::size_t>(indices[row])];
    }
}

const std::vector<std::string>& fashionMnistClassNames()
{
    static const std::vector<std::string> names{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    return names;
}

std::vector<std::string> classNamesFor(const std::string& datasetName, int classCount)
{
    if (lowerCase(datasetName).find("fashion") != std::string::npos && classCount == 10)
        return fashionMnistClassNames();
    std::vector<std::string> names;
    for (int label = 0; label < classCount; ++label)
        names.push_back(std::to_string(label));
    return names;
}

Dataset loadIdxDataset(const std::filesystem::path& folder, std::string name, std::stop_token stop)
{
    requireFolder(folder);
    const std::filesystem::path trainImages = findFile(folder, trainImageStems, "idx3-ubyte");
    const std::filesystem::path trainLabels = findFile(folder, trainLabelStems, "idx1-ubyte");
    const std::filesystem::path testImages = findFile(folder, testImageStems, "idx3-ubyte");
    const std::filesystem::path testLabels = findFile(folder, testLabelStems, "idx1-ubyte");
    return makeDataset(name.empty() ? nameFromFolder(folder) : std::move(name), readIdxImages(trainImages, stop),
                       readIdxLabels(trainLabels, stop), readIdxImages(testImages, stop), readIdxLabels(testLabels, stop));
}

ImageSet loadIdxTestSet(const std::filesystem::path& folder, std::stop_token stop)
{
    requireFolder(folder);
    const std::filesystem::path images = findFile(folder, testImageStems, "idx3-ubyte");
    const std::filesystem::path labels = findFile(folder, testLabelStems, "idx1-ubyte");
    return makeImageSet(readIdxImages(images, stop), readIdxLabels(labels, stop), "test");
}

Dataset makeDataset(std::string name, IdxImages trainImages, std::vector<std::uint8_t> trainLabels,
                    IdxImages testImages, std::vector<std::uint8_t> testLabels)
{
    if (trainImages.rows != testImages.rows || trainImages.cols != testImages.cols)
        throw DatasetError("the training images are " + std::to_string(trainImages.rows) + "\u00d7"
                           + std::to_string(trainImages.cols) + " but the test images are "
                           + std::to_string(testImages.rows) + "\u00d7" + std::to_string(testImages.cols));
    Dataset dataset;
    dataset.name = std::move(name);
    dataset.train = makeImageSet(std::move(trainImages), std::move(trainLabels), "training");
    dataset.test = makeImageSet(std::move(testImages), std::move(testLabels), "test");
    const int trainTop = *std::max_element(dataset.train.labels.begin(), dataset.train.labels.end());
    const int testTop = *std::max_element(dataset.test.labels.begin(), dataset.test.labels.end());
    if (testTop > trainTop)
        throw DatasetError("the test set has label " + std::to_string(testTop) + " but the training set's labels end at "
                           + std::to_string(trainTop));
    if (trainTop < 1)
        throw DatasetError("the training set has only one class (label " + std::to_string(trainTop) + ")");
    dataset.classNames = classNamesFor(dataset.name, trainTop + 1);
    return dataset;
}

} // namespace convscope::core
