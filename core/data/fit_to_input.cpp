#include "core/data/fit_to_input.h"

#include "core/data/digit_preprocessing.h"
#include "core/shape_text.h"

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

} // namespace convscope::core
