#include "ui/io/image_folder_reader.h"

#include "core/data/dataset_error.h"
#include "core/data/fit_to_input.h"
#include "core/data/idx_file.h"
#include "core/parallel_for.h"
#include "ui/io/image_loader.h"
#include "ui/io/korean_particles.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <mutex>
#include <random>
#include <system_error>
#include <vector>

namespace convscope::io {
namespace {

class ImageFolderReader {
    Q_DECLARE_TR_FUNCTIONS(ImageFolderReader)
};

QString text(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

[[noreturn]] void fail(const QString& message)
{
    throw core::DatasetError(fitKoreanParticles(message).toStdString());
}

[[noreturn]] void failUnreadable(const std::filesystem::path& path, const std::error_code& error)
{
    fail(ImageFolderReader::tr("%1: cannot be read (%2)").arg(text(path), QString::fromStdString(error.message())));
}

bool hidden(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

// The entries of one folder, each as its path and whether it is a folder (following links), in
// natural order of their names. Hidden entries (".DS_Store", ".git") are left out. An entry whose
// kind cannot be told (a link to itself, a link loop) makes the folder unreadable.
struct Entry {
    std::filesystem::path path;
    bool folder = false;
};

std::vector<Entry> listFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    std::filesystem::directory_iterator it(folder, error);
    if (error)
        failUnreadable(folder, error);
    std::vector<Entry> entries;
    for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
        if (hidden(it->path()))
            continue;
        const std::filesystem::file_status status = it->status(error);
        if (error)
            failUnreadable(it->path(), error);
        if (std::filesystem::is_directory(status) || std::filesystem::is_regular_file(status))
            entries.push_back({it->path(), std::filesystem::is_directory(status)});
    }
    if (error)
        failUnreadable(folder, error);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return naturalLess(a.path.filename().string(), b.path.filename().string());
    });
    return entries;
}

// One split's class folders and the files in each, before decoding.
struct ClassFolder {
    std::string name;
    std::filesystem::path path;
    std::vector<std::filesystem::path> files;
};

std::vector<ClassFolder> listClasses(const std::filesystem::path& root)
{
    std::vector<ClassFolder> classes;
    for (const Entry& entry : listFolder(root)) {
        if (!entry.folder)
            continue; // a README or a labels file beside the class folders
        ClassFolder folder{entry.path.filename().string(), entry.path, {}};
        for (const Entry& file : listFolder(entry.path)) {
            if (!file.folder)
                folder.files.push_back(file.path);
        }
        if (folder.files.empty())
            fail(ImageFolderReader::tr("%1: the class folder holds no pictures").arg(text(entry.path)));
        classes.push_back(std::move(folder));
    }
    if (classes.empty())
        fail(ImageFolderReader::tr("%1: no class folders; a picture dataset holds one folder of pictures per class, "
                                   "e.g. %1/cats/1.png and %1/dogs/1.png")
                 .arg(text(root)));
    return classes;
}

// A picture's centre square scaled to side × side, as bytes 0…255, `channels` planes.
struct Decoded {
    std::vector<std::uint8_t> pixels;
    QString error;
};

Decoded decodePicture(const std::filesystem::path& file, int side, int channels)
{
    Decoded result;
    DecodedImage decoded = decodeImageFile(text(file));
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    // Cropped as a QImage first, so a large photo's edges are never converted to floats.
    const QImage& image = decoded.image;
    const core::CropRect crop = core::centreCrop(image.height(), image.width(), side, side);
    const ImageLoadResult tensor = imageToTensor(image.copy(crop.left, crop.top, crop.cols, crop.rows),
                                                 channels == 1 ? ChannelMode::Gray : ChannelMode::Rgb);
    if (!tensor.ok()) {
        result.error = QStringLiteral("%1: %2").arg(text(file), tensor.error);
        return result;
    }
    const core::Tensor fitted = core::fitToInput(tensor.tensor, {channels, side, side});
    result.pixels.resize(fitted.size());
    const float* values = fitted.data();
    for (std::size_t i = 0; i < result.pixels.size(); ++i)
        result.pixels[i] = static_cast<std::uint8_t>(std::lround(std::clamp(values[i], 0.0f, 1.0f) * 255.0f));
    return result;
}

// Every file of the given classes decoded on all cores; outputs in the order of the files.
std::vector<Decoded> decodeAll(const std::vector<const std::filesystem::path*>& files, const ImageFolderOptions& options,
                               const std::function<void(int, int)>& progress, const std::stop_token& stop)
{
    const int total = static_cast<int>(files.size());
    std::vector<Decoded> decoded(files.size());
    std::atomic<int> done{0};
    std::mutex progressMutex;
    // Decoding a picture costs far more than starting a thread, so every picture counts as a
    // thread's worth of work.
    core::parallelFor(total, 1'000'000, [&](int begin, int end) {
        for (int i = begin; i < end && !stop.stop_requested(); ++i) {
            decoded[static_cast<std::size_t>(i)] = decodePicture(*files[static_cast<std::size_t>(i)], options.imageSize,
                                                                 options.channels);
            const int now = ++done;
            if (progress) {
                const std::lock_guard lock(progressMutex);
                progress(now, total);
            }
        }
    });
    if (stop.stop_requested())
        throw core::DatasetLoadStopped();
    return decoded;
}

