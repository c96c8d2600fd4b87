#pragma once

#include "core/tensor.h"

#include <QList>

#include <array>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace convscope::ui {

class NetworkModel;
class TensorView;

// "Learning discovered edge detectors": every filter of the first convolution layer as a small
// image (its weights as numbers on demand), beside the hand-made preset it most resembles and how
// much (core::compareWithPresets), with a button that tries the filter on the student's own
// picture on the Activation maps page. The hand-made presets are shown above for comparison.
class LearnedFiltersPanel : public QWidget {
    Q_OBJECT

public:
    explicit LearnedFiltersPanel(NetworkModel* model, QWidget* parent = nullptr);

    void refresh();

    // The filters shown: all of the first convolution's, or the first 64 of a wider one.
    int filterCount() const { return m_shownFilters; }
    QString summaryText() const;
    TensorView* filterView(int index) const { return m_filterViews.value(index); }
    TensorView* presetView(int index) const { return m_presetViews.value(index); }
    QString matchText(int index) const;
    QPushButton* tryButton(int index) const { return m_tryButtons.value(index); }
    // A colour network's filter `index`: its kernel for channel 0 (red), 1 (green) or 2 (blue).
    TensorView* channelView(int index, int channel) const
    {
        return index < m_channelViews.size() ? m_channelViews[index][static_cast<std::size_t>(channel)] : nullptr;
    }
    QCheckBox* numbersBox() const { return m_numbers; }

signals:
    // A learned kernel (1 × F × F) to apply on the Activation maps page.
    void applyKernelRequested(const core::Tensor& kernel);

private:
    void showNumbers(bool shown);

    NetworkModel* m_model;
    QLabel* m_summary = nullptr;
    QCheckBox* m_numbers = nullptr;
    QWidget* m_presetRow = nullptr;
    QList<TensorView*> m_referenceViews;
    QWidget* m_cards = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QWidget*> m_cardWidgets;
    QList<TensorView*> m_filterViews;
    QList<TensorView*> m_presetViews;
    QList<QLabel*> m_matchLabels;
    QList<QPushButton*> m_tryButtons;
    QList<QWidget*> m_channelRows;                  // per card: the row of a colour filter's kernels
    QList<std::array<TensorView*, 3>> m_channelViews; // per card: its red, green and blue kernels
    int m_shownFilters = 0;
};

} // namespace convscope::ui
