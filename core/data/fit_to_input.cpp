#include "core/data/fit_to_input.h"

#include "core/data/digit_preprocessing.h"
#include "core/shape_text.h"

#include <cmath>
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
    Tensor input(inputShape);
    for (int c = 0; c < picture.dim(0); ++c) {
        if (picture.dim(1) == rows && picture.dim(2) == cols)
            input.plane(c) = picture.plane(c);
        else
            input.plane(c) = resampleArea(Tensor::fromMatrix(picture.plane(c)), rows, cols).plane(0);
    }
    for (int c = picture.dim(0); c < channels; ++c)
        input.plane(c) = input.plane(0);
    return input;
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
