// convscope-opencv-compare: OpenCV's figures for the cases convscope-bench measures, as one JSON
// object with the same keys, so the two can be set side by side. Only for comparison: the project
// never links OpenCV.
//
//   conv3x3_*        cv::filter2D, 3×3 float kernel, border zero (stride 1, padding 1); filter2D
//                    correlates without flipping, as conv2d does
//   maxpool2_4096_ms cv::dilate with a 2×2 rectangle, then every second row and column (the 2×2 max pool)
//   avgpool2_4096_ms cv::resize to half size with INTER_AREA (the 2×2 average pool)
#include "tests/bench/bench_registry.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <memory>
#include <string>

namespace {

using convscope::bench::BenchCase;
using convscope::bench::BenchRegistry;

std::function<std::function<void()>()> filter3x3(int size)
{
    return [size] {
        auto input = std::make_shared<cv::Mat>(size, size, CV_32F);
        cv::randu(*input, -1.0f, 1.0f);
        auto kernel = std::make_shared<cv::Mat>(3, 3, CV_32F);
        cv::randu(*kernel, -1.0f, 1.0f);
        auto output = std::make_shared<cv::Mat>();
        return [input, kernel, output] {
            cv::filter2D(*input, *output, CV_32F, *kernel, cv::Point(-1, -1), 0.0, cv::BORDER_CONSTANT);
        };
    };
}

std::function<std::function<void()>()> maxPool2(int size)
{
    return [size] {
        auto input = std::make_shared<cv::Mat>(size, size, CV_32F);
        cv::randu(*input, -1.0f, 1.0f);
        auto dilated = std::make_shared<cv::Mat>();
        auto output = std::make_shared<cv::Mat>(size / 2, size / 2, CV_32F);
        return [input, dilated, output] {
            // The anchor (0, 0) makes dilated(y, x) the max of the 2×2 block starting at (y, x).
            cv::dilate(*input, *dilated, cv::getStructuringElement(cv::MORPH_RECT, {2, 2}), cv::Point(0, 0));
            for (int y = 0; y < output->rows; ++y) {
                const float* from = dilated->ptr<float>(2 * y);
                float* to = output->ptr<float>(y);
                for (int x = 0; x < output->cols; ++x)
                    to[x] = from[2 * x];
            }
        };
    };
}

std::function<std::function<void()>()> averagePool2(int size)
{
    return [size] {
        auto input = std::make_shared<cv::Mat>(size, size, CV_32F);
        cv::randu(*input, -1.0f, 1.0f);
        auto output = std::make_shared<cv::Mat>();
        return [input, output, size] { cv::resize(*input, *output, {size / 2, size / 2}, 0, 0, cv::INTER_AREA); };
    };
}

} // namespace

int main(int argc, char** argv)
{
    // convscope-opencv-compare [THREADS]: OpenCV's thread count (default: OpenCV's own choice).
    if (argc > 1)
        cv::setNumThreads(std::stoi(argv[1]));
    BenchRegistry registry;
    registry.add({"conv3x3_1024_ms", 31, filter3x3(1024)});
    registry.add({"conv3x3_4096_ms", 11, filter3x3(4096)});
    registry.add({"maxpool2_4096_ms", 11, maxPool2(4096)});
    registry.add({"avgpool2_4096_ms", 11, averagePool2(4096)});
    std::fprintf(stderr, "OpenCV %s, %d thread(s)\n", CV_VERSION, cv::getNumThreads());
    convscope::bench::runAndPrint(registry, {});
    return 0;
}
