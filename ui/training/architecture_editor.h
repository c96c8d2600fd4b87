#pragma once

#include "core/nn/layer_spec.h"
#include "core/nn/network_spec.h"

#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace convscope::ui {

// The network as a list of layers with the shape after each, as on the Output size page: a preset
// to start from, a table (layer, output shape [W, H, K], parameters), a row of fields to edit the
// selected layer (K filters, F size, S stride, P padding as the lecture names them), buttons to
// add, remove and move layers, and the problem of an invalid stack with the layer at fault named
// and marked. The editor shows what it is given and reports edits; the page model applies them.
class ArchitectureEditor : public QWidget {
    Q_OBJECT

public:
    explicit ArchitectureEditor(QWidget* parent = nullptr);

    // `shapes` is core's inference for `spec`; `preset` the id it matches ("classroom",
    // "tutorial") or empty; `problem` the sentence naming the layer at fault (`faultyLayer`).
    void setNetwork(const core::NetworkSpec& spec, const std::vector<core::LayerShape>& shapes, const QString& preset,
              long long parameters, const QString& problem, int faultyLayer);
    // Read-only while a network exists; `reason` says how to edit again.
    void setEditable(bool editable, const QString& reason);

    int selectedLayer() const;
    void selectLayer(int index);
    QTableWidget* table() const { return m_table; }

signals:
    void presetChosen(const QString& id);
    void layerReplaced(int index, const core::LayerSpec& layer);
    void layerInserted(int index, const core::LayerSpec& layer);
    void layerRemoved(int index);
    void layerMoved(int from, int to);

private:
    void showSelectedLayer();
    void emitEditedLayer();
    void updateButtons();

    core::NetworkSpec m_spec;
    bool m_editable = true;
    QComboBox* m_preset = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_unitsLabel = nullptr;
    QSpinBox* m_units = nullptr;
    QLabel* m_windowLabel = nullptr;
    QSpinBox* m_window = nullptr;
    QLabel* m_strideLabel = nullptr;
    QSpinBox* m_stride = nullptr;
    QLabel* m_paddingLabel = nullptr;
    QSpinBox* m_padding = nullptr;
    QLabel* m_rateLabel = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QLabel* m_epsilonLabel = nullptr;
    QDoubleSpinBox* m_epsilon = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_locked = nullptr;
    bool m_updating = false;
};

} // namespace convscope::ui
