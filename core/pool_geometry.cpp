#include "core/pool_geometry.h"

#include "core/output_size.h"
#include "core/shape_text.h"

#include <string>

namespace convscope::core {
namespace {

int poolOutputLength(const char* axisName, int inputLength, int window, int stride)
{
    if (window <= 0)
        throw InvalidOperation(std::string("pooling along the ") + axisName + ": the window size must be positive, not "
                               + std::to_string(window));
    if (stride <= 0)
        throw InvalidOperation(std::string("pooling along the ") + axisName + ": the stride must be positive, not "
                               + std::to_string(stride));
    const OutputSize size = outputSize(inputLength, window, stride, 0);
    if (!size.valid())
        throw InvalidOperation(std::string("pooling along the ") + axisName + ": "
                               + describe(size, inputLength, window, stride, 0));
    return size.size;
}

} // namespace

PoolGeometry PoolGeometry::of(const std::vector<int>& inputShape, const Pool2dParams& params)
{
    if (inputShape.empty())
        throw InvalidOperation("the pooling input is empty");
    if (inputShape.size() != 2 && inputShape.size() != 3)
        throw InvalidOperation("the pooling input must be C\u00d7H\u00d7W or H\u00d7W, not " + shapeText(inputShape));
    PoolGeometry geometry;
    const std::size_t rank = inputShape.size();
    geometry.channels = rank == 3 ? inputShape[0] : 1;
    geometry.height = inputShape[rank - 2];
    geometry.width = inputShape[rank - 1];
    if (geometry.channels <= 0 || geometry.height <= 0 || geometry.width <= 0)
        throw InvalidOperation("the pooling input is empty (" + shapeText(inputShape) + ")");
    if (params.strideY < 0 || params.strideX < 0)
        throw InvalidOperation("the pooling stride cannot be negative (0 means the window size), not "
                               + std::to_string(params.strideY < 0 ? params.strideY : params.strideX));

    geometry.windowY = params.windowY;
    geometry.windowX = params.windowX;
    geometry.strideY = params.effectiveStrideY();
    geometry.strideX = params.effectiveStrideX();
    geometry.outHeight = poolOutputLength("height", geometry.height, geometry.windowY, geometry.strideY);
    geometry.outWidth = poolOutputLength("width", geometry.width, geometry.windowX, geometry.strideX);
    return geometry;
}

} // namespace convscope::core