// A split's decoded pictures and their labels.
struct Pictures {
    std::vector<std::vector<std::uint8_t>> pixels;
    std::vector<std::uint8_t> labels;
};

void checkValueLimit(std::size_t files, const ImageFolderOptions& options, const std::filesystem::path& folder)
{
    const std::int64_t values = static_cast<std::int64_t>(files) * options.channels * options.imageSize * options.imageSize;
    if (values > core::maxIdxBytes)
        fail(ImageFolderReader::tr("%1: %2 pictures of %3\u00d7%3\u00d7%4 would take more than the limit of %5 MiB")
                 .arg(text(folder))
                 .arg(files)
                 .arg(options.imageSize)
                 .arg(options.channels)
                 .arg(core::maxIdxBytes / (1024 * 1024)));
}

core::ImageSet makeImageSet(const Pictures& pictures, const std::vector<std::size_t>& order, const ImageFolderOptions& options)
{
    core::ImageSet set;
    set.count = static_cast<int>(order.size());
    set.channels = options.channels;
    set.height = options.imageSize;
    set.width = options.imageSize;
    set.pixels.reserve(order.size() * static_cast<std::size_t>(set.imageSize()));
    for (const std::size_t index : order) {
        set.pixels.insert(set.pixels.end(), pictures.pixels[index].begin(), pictures.pixels[index].end());
        set.labels.push_back(pictures.labels[index]);
    }
    return set;
}

std::vector<std::size_t> allOf(const Pictures& pictures)
{
    std::vector<std::size_t> order(pictures.labels.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    return order;
}

// How many of a class's n pictures are held out: the fraction rounded, at least one when the class
// has two or more, and never all of them.
std::size_t heldOut(std::size_t n, double fraction)
{
    if (n < 2)
        return 0;
    const auto rounded = static_cast<std::size_t>(std::llround(fraction * static_cast<double>(n)));
    return std::clamp<std::size_t>(rounded, 1, n - 1);
}

// Fisher–Yates with our own draws, so a seed gives the same split with every standard library
// (std::shuffle and the distributions are implementation-defined).
void seededShuffle(std::vector<std::size_t>& items, std::mt19937& rng)
{
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng() % i);
        std::swap(items[i - 1], items[j]);
    }
}

} // namespace

bool naturalLess(const std::string& left, const std::string& right)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < left.size() && j < right.size()) {
        if (digit(left[i]) && digit(right[j])) {
            std::size_t endI = i;
            std::size_t endJ = j;
            while (endI < left.size() && digit(left[endI]))
                ++endI;
            while (endJ < right.size() && digit(right[endJ]))
                ++endJ;
            // Leading zeros do not change the number: "007" and "7" compare equal here.
            std::size_t startI = i;
            std::size_t startJ = j;
            while (startI + 1 < endI && left[startI] == '0')
                ++startI;
            while (startJ + 1 < endJ && right[startJ] == '0')
                ++startJ;
            const std::string_view a(left.data() + startI, endI - startI);
            const std::string_view b(right.data() + startJ, endJ - startJ);
            if (a.size() != b.size())
                return a.size() < b.size();
            if (a != b)
                return a < b;
            i = endI;
            j = endJ;
            continue;
        }
        const auto a = static_cast<unsigned char>(lower(left[i]));
        const auto b = static_cast<unsigned char>(lower(right[j]));
        if (a != b)
            return a < b; // UTF-8 bytes compare as their code points do
        ++i;
        ++j;
    }
    if ((i < left.size()) != (j < right.size()))
        return j < right.size();
    return left < right; // equal but for case or zeros: still one fixed order
}

bool isImageFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    bool hasFolder = false;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.find("idx1-ubyte") != std::string::npos || name.find("idx3-ubyte") != std::string::npos)
            return false;
        hasFolder = hasFolder || entry.is_directory(error);
    }
    return hasFolder;
}

