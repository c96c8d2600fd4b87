#include "core/data/fit_to_input.h"

#include "core/data/digit_preprocessing.h"
#include "core/shape_text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace convscope::core {

Tensor fitToInput(const Tensor& picture, const std::vector<int>& inputShape)
{
    if (inputShape.size() != 3)
        throw std::invalid_argument("a network reads C×H×W pictures, not " + shapeText(inputShape));
    const int channels = inputShape[0];
    const int rows = inputShape[1];
    const int cols = inputShape[2];
    if (picture.rank() != 3 || picture.empty() || (picture.dim(0) != 1 && picture.dim(0) != channels))
        throw std::invalid_argument("a " + picture.shapeText() + " picture cannot fill a " + shapeText(inputShape)
                                    + " input");
    const CropRect crop = centreCrop(picture.dim(1), picture.dim(2), rows, cols);
    Tensor input(inputShape);
    for (int c = 0; c < picture.dim(0); ++c) {
        const Matrix part = picture.plane(c).block(crop.top, crop.left, crop.rows, crop.cols);
        if (crop.rows == rows && crop.cols == cols)
            input.plane(c) = part;
        else
            input.plane(c) = resampleArea(Tensor::fromMatrix(part), rows, cols).plane(0);
    }
    for (int c = picture.dim(0); c < channels; ++c)
        input.plane(c) = input.plane(0);
    return input;
}

CropRect centreCrop(int rows, int cols, int inputRows, int inputCols)
{
    CropRect crop{0, 0, rows, cols};
    // Compared as whole numbers: cols / rows > inputCols / inputRows.
    const std::int64_t wide = static_cast<std::int64_t>(cols) * inputRows;
    const std::int64_t tall = static_cast<std::int64_t>(rows) * inputCols;
    if (wide > tall)
        crop.cols = std::max(1, static_cast<int>((tall + inputRows / 2) / inputRows));
    else if (tall > wide)
        crop.rows = std::max(1, static_cast<int>((wide + inputCols / 2) / inputCols));
    crop.top = (rows - crop.rows) / 2;
    crop.left = (cols - crop.cols) / 2;
    return crop;
}

Tensor normaliseChannels(const Tensor& input, const std::vector<float>& mean, const std::vector<float>& std)
{
    if (input.rank() != 3)
        throw std::invalid_argument("normalising needs channels × height × width, not " + input.shapeText());
    const int channels = input.dim(0);
    for (const std::vector<float>* values : {&mean, &std}) {
        if (values->size() != 1 && values->size() != static_cast<std::size_t>(channels))
            throw std::invalid_argument("the input has " + std::to_string(channels) + " channels: give one value for "
                                        "all or one per channel, not " + std::to_string(values->size()));
    }
    for (float deviation : std) {
        if (!(deviation > 0.0f) || !std::isfinite(deviation))
            throw std::invalid_argument("a standard deviation must be above 0");
    }
    Tensor result = input;
    const std::size_t plane = result.size() / static_cast<std::size_t>(channels);
    for (int c = 0; c < channels; ++c) {
        const float m = mean[mean.size() == 1 ? 0 : static_cast<std::size_t>(c)];
        const float s = std[std.size() == 1 ? 0 : static_cast<std::size_t>(c)];
        float* values = result.data() + static_cast<std::size_t>(c) * plane;
        for (std::size_t i = 0; i < plane; ++i)
            values[i] = (values[i] - m) / s;
    }
    return result;
}

} // namespace convscope::core
