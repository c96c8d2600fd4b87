#include "core/conv_geometry.h"

#include "core/output_size.h"
#include "core/shape_text.h"

#include <string>

namespace convscope::core {
namespace {

// One axis of the output: the size, or InvalidOperation with output_size's sentence.
int convOutputLength(const char* axisName, int inputLength, int filter, int stride, int padding, int dilation)
{
    const OutputSize size = outputSize(inputLength, filter, stride, padding, dilation);
    if (!size.valid())
        throw InvalidOperation(std::string("convolution along the ") + axisName + ": "
                               + describe(size, inputLength, filter, stride, padding, dilation));
    return size.size;
}

} // namespace

ConvGeometry ConvGeometry::of(const std::vector<int>& inputShape, const std::vector<int>& kernelShape,
                              const Conv2dParams& params)
{
    if (inputShape.empty())
        throw InvalidOperation("the convolution input is empty");
    if (kernelShape.empty())
        throw InvalidOperation("the kernels are empty");
    if (inputShape.size() != 2 && inputShape.size() != 3)
        throw InvalidOperation("the convolution input must be C\u00d7H\u00d7W or H\u00d7W, not "
                               + shapeText(inputShape));
    if (kernelShape.size() < 2 || kernelShape.size() > 4)
        throw InvalidOperation("the kernels must be K\u00d7C\u00d7FH\u00d7FW, C\u00d7FH\u00d7FW or FH\u00d7FW, not "
                               + shapeText(kernelShape));

    ConvGeometry geometry;
    geometry.params = params;
    const std::size_t inRank = inputShape.size();
    const std::size_t kRank = kernelShape.size();
    geometry.channels = inRank == 3 ? inputShape[0] : 1;
    geometry.height = inputShape[inRank - 2];
    geometry.width = inputShape[inRank - 1];
    geometry.outChannels = kRank == 4 ? kernelShape[0] : 1;
    const int kernelChannels = kRank >= 3 ? kernelShape[kRank - 3] : 1;
    geometry.kernelHeight = kernelShape[kRank - 2];
    geometry.kernelWidth = kernelShape[kRank - 1];

    if (geometry.channels <= 0 || geometry.height <= 0 || geometry.width <= 0)
        throw InvalidOperation("the convolution input is empty (" + shapeText(inputShape) + ")");
    if (geometry.outChannels <= 0 || kernelChannels <= 0 || geometry.kernelHeight <= 0 || geometry.kernelWidth <= 0)
        throw InvalidOperation("the kernels are empty (" + shapeText(kernelShape) + ")");
    if (kernelChannels != geometry.channels)
        throw InvalidOperation("the kernels have " + std::to_string(kernelChannels)
                               + " input channel(s) but the input has " + std::to_string(geometry.channels)
                               + " (kernels " + shapeText(kernelShape) + ", input " + shapeText(inputShape) + ")");

    geometry.outHeight = convOutputLength("height", geometry.height, geometry.kernelHeight, params.strideY, params.paddingY,
                                      params.dilationY);
    geometry.outWidth = convOutputLength("width", geometry.width, geometry.kernelWidth, params.strideX, params.paddingX,
                                     params.dilationX);
    return geometry;
}

ConvGeometry ConvGeometry::of(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias,
                              const Conv2dParams& params)
{
    ConvGeometry geometry = of(input.shape(), kernels.shape(), params);
    if (!bias.empty() && static_cast<int>(bias.size()) != geometry.outChannels)
        throw InvalidOperation("the bias has " + std::to_string(bias.size()) + " value(s) but there are "
                               + std::to_string(geometry.outChannels) + " output channels (kernels "
                               + kernels.shapeText() + ")");
    return geometry;
}

} // namespace convscope::core