ImageFolderResult readImageFolder(const std::filesystem::path& root, const ImageFolderOptions& options,
                                  const std::function<void(int done, int total)>& progress, std::stop_token stop)
{
    if (std::find(std::begin(ImageFolderOptions::allowedSizes), std::end(ImageFolderOptions::allowedSizes),
                  options.imageSize)
            == std::end(ImageFolderOptions::allowedSizes)
        || (options.channels != 1 && options.channels != 3) || !(options.testFraction > 0.0 && options.testFraction < 1.0))
        throw std::invalid_argument("readImageFolder: image size, channels or test fraction out of range");
    std::error_code error;
    if (!std::filesystem::is_directory(root, error)) {
        if (error && error != std::errc::no_such_file_or_directory)
            failUnreadable(root, error);
        fail(ImageFolderReader::tr("%1: no such folder").arg(text(root)));
    }

    const bool splitFolders =
        std::filesystem::is_directory(root / "train", error) && std::filesystem::is_directory(root / "test", error);
    const std::vector<ClassFolder> trainClasses = listClasses(splitFolders ? root / "train" : root);
    std::vector<ClassFolder> testClasses = splitFolders ? listClasses(root / "test") : std::vector<ClassFolder>{};
    if (trainClasses.size() < 2)
        fail(ImageFolderReader::tr("%1: only one class folder (%2); telling pictures apart needs at least two classes")
                 .arg(text(splitFolders ? root / "train" : root), QString::fromStdString(trainClasses.front().name)));
    if (trainClasses.size() > 256)
        fail(ImageFolderReader::tr("%1: %2 class folders; at most 256 classes can be told apart")
                 .arg(text(root))
                 .arg(trainClasses.size()));

    // The test classes are labelled by their training class of the same name.
    std::vector<std::uint8_t> testLabelOf;
    for (const ClassFolder& test : testClasses) {
        const auto same = std::find_if(trainClasses.begin(), trainClasses.end(),
                                       [&](const ClassFolder& train) { return train.name == test.name; });
        if (same == trainClasses.end())
            fail(ImageFolderReader::tr("%1: the test set's class %2 is not among the training set's classes")
                     .arg(text(root), QString::fromStdString(test.name)));
        testLabelOf.push_back(static_cast<std::uint8_t>(same - trainClasses.begin()));
    }

    // Every file of both splits in one list, so that all cores decode both at once.
    std::vector<const std::filesystem::path*> files;
    std::vector<std::uint8_t> labels;
    std::vector<bool> inTestFolder;
    for (std::size_t c = 0; c < trainClasses.size(); ++c) {
        for (const std::filesystem::path& file : trainClasses[c].files) {
            files.push_back(&file);
            labels.push_back(static_cast<std::uint8_t>(c));
            inTestFolder.push_back(false);
        }
    }
    const std::size_t trainFiles = files.size();
    for (std::size_t c = 0; c < testClasses.size(); ++c) {
        for (const std::filesystem::path& file : testClasses[c].files) {
            files.push_back(&file);
            labels.push_back(testLabelOf[c]);
            inTestFolder.push_back(true);
        }
    }
    checkValueLimit(trainFiles, options, root);
    checkValueLimit(files.size() - trainFiles, options, root);

    std::vector<Decoded> decoded = decodeAll(files, options, progress, stop);

    ImageFolderResult result;
    Pictures train;
    Pictures test;
    std::vector<int> trainPerClass(trainClasses.size(), 0);
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        if (!decoded[i].error.isEmpty()) {
            if (result.skippedCount++ < ImageFolderResult::namedSkips)
                result.firstSkipped.append(decoded[i].error);
            continue;
        }
        Pictures& split = inTestFolder[i] ? test : train;
        split.pixels.push_back(std::move(decoded[i].pixels));
        split.labels.push_back(labels[i]);
        if (!inTestFolder[i])
            ++trainPerClass[labels[i]];
    }
    for (std::size_t c = 0; c < trainClasses.size(); ++c) {
        if (trainPerClass[c] == 0)
            fail(ImageFolderReader::tr("%1: none of the class folder's files is a picture that can be read")
                     .arg(text(trainClasses[c].path)));
    }

    core::Dataset& dataset = result.dataset;
    std::filesystem::path clean = root;
    if (!clean.has_filename())
        clean = clean.parent_path();
    dataset.name = clean.filename().string();
    for (const ClassFolder& folder : trainClasses)
        dataset.classNames.push_back(folder.name);

    if (splitFolders) {
        if (test.labels.empty())
            fail(ImageFolderReader::tr("%1: the test folder holds no picture that can be read").arg(text(root / "test")));
        dataset.train = makeImageSet(train, allOf(train), options);
        dataset.test = makeImageSet(test, allOf(test), options);
        return result;
    }

    // Stratified: each class's own pictures shuffled with the seed, the first few held out. Both
    // sets keep the folders' order (class by class, file by file); the trainer shuffles.
    std::mt19937 rng(options.seed);
    std::vector<bool> held(train.labels.size(), false);
    std::size_t heldCount = 0;
    for (std::size_t c = 0; c < trainClasses.size(); ++c) {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < train.labels.size(); ++i) {
            if (train.labels[i] == static_cast<std::uint8_t>(c))
                members.push_back(i);
        }
        seededShuffle(members, rng);
        const std::size_t count = heldOut(members.size(), options.testFraction);
        for (std::size_t k = 0; k < count; ++k)
            held[members[k]] = true;
        heldCount += count;
    }
    if (heldCount == 0)
        fail(ImageFolderReader::tr("%1: too few pictures to keep any for testing; each class needs at least two")
                 .arg(text(root)));
    std::vector<std::size_t> trainOrder;
    std::vector<std::size_t> testOrder;
    for (std::size_t i = 0; i < held.size(); ++i)
        (held[i] ? testOrder : trainOrder).push_back(i);
    dataset.train = makeImageSet(train, trainOrder, options);
    dataset.test = makeImageSet(train, testOrder, options);
    return result;
}

} // namespace convscope::io
