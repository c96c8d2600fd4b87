#pragma once

#include "core/conv_trace.h"
#include "core/output_size.h"
#include "core/tensor.h"
#include "ui/shared/change_batch.h"
#include "ui/shared/step_player.h"
#include "ui/shared/step_requests.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace convscope::ui {

// An input cell no window ever reads, in input coordinates: y, x may lie in the padding ring
// (negative, or ≥ H / W).
struct InputCell {
    int y = 0;
    int x = 0;
    bool operator==(const InputCell& other) const = default;
};

// The state of the Convolution page: the image, the kernel(s), the bias, stride, zero padding,
// dilation and how far the animation has got. Views read it and never change it; controls call
// the setters, which validate, rebuild the core::ConvTrace and announce what changed.
//
//   image    C × H × W         C = 1 (grey), 3 (RGB), or a trained network layer's channels
//   kernels  1 × C × FH × FW   one FH×FW kernel per input channel, one output channel
//   output   1 × H_out × W_out = core::conv2d(image, kernels, {bias}, stride/padding/dilation)
//
// The animation position counts the output cells written so far: 0 shows an empty output, p ≥ 1
// shows step p − 1 (its window on the input, its products and sum) with p cells filled in.
//
// Change signals are coalesced: however many setters run in one event-loop turn, views get at
// most one structureChanged (shapes or settings) or valuesChanged (cell values only), then one
// positionChanged.
class StepperModel : public QObject {
    Q_OBJECT

public:
    static constexpr int maxImageSide = 64;
    static constexpr int maxKernelSide = 15;
    static constexpr int maxStride = 8;
    static constexpr int maxPadding = 8;
    static constexpr int maxDilation = 5;
    static constexpr int minLoadGrid = 8;
    static constexpr int maxLoadGrid = 32;
    static constexpr float maxAbsValue = 1000.0f; // typed cell values beyond ±1000 are refused
    // Input channels: 1 (grey), 3 (RGB), or up to this many from a trained network's layer.
    static constexpr int maxChannels = 16;

    explicit StepperModel(QObject* parent = nullptr);
    ~StepperModel() override;

    // --- the lesson's settings ----------------------------------------------------------------
    const core::Tensor& image() const { return m_image; }
    const core::Tensor& kernels() const { return m_kernels; }
    float bias() const { return m_bias; }
    int stride() const { return m_stride; }
    int padding() const { return m_padding; }
    int dilation() const { return m_dilation; }
    bool isRgb() const { return m_image.dim(0) == 3 && m_networkSource.isEmpty(); }
    int channels() const { return m_image.dim(0); }
    int imageRows() const { return m_image.dim(1); }
    int imageCols() const { return m_image.dim(2); }
    int kernelRows() const { return m_kernels.dim(2); }
    int kernelCols() const { return m_kernels.dim(3); }
    // The kernel preset last applied, empty once a weight is edited by hand.
    const QString& presetId() const { return m_presetId; }

    // --- what core computed from them ---------------------------------------------------------
    const core::OutputSize& outputRows() const { return m_outputRows; } // H_out and why
    const core::OutputSize& outputCols() const { return m_outputCols; } // W_out and why
    // Null when no window fits (see outputRows/outputCols for the reason).
    const core::ConvTrace* trace() const { return m_trace.get(); }
    const core::Tensor& output() const { return m_output; } // 1 × H_out × W_out, complete
    // Input cells (ring included) that no window reads: the far end of a division that is not
    // whole, or the gaps a dilated window skips.
    const std::vector<InputCell>& uncoveredCells() const { return m_uncovered; }

    // --- animation ----------------------------------------------------------------------------
    int stepCount() const;
    // The step at the current position (position − 1); nullopt at position 0.
    std::optional<core::ConvStep> currentStep() const;
    // The position (output cells written so far, 0…stepCount()), playing and speed. The player
    // bar, the keys and the quiz drive it directly, as on the Pooling page.
    StepPlayer* player() const { return m_player; }
    // Animation positions (step index + 1) of the output cells whose window reads input cell
    // (c, y, x); y and x may lie in the padding ring.
    std::vector<int> positionsReading(int channel, int y, int x) const;

    // --- edits; out-of-range values are clamped, bad cell values refused (false) --------------
    void setImageSize(int rows, int cols);
    void setKernelSize(int rows, int cols);
    bool setImageValue(int channel, int row, int col, float value);
    bool setKernelValue(int channel, int row, int col, float value);
    bool setBias(float bias);
    void setStride(int stride);
    void setPadding(int padding);
    void setDilation(int dilation);
    // RGB: three input channels and three kernels, bias 1; grey keeps the first channel, bias 0.
    void setRgb(bool rgb);
    // Puts a core::kernelPresets() kernel in every channel (resizing the kernel). False for an
    // unknown id.
    bool applyPreset(std::string_view id);
    // Random 0/1 cells, like the lecture's image, from a seed that advances on every call.
    void randomizeImage();
    // Reads a picture, scaled down so its longer side has `gridSide` cells (8…32), values in
    // [0, 1] rounded to 2 decimals so the sums on screen are exact. Returns the error sentence,
    // empty on success; the state is unchanged on error.
    QString loadImage(const QString& path, int gridSide);
    // The lecture's 5×5 image and 3×3 kernel, stride 1, no padding, no dilation, grey.
    void resetToLectureExample();

    // --- one value of a trained network (the Inside the network page) -------------------------
    // Steps through a convolution layer of a trained network on its real data: the request's
    // input C × H × W (1 ≤ C ≤ maxChannels, sides ≤ maxImageSide) and one learned filter
    // 1 × C × F × F, the animation standing on its output cell. Values are kept as they are, not
    // rounded; its title says where they came from, and the ReLU follows the total when the layer
    // has one. False, with nothing changed, when the data exceeds the limits above.
    bool showNetworkStep(const ConvStepRequest& request);
    // Where the data came from, empty unless showNetworkStep set it; a change of shape or setting
    // clears it (edited values keep it).
    const QString& networkSource() const { return m_networkSource; }
    bool reluFollows() const { return m_reluFollows; }

    // Shows output cell (row, col) being written: position = its step + 1.
    void jumpToOutput(int row, int col);

    // --- persistence (settings now, lesson files later) ---------------------------------------
    QJsonObject saveState() const;
    // Applies a saved state, clamping every number; false (state unchanged) when it is damaged.
    bool restoreState(const QJsonObject& state);

signals:
    void structureChanged(); // shapes, stride, padding, dilation, channel mode
    void valuesChanged();    // cell values or bias, same shapes
    void positionChanged(int position);

private:
    enum Change { Values = 1, Structure = 2, Position = 4 };
    void emitChanges(int changes);
    // Rebuilds the trace, output and uncovered cells from the settings; `structural` says
    // whether shapes or settings changed, in which case the position restarts or clamps.
    void recompute(bool structural);

    core::Tensor m_image;   // C × H × W
    core::Tensor m_kernels; // 1 × C × FH × FW
    float m_bias = 0.0f;
    int m_stride = 1;
    int m_padding = 0;
    int m_dilation = 1;
    QString m_presetId;
    QString m_networkSource;
    bool m_reluFollows = false;
    unsigned m_randomSeed = 1;

    core::OutputSize m_outputRows;
    core::OutputSize m_outputCols;
    std::unique_ptr<core::ConvTrace> m_trace;
    core::Tensor m_output;
    std::vector<InputCell> m_uncovered;

    StepPlayer* m_player; // position: output cells written so far, 0…stepCount()

    ChangeBatch m_changes{this, [this](int changes) { emitChanges(changes); }};
};

} // namespace convscope::ui
