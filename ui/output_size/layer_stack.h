#pragma once

#include "core/nn/network_spec.h"
#include "core/output_size.h"

#include <vector>

namespace convscope::ui {

// A feature-map shape in the lecture's order [W, H, K] (width, height, channels).
struct StackShape {
    int width = 0;
    int height = 0;
    int channels = 0;
};

// The shape after one layer and what that layer costs, as core::NetworkSpec::inferShapes found.
struct StackRow {
    core::OutputSize widthSize;  // W_out along the width, with its status (conv and pooling)
    core::OutputSize heightSize; // H_out along the height
    StackShape shape;            // valid only when `valid`
    long long parameters = 0;    // core::LayerSpec::parameterCount: conv K·(C·F·F + 1), pool 0
    core::LayerFault fault = core::LayerFault::None; // why this layer does not fit, when it does not
    bool valid = false;          // false when this layer does not fit its input (or an earlier one failed)
    bool afterError = false;     // an earlier layer failed, so this one was not evaluated
};

// Several layers in a row from an input shape, the way the network page describes a CNN:
// 28×28×1 → conv 8 3×3 pad 1 → 28×28×8 → max pool 2 → 14×14×8 → … The layers are a
// core::NetworkSpec's, so the shapes and counts come from the one shape inference the training
// page and the network file use (core::outputSize underneath), whatever the layer kind.
class LayerStack {
public:
    // A stack a class can follow on one screen; append() and insert() add nothing beyond it.
    static constexpr int maxLayers = 16;

    // The feature extractor of core::NetworkSpec::classroom(): its layers before 'flatten' that
    // change the shape (conv 8 3×3 pad 1, pool 2, conv 16 3×3 pad 1, pool 2); the ReLUs between
    // them keep the shape and are left out.
    static LayerStack classroom();

    void setInput(const StackShape& input);
    StackShape input() const;

    const std::vector<core::LayerSpec>& layers() const { return m_spec.layers; }
    bool isFull() const { return static_cast<int>(m_spec.layers.size()) >= maxLayers; }
    void append(const core::LayerSpec& layer);
    void insert(int index, const core::LayerSpec& layer);
    void remove(int index);
    void replace(int index, const core::LayerSpec& layer);

    // One row per layer, in order.
    std::vector<StackRow> evaluate() const;
    // Σ parameters of the layers that fit; the whole stack must fit for this to be meaningful.
    long long totalParameters() const { return m_spec.parameterCount(); }

private:
    core::NetworkSpec m_spec; // input C × H × W, 1 × 28 × 28 until setInput
};

} // namespace convscope::ui
