#pragma once

#include "core/data/dataset.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stop_token>

namespace convscope::io {

// A dataset of the class's own pictures, laid out as torchvision's ImageFolder and Teachable
// Machine's exports are:
//
//   ROOT/<class name>/<any name>.png|jpg|jpeg|bmp|gif|webp
//   ROOT/train/<class name>/…  and  ROOT/test/<class name>/…   (when both exist: the two splits)
//
// The class names are the folders' names as they are ("T-shirt top", "고양이"), in natural order
// ("class 2" before "class 10"; digits compared as numbers, letters without regard to case,
// anything else by its code points, so the order is the same in every locale). Without train/ and
// test/ folders, testFraction of each class's pictures (rounded, at least one from a class of two
// or more, never all) are held out for testing, drawn with `seed`, so every class is in both sets
// in its own proportion and the same seed gives the same split.
struct ImageFolderOptions {
    static constexpr int allowedSizes[] = {28, 32, 48, 64};
    int imageSize = 28;         // pictures become imageSize × imageSize; one of allowedSizes
    int channels = 1;           // 1: grey (luminance), 3: colour (red, green, blue)
    double testFraction = 0.2;  // above 0 and below 1
    std::uint32_t seed = 1;
};

struct ImageFolderResult {
    // The picture files that could not be used (not a picture, damaged, over the pixel limit):
    // never fatal, but counted and the first few named, as "class/file.png: why".
    static constexpr int namedSkips = 5;
    core::Dataset dataset;
    int skippedCount = 0;
    QStringList firstSkipped;
};

// Reads and decodes every picture of such a folder, on all cores. Each picture becomes the
// network's input through core::fitToInput, as a picture given to the trained model later does:
// its centre square (the whole width of a tall picture, the whole height of a wide one) scaled to
// imageSize × imageSize by area averaging, so a circle stays round. Transparent parts are white.
//
// `progress(done, total)` is called after each picture, from the decoding threads, one call at a
// time. Throws core::DatasetError, its what() one sentence naming the folder at fault (in the
// language installed for ImageFolderReader, UTF-8), when the folder cannot be read or is no
// dataset: no class folders, a single class, a class folder without a picture, a test class the
// training set lacks, too few pictures to test any, more than 256 classes, or more values than
// core::maxIdxBytes in one split. core::DatasetLoadStopped when `stop` is requested meanwhile.
// Nothing is kept then.
ImageFolderResult readImageFolder(const std::filesystem::path& root, const ImageFolderOptions& options,
                                  const std::function<void(int done, int total)>& progress = {},
                                  std::stop_token stop = {});

// True when `folder` holds at least one folder and none of the IDX files that core::loadIdxDataset
// reads: what convscope-cli train takes for a picture folder.
bool isImageFolder(const std::filesystem::path& folder);

// "class 2" < "class 10": the order of class names described above.
bool naturalLess(const std::string& left, const std::string& right);

} // namespace convscope::io
