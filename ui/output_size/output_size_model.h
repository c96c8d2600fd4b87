#pragma once

#include "core/output_size.h"
#include "ui/output_size/layer_stack.h"
#include "ui/shared/change_batch.h"

#include <QJsonObject>
#include <QObject>

namespace convscope::ui {

// The numbers of one convolution layer, named as in the lecture.
struct OutputSizeSettings {
    int inputWidth = 32;   // W_in
    int inputHeight = 32;  // H_in
    int inputChannels = 3; // C: depth of the input, needed for the parameter count
    int filter = 5;        // F: the kernel is F×F
    int stride = 1;        // S
    int padding = 0;       // P: zero-padding on every side
    int filters = 8;       // K: number of filters, the output depth
    int dilation = 1;      // D: F_eff = D·(F − 1) + 1

    bool operator==(const OutputSizeSettings&) const = default;

    // The lecture's example: a 28×28×1 MNIST image, F=4, S=2, P=1, K=64 → [14, 14, 64].
    static OutputSizeSettings mnistExample() { return {28, 28, 1, 4, 2, 1, 64, 1}; }
};

// State of the Output size page: one layer's settings with its output shape, and the stack builder.
// Every number comes from core (core::outputSize, core::NetworkSpec); the page only shows them.
//
// Change signals are coalesced as StepperModel's are: however many edits run in one event-loop
// turn, views get at most one settingsChanged and one stackChanged.
class OutputSizeModel : public QObject {
    Q_OBJECT

public:
    explicit OutputSizeModel(QObject* parent = nullptr);

    const OutputSizeSettings& settings() const { return m_settings; }
    void setSettings(const OutputSizeSettings& settings);
    void loadMnistExample() { setSettings(OutputSizeSettings::mnistExample()); }

    // W_out = (W_in − F_eff + 2P)/S + 1 and H_out likewise, with their statuses.
    core::OutputSize widthSize() const { return m_widthSize; }
    core::OutputSize heightSize() const { return m_heightSize; }
    bool outputValid() const { return m_widthSize.valid() && m_heightSize.valid(); }
    // The output shape [W_out, H_out, K]; only meaningful when outputValid().
    StackShape outputShape() const;
    // K·(C·F·F + 1): F·F weights per input channel and one bias, for each of the K filters.
    long long parameterCount() const;

    // The stack starts from the same input shape [W_in, H_in, C] as the single layer.
    const LayerStack& stack() const { return m_stack; }
    void appendLayer(const core::LayerSpec& layer);
    void removeLayer(int index);
    void replaceLayer(int index, const core::LayerSpec& layer);
    void resetStack();

    // --- persistence (language switch, lesson files) -----------------------------------------
    QJsonObject saveState() const;
    // Applies a saved state, clamping every number to the page's ranges; unknown layers are skipped.
    void restoreState(const QJsonObject& state);

signals:
    void settingsChanged(); // the single layer's numbers
    void stackChanged();    // the stack's layers, or its input (the single layer's input)

private:
    enum Change { Settings = 1, Stack = 2 };
    void emitChanges(int changes);
    void recompute();

    OutputSizeSettings m_settings;
    core::OutputSize m_widthSize;
    core::OutputSize m_heightSize;
    LayerStack m_stack = LayerStack::classroom();

    ChangeBatch m_changes{this, [this](int changes) { emitChanges(changes); }};
};

} // namespace convscope::ui
