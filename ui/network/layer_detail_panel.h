#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace convscope::ui {

class NetworkModel;
class TensorView;

// The drill-down of one opened map: a large view of it beside what produced it, and the
// arithmetic behind the value the student clicks in it.
//
//   convolution   the input channels (the window of the clicked value drawn on each), the learned
//                 kernel for each channel and the bias; the per-channel sums, the total and the
//                 ReLU after it; a button to step through it on the Convolution page
//   ReLU          the map before and after: max(0, x)
//   pooling       the map before with the window, the pooled map; a button to the Pooling page
//   vectors       flatten: where the value came from; fully connected: Σ weight × input + bias
class LayerDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayerDetailPanel(NetworkModel* model, QWidget* parent = nullptr);

    // Rebuilds from the model's selection and values.
    void refresh();

    TensorView* mapView() const { return m_mapView; }
    QList<TensorView*> inputViews() const { return m_inputViews; }
    QList<TensorView*> kernelViews() const { return m_kernelViews; }
    QLabel* arithmeticLabel() const { return m_arithmetic; }
    QPushButton* convolutionButton() const { return m_convolutionButton; }
    QPushButton* poolingButton() const { return m_poolingButton; }
    // The arithmetic as plain text, what a screen reader reads.
    QString arithmeticText() const;

signals:
    void openConvolutionRequested();
    void openPoolingRequested();

private:
    void ensureChannelViews(int count);

    NetworkModel* m_model;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_inputsCaption = nullptr;
    QWidget* m_inputsBox = nullptr;
    QGridLayout* m_inputsGrid = nullptr;
    QList<QLabel*> m_channelLabels;
    QList<TensorView*> m_inputViews;
    QList<TensorView*> m_kernelViews;
    QLabel* m_biasLabel = nullptr;
    QLabel* m_moreChannels = nullptr;
    QWidget* m_mapBox = nullptr;
    QLabel* m_mapCaption = nullptr;
    TensorView* m_mapView = nullptr;
    QLabel* m_arithmetic = nullptr;
    QPushButton* m_convolutionButton = nullptr;
    QPushButton* m_poolingButton = nullptr;
};

} // namespace convscope::ui
