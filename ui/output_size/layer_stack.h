#pragma once

#include "core/output_size.h"

#include <vector>

namespace convscope::ui {

// One block of the stack builder. A convolution has K filters of F×F over every input channel and
// a bias each; a pooling window has no weights and keeps the channel count.
struct StackLayer {
    enum class Kind { Conv, Pool };

    Kind kind = Kind::Conv;
    int filter = 3;  // F: the window is F×F
    int stride = 1;  // S
    int padding = 0; // P, always 0 for pooling
    int filters = 8; // K, ignored for pooling

    static StackLayer conv(int filters, int filter, int stride, int padding)
    {
        return {Kind::Conv, filter, stride, padding, filters};
    }
    static StackLayer pool(int window, int stride = 0) { return {Kind::Pool, window, stride == 0 ? window : stride, 0, 0}; }
};

// A feature-map shape in the lecture's order [W, H, K] (width, height, channels).
struct StackShape {
    int width = 0;
    int height = 0;
    int channels = 0;
};

// The shape after one layer and what that layer costs.
struct StackRow {
    core::OutputSize widthSize;  // W_out along the width, with its status
    core::OutputSize heightSize; // H_out along the height
    StackShape shape;            // valid only when `valid`
    long long parameters = 0;    // conv: K·(C·F·F + 1) (weights plus one bias per filter); pool: 0
    bool valid = false;          // false when this layer does not fit its input (or an earlier one failed)
    bool afterError = false;     // an earlier layer failed, so this one was not evaluated
};

// Several convolution and pooling layers in a row, evaluated from an input shape with the same
// output-size function as everywhere else (core::outputSize), the way the network page describes a
// CNN: 28×28×1 → conv 8 3×3 pad 1 → 28×28×8 → max pool 2 → 14×14×8 → …
class LayerStack {
public:
    // A stack a class can follow on one screen; append() and insert() add nothing beyond it.
    static constexpr int maxLayers = 16;

    // The feature extractor of the classroom CNN: conv 8 3×3 pad 1, pool 2, conv 16 3×3 pad 1, pool 2.
    static LayerStack classroom();

    void setInput(const StackShape& input) { m_input = input; }
    const StackShape& input() const { return m_input; }

    const std::vector<StackLayer>& layers() const { return m_layers; }
    bool isFull() const { return static_cast<int>(m_layers.size()) >= maxLayers; }
    void append(const StackLayer& layer)
    {
        if (!isFull())
            m_layers.push_back(layer);
    }
    void insert(int index, const StackLayer& layer);
    void remove(int index);
    void replace(int index, const StackLayer& layer);

    // One row per layer, in order.
    std::vector<StackRow> evaluate() const;
    // Σ parameters of the layers that fit; the whole stack must fit for this to be meaningful.
    long long totalParameters() const;

private:
    StackShape m_input{28, 28, 1};
    std::vector<StackLayer> m_layers;
};

} // namespace convscope::ui
