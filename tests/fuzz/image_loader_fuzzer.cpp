// Fuzzes image decoding into tensors (io::loadImageTensor) through Qt's image plugins (PNG, JPEG,
// BMP, GIF, WebP, …). The input is written to a file because loadImageTensor reads a path, so the
// checks it makes before decoding (the declared size against maxImagePixels) are the ones tested.
// Properties: no crash, no decoding beyond the pixel limit, values in [0, 1].
#include "tests/fuzz/fuzz_check.h"
#include "ui/io/image_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>

using namespace convscope;

namespace {

QString inputPath;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // An application object lets Qt find its image format plugins as the program does.
    static std::unique_ptr<QCoreApplication> application = std::make_unique<QCoreApplication>(*argc, *argv);
    inputPath = QDir::temp().filePath(QStringLiteral("convscope-fuzz-image-%1").arg(QCoreApplication::applicationPid()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    {
        QFile file(inputPath);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input file can be written");
        fuzz::require(file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == static_cast<qint64>(size),
                      "the input file can be written");
    }
    // The length picks the mode, so the corpus exercises both without a byte of the image spent on it.
    const io::ChannelMode mode = size % 2 == 0 ? io::ChannelMode::Gray : io::ChannelMode::Rgb;
    const int maxSide = size % 3 == 0 ? 48 : 0;

    io::looksLikeImageFile(inputPath);
    const io::ImageLoadResult result = io::loadImageTensor(inputPath, mode, maxSide);
    if (!result.ok()) {
        fuzz::require(result.error.startsWith(inputPath), "a refusal names the file");
        fuzz::require(result.tensor.empty(), "nothing is returned with a refusal");
        return 0;
    }
    const core::Tensor& tensor = result.tensor;
    fuzz::require(tensor.rank() == 3, "an image is C×H×W");
    fuzz::require(tensor.dim(0) == (mode == io::ChannelMode::Gray ? 1 : 3), "one or three channels");
    fuzz::require(static_cast<qint64>(tensor.dim(1)) * tensor.dim(2) <= io::maxImagePixels, "within the pixel limit");
    if (maxSide > 0)
        fuzz::require(tensor.dim(1) <= maxSide && tensor.dim(2) <= maxSide, "scaled down to maxSide");
    for (const float value : tensor.values())
        fuzz::require(value >= 0.0f && value <= 1.0f, "values in [0, 1]");
    return 0;
}
