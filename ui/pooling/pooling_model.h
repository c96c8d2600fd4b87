#pragma once

#include "core/output_size.h"
#include "core/pool2d.h"
#include "core/pool_trace.h"
#include "core/tensor.h"
#include "ui/shared/change_batch.h"
#include "ui/widgets/colour_map.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace convscope::ui {

class StepPlayer;

// State of the Pooling page, in two parts.
//
// The grid: a small input, one window and stride, and the three poolings of the lecture side by
// side (max, average, min of the same windows), stepped like the convolution:
//   input   1 × H × W
//   output  1 × H_out × W_out for each mode,  H_out = ⌊(H − F)/S⌋ + 1 (core::outputSize, P = 0)
// Input rows and columns past the last window are dropped and shown as such.
//
// The map: an activation map from the Activation maps page, pooled once, twice or three times
// with one mode and window, so the student sees it shrink (512×512 → 256×256 → 128×128) while
// max pooling keeps the strongest edges.
//
// Change signals are coalesced as StepperModel's are: however many setters run in one event-loop
// turn, views get at most one structureChanged (shapes or settings of the grid) or valuesChanged
// (input values only, same shapes), and one mapChanged. The step position is the player's.
class PoolingModel : public QObject {
    Q_OBJECT

public:
    static constexpr int maxInputSide = 16;
    static constexpr int maxWindow = 6;
    static constexpr int maxStride = 6;
    static constexpr int maxRepeats = 3;
    static constexpr float maxAbsValue = 1000.0f;
    static constexpr std::array<core::PoolMode, 3> modes{core::PoolMode::Max, core::PoolMode::Average,
                                                         core::PoolMode::Min};

    explicit PoolingModel(QObject* parent = nullptr);

    // --- the grid -----------------------------------------------------------------------------
    const core::Tensor& input() const { return m_input; }
    int window() const { return m_window; }
    int stride() const { return m_stride; }
    // Which pooling's choice the step marks on the input (all three outputs always fill in).
    core::PoolMode focus() const { return m_focus; }

    void setInputSize(int rows, int cols);
    bool setInputValue(int row, int col, float value);
    // Random whole numbers 0…9, from a seed that advances on every call.
    void randomizeInput();
    // A 4×4 input with a 2×2 window and stride 2: max [[6, 8], [3, 4]].
    void resetToExample();
    // A block of a trained network's pooling layer input (the Inside the network page): `input`
    // 1 × H × W with sides ≤ maxInputSide, the layer's window, stride and mode, standing on
    // output cell (row, col). False, with nothing changed, when it exceeds the limits.
    bool showNetworkStep(const core::Tensor& input, core::PoolMode mode, int window, int stride, int row, int col);
    // The stride follows the window while they are equal (the usual "stride = window").
    void setWindow(int window);
    void setStride(int stride);
    void setFocus(core::PoolMode mode);

    bool valid() const { return m_outputRows.valid() && m_outputCols.valid(); }
    const core::OutputSize& outputRows() const { return m_outputRows; }
    const core::OutputSize& outputCols() const { return m_outputCols; }
    // The complete output of one mode; empty when no window fits.
    const core::Tensor& output(core::PoolMode mode) const;
    int droppedRows() const { return m_droppedRows; }
    int droppedCols() const { return m_droppedCols; }

    StepPlayer* player() const { return m_player; }
    // The step at the current position (position − 1) for one mode; nullopt at position 0.
    std::optional<core::PoolStep> currentStep(core::PoolMode mode) const;
    // Jumps to the step that writes output cell (row, col).
    void jumpToOutput(int row, int col);

    // --- the map ------------------------------------------------------------------------------
    // The map, its name, and how to colour it (the Activation maps page's choice): a fixed range
    // or, when nullopt, the source map's automatic range, used for the pooled maps too.
    void setSourceMap(const core::Tensor& map, const QString& name, ColourMapKind colourMap = ColourMapKind::Grey,
                      const std::optional<ValueRange>& fixedRange = std::nullopt);
    const core::Tensor& sourceMap() const { return m_source; }
    const QString& sourceName() const { return m_sourceName; }
    ColourMapKind mapColours() const { return m_mapColours; }
    // One range for the map before and after pooling, so a value looks the same in both.
    ValueRange mapRange() const { return m_mapRange; }
    void setMapMode(core::PoolMode mode);
    void setMapWindow(int window);
    void setRepeats(int repeats);
    core::PoolMode mapMode() const { return m_mapMode; }
    int mapWindow() const { return m_mapWindow; }
    int repeats() const { return m_repeats; }
    // The map after each pooling, at most repeats() of them; fewer when the map became too small.
    const std::vector<core::Tensor>& pooledMaps() const { return m_pooled; }
    // Why fewer poolings than asked were possible, translated; empty otherwise.
    const QString& mapNote() const { return m_mapNote; }

    static QString modeName(core::PoolMode mode);

    // --- persistence (language switch, lesson files) -----------------------------------------
    // The grid (input, window, stride, marked pooling, step) and the map's pooling settings; the
    // map itself comes from the Activation maps page.
    QJsonObject saveState() const;
    // Applies a saved state, clamping every number; a damaged input keeps the current one.
    void restoreState(const QJsonObject& state);

signals:
    void structureChanged(); // the grid's input size, window, stride or marked pooling
    void valuesChanged();    // the grid's input values, same shapes
    void mapChanged();       // the map, its pooling settings or its pooled maps

private:
    enum Change { Values = 1, Structure = 2, Map = 4 };
    void emitChanges(int changes);
    // Rebuilds the outputs and traces of the grid; `structural` restarts the player.
    void recomputeGrid(bool structural = true);
    void recomputeMap();

    core::Tensor m_input;
    int m_window = 2;
    int m_stride = 2;
    core::PoolMode m_focus = core::PoolMode::Max;
    unsigned m_seed = 1;
    core::OutputSize m_outputRows;
    core::OutputSize m_outputCols;
    std::array<core::Tensor, 3> m_outputs;                 // indexed like modes
    std::array<std::optional<core::PoolTrace>, 3> m_traces; // indexed like modes
    int m_droppedRows = 0;
    int m_droppedCols = 0;
    StepPlayer* m_player = nullptr;

    core::Tensor m_source;
    QString m_sourceName;
    ColourMapKind m_mapColours = ColourMapKind::Grey;
    ValueRange m_mapRange;
    core::PoolMode m_mapMode = core::PoolMode::Max;
    int m_mapWindow = 2;
    int m_repeats = 1;
    std::vector<core::Tensor> m_pooled;
    QString m_mapNote;

    ChangeBatch m_changes{this, [this](int changes) { emitChanges(changes); }};
};

} // namespace convscope::ui
