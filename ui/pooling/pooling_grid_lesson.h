#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QSpinBox;

namespace convscope::ui {

class PoolingModel;
class QuizBar;
class QuizSession;
class StepPlayerBar;
class StepQuiz;
class TensorView;

// The upper half of the Pooling lesson: max, average and min pooling of one small input side by
// side, stepped like the convolution (the window, its values, the value chosen or the average,
// the output cells filling in, the dropped cells of sizes that do not divide), with the quiz
// that asks the marked pooling's next value.
class PoolingGridLesson : public QWidget {
    Q_OBJECT

public:
    // `page` is the lesson page: its keys drive the player, and an answer gives it the focus back.
    PoolingGridLesson(PoolingModel* model, QWidget* page, QWidget* parent = nullptr);

    // The quiz's part of the page state, next to the model's.
    void saveQuiz(QJsonObject& state) const;
    // Takes the quiz back from a page state the model has just restored, and draws it all.
    void restoreQuiz(const QJsonObject& state);
    // Presentation keeps the views and the player: the settings and the GIF button go.
    QList<QWidget*> presentationHidden() const;

    // Controls, for tests and keyboard users.
    TensorView* inputView() const { return m_inputView; }
    TensorView* outputView(int modeIndex) const { return m_outputViews[static_cast<std::size_t>(modeIndex)]; }
    QLabel* stepLabel() const { return m_stepLabel; }
    // The arithmetic of the current step under each output: max(…), (… ) / n, min(…).
    QLabel* sumLabel(int modeIndex) const { return m_sumLabels[static_cast<std::size_t>(modeIndex)]; }
    QLabel* formulaLabel() const { return m_formulaLabel; }
    StepPlayerBar* controls() const { return m_controls; }
    // Quiz mode: the student types the marked pooling's next output value before it is shown.
    QuizBar* quizBar() const;
    QuizSession* quiz() const;
    QSpinBox* rowsBox() const { return m_rows; }
    QSpinBox* colsBox() const { return m_cols; }
    QSpinBox* windowBox() const { return m_window; }
    QSpinBox* strideBox() const { return m_stride; }

private:
    // Structure: the settings' controls, then the values.
    void showGrid();
    // Values: the input and outputs, the size formula and the dropped cells, then the step.
    void showValues();
    void showStep();
    // The quiz bar's text for the step just drawn.
    void showQuiz(const QString& workedLine);
    // What the quiz's answers are about: the input, window, stride and marked pooling.
    QJsonObject exerciseDescription() const;

    PoolingModel* m_model;

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
    StepQuiz* m_quiz = nullptr;
    QWidget* m_settingsFrame = nullptr;
    QWidget* m_saveGif = nullptr;
};

} // namespace convscope::ui
