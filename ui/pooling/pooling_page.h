#pragma once

#include "ui/widgets/page.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QButtonGroup;
class QComboBox;
class QLabel;
class QSpinBox;

namespace convscope::ui {

class CurrentActivationMap;
class PoolingModel;
class QuizBar;
class QuizSession;
class StepPlayerBar;
class TensorView;

// The Pooling lesson. Above: max, average and min pooling of one small input side by side,
// stepped like the convolution (the window, its values, the value chosen or the average, the
// output cells filling in, the dropped cells of sizes that do not divide). Below: an activation
// map from the Activation maps page beside the same map pooled once, twice or three times, at
// the same display size, with the sizes before and after.
class PoolingPage : public QWidget, public Page {
    Q_OBJECT

public:
    // `shared` supplies the activation map to pool (ActivationPage::currentMap()); it may be null
    // or be deleted first, and the map part then waits.
    explicit PoolingPage(CurrentActivationMap* shared = nullptr, QWidget* parent = nullptr);

    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    // Presentation keeps the views and the player: the grid settings and the map's controls go.
    QList<QWidget*> presentationHidden() const override;

    PoolingModel* model() const { return m_model; }

    // Controls, for tests and keyboard users.
    TensorView* inputView() const { return m_inputView; }
    TensorView* outputView(int modeIndex) const { return m_outputViews[static_cast<std::size_t>(modeIndex)]; }
    QLabel* stepLabel() const { return m_stepLabel; }
    // The arithmetic of the current step under each output: max(…), (… ) / n, min(…).
    QLabel* sumLabel(int modeIndex) const { return m_sumLabels[static_cast<std::size_t>(modeIndex)]; }
    QLabel* formulaLabel() const { return m_formulaLabel; }
    StepPlayerBar* controls() const { return m_controls; }
    // Quiz mode: the student types the marked pooling's next output value before it is shown.
    QuizBar* quizBar() const { return m_quizBar; }
    QuizSession* quiz() const { return m_quiz; }
    QSpinBox* rowsBox() const { return m_rows; }
    QSpinBox* colsBox() const { return m_cols; }
    QSpinBox* windowBox() const { return m_window; }
    QSpinBox* strideBox() const { return m_stride; }
    TensorView* sourceMapView() const { return m_sourceView; }
    TensorView* pooledMapView() const { return m_pooledView; }
    QLabel* mapSizesLabel() const { return m_mapSizes; }
    QButtonGroup* repeatButtons() const { return m_repeatGroup; }
    QComboBox* mapModeBox() const { return m_mapMode; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createGridPart();
    QWidget* createMapPart();
    void showGrid();
    void showStep();
    void showMaps();
    void takeSharedMap();
    // The quiz's part of a step: asks, or says right or wrong with the worked line.
    void refreshQuiz(const QString& workedLine);
    void checkAnswer(const QStringList& answers);
    // What the quiz's answers are about: the input, window, stride and marked pooling.
    QJsonObject exerciseDescription() const;

    PoolingModel* m_model = nullptr;
    QPointer<CurrentActivationMap> m_shared;
    bool m_sharedPending = false;

    QSpinBox* m_rows = nullptr;
    QSpinBox* m_cols = nullptr;
    QSpinBox* m_window = nullptr;
    QSpinBox* m_stride = nullptr;
    QComboBox* m_focus = nullptr;
    TensorView* m_inputView = nullptr;
    std::array<TensorView*, 3> m_outputViews{};
    QLabel* m_stepLabel = nullptr;
    std::array<QLabel*, 3> m_sumLabels{};
    QLabel* m_formulaLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    StepPlayerBar* m_controls = nullptr;
    QuizSession* m_quiz = nullptr;
    QuizBar* m_quizBar = nullptr;
    QWidget* m_settingsFrame = nullptr;
    QWidget* m_mapControls = nullptr;

    QComboBox* m_mapMode = nullptr;
    QComboBox* m_mapWindow = nullptr;
    QButtonGroup* m_repeatGroup = nullptr;
    QLabel* m_sourceCaption = nullptr;
    QLabel* m_pooledCaption = nullptr;
    TensorView* m_sourceView = nullptr;
    TensorView* m_pooledView = nullptr;
    QLabel* m_mapSizes = nullptr;
};

} // namespace convscope::ui
