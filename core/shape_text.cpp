#include "core/shape_text.h"

namespace convscope::core {

std::string shapeText(const std::vector<int>& shape)
{
    std::string text;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (axis > 0)
            text += "\u00d7";
        text += std::to_string(shape[axis]);
    }
    return text;
}

} // namespace convscope::core
