#pragma once

#include "ui/training/training_history.h"

#include <QWidget>

class QChart;
class QCheckBox;
class QLogValueAxis;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace convscope::ui {

// The live loss chart (every batch's loss, its smoothed line and the test loss after each epoch)
// and the accuracy chart (the smoothed batch accuracy and the test accuracy after each epoch),
// side by side, both over epochs. Points are appended in chunks (the model sends a few per
// second), so a chart redraws a few times a second however fast the batches come.
class TrainingCharts : public QWidget {
    Q_OBJECT

public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    // Redraws everything from `history`; the x axis runs to `lastEpoch`.
    void showHistory(const TrainingHistory& history, int lastEpoch);
    // Appends history.batches() from `first` on.
    void appendBatches(const TrainingHistory& history, int first);
    // Redraws the per-epoch points.
    void showEpochs(const TrainingHistory& history);
    void setLastEpoch(int lastEpoch);

    // Points drawn, for tests and the accessible description.
    int batchPointCount() const;
    int epochPointCount() const;

    QChartView* lossView() const { return m_lossView; }
    QChartView* accuracyView() const { return m_accuracyView; }
    // The loss axis in powers of ten: chosen by the box, or by itself while the box was never
    // touched since the run began, once the batch losses span more than a factor of
    // logarithmicSpan (a loss that jumps to 10⁸ would flatten everything else to the floor).
    static constexpr double logarithmicSpan = 100.0;
    bool isLogarithmic() const;
    // Not in the charts' own layout: the page places it with its controls, so the charts keep
    // their height.
    QCheckBox* logarithmicBox() const { return m_logarithmic; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Titles, axes and legends in the widget's font, so presentation mode and the zoom enlarge
    // them with the rest of the page.
    void applyFonts();
    void updateLossAxis(const TrainingHistory& history);
    void updateAccuracyAxis(const TrainingHistory& history);
    void setLogarithmic(bool logarithmic);

    QChartView* m_lossView = nullptr;
    QChartView* m_accuracyView = nullptr;
    QLineSeries* m_batchLoss = nullptr;
    QLineSeries* m_smoothedLoss = nullptr;
    QLineSeries* m_testLoss = nullptr;
    QLineSeries* m_smoothedAccuracy = nullptr;
    QLineSeries* m_testAccuracy = nullptr;
    QValueAxis* m_lossX = nullptr;
    QValueAxis* m_lossY = nullptr;
    QLogValueAxis* m_lossLogY = nullptr;
    QCheckBox* m_logarithmic = nullptr;
    bool m_scaleChosen = false; // the box was clicked since the run began
    QValueAxis* m_accuracyX = nullptr;
    QValueAxis* m_accuracyY = nullptr;
    double m_lowestAccuracy = 1.0; // of the points drawn, for the accuracy axis
};

} // namespace convscope::ui
