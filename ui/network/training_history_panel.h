#pragma once

#include "ui/network/network_flow_view.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

namespace convscope::ui {

class NetworkModel;
class ProbabilityBars;
class TensorView;

// The filters and one input's maps as they were after each epoch of the last training on the
// Training page (core::EpochSnapshot), with a slider to scrub through the epochs and watch the random
// filters change. Before any training here it says where the history comes from.
class TrainingHistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingHistoryPanel(NetworkModel* model, QWidget* parent = nullptr);

    void refresh();
    void showEpoch(int index);

    QSlider* slider() const { return m_slider; }
    QLabel* messageLabel() const { return m_message; }
    NetworkFlowView* flowView() const { return m_flow; }
    int shownSnapshot() const { return m_shown; }

signals:
    void trainingPageRequested();

private:
    NetworkModel* m_model;
    QLabel* m_message = nullptr;
    QPushButton* m_trainingButton = nullptr;
    QWidget* m_content = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_epochLabel = nullptr;
    QWidget* m_filterRow = nullptr;
    QList<TensorView*> m_filterViews;
    NetworkFlowView* m_flow = nullptr;
    ProbabilityBars* m_bars = nullptr;
    int m_shown = -1;
};

} // namespace convscope::ui
