#pragma once

#include "core/data/idx_file.h"
#include "core/tensor.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

namespace convscope::core {

// Labelled images kept as bytes (0…255) as the files hold them: full Fashion-MNIST takes 55 MB
// this way and would take 220 MB as floats. Batches are converted to [0, 1] as they are drawn.
struct ImageSet {
    int count = 0;
    int channels = 1;
    int height = 0;
    int width = 0;
    std::vector<std::uint8_t> pixels; // count × channels × height × width
    std::vector<std::uint8_t> labels; // count

    int imageSize() const { return channels * height * width; }
    // Image `index` as a C×H×W tensor with values pixel / 255.
    Tensor image(int index) const;
    // Row i of `batch` ← image indices[i] as values pixel / 255, and labels[i] ← its label.
    // `batch` is resized to indices.size() × imageSize().
    void fillBatch(std::span<const int> indices, Matrix& batch, std::vector<int>& labels) const;
};

// A training set and a test set of the same kind of image, with a name per class.
struct Dataset {
    std::string name;                    // "mnist", "fashion-mnist", or the folder's name
    std::vector<std::string> classNames; // English ids; the ui translates the known ones
    ImageSet train;
    ImageSet test;

    int classCount() const { return static_cast<int>(classNames.size()); }
};

// The ten Fashion-MNIST classes in label order: "T-shirt/top", "Trouser", … "Ankle boot".
const std::vector<std::string>& fashionMnistClassNames();
// Class names for a dataset: Fashion-MNIST's for a name containing "fashion", otherwise the
// labels as numbers ("0", "1", …), which are the digits of MNIST.
std::vector<std::string> classNamesFor(const std::string& datasetName, int classCount);

// The standard file names: "train-images-idx3-ubyte", "train-labels-idx1-ubyte",
// "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", each raw or with ".gz"; the test files also
// as "test-images-idx3-ubyte" and "test-labels-idx1-ubyte". Also found: the same names with a
// prefix (EMNIST's "emnist-letters-train-images-idx3-ubyte.gz", "emnist-letters-test-images-…")
// and with a dot before "idx" (some MNIST copies), when exactly one file matches.
//
// Loads all four from `folder` and checks that they fit together (as many labels as images, the
// same image size in both sets). `name` defaults to a name derived from the folder
// ("fashion-mnist" when the folder's name contains "fashion", "mnist" for "mnist", else the
// folder's name). Throws DatasetError naming the file at fault; nothing is kept then. Requesting
// `stop` ends the reading early with DatasetLoadStopped.
Dataset loadIdxDataset(const std::filesystem::path& folder, std::string name = {}, std::stop_token stop = {});

// Only the test images and labels of such a folder, found by the same names; the training files
// need not be there and are not read (full Fashion-MNIST's are six times the size). Throws
// DatasetError naming the file at fault, or when the counts of images and labels differ;
// requesting `stop` ends the reading early with DatasetLoadStopped.
ImageSet loadIdxTestSet(const std::filesystem::path& folder, std::stop_token stop = {});

// Puts four parsed files together with the same checks; `name` as above.
Dataset makeDataset(std::string name, IdxImages trainImages, std::vector<std::uint8_t> trainLabels,
                    IdxImages testImages, std::vector<std::uint8_t> testLabels);

} // namespace convscope::core
