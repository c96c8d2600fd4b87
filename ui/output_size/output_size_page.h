#pragma once

#include "ui/shared/page.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace convscope::ui {

class OutputSizeModel;
class QuizBar;
class QuizSession;
class ShapeBlockView;

// The Output size lesson: W_out = (W_in − F + 2P)/S + 1 with every term on a slider, the numbers
// substituted, the result [W_out, H_out, K] drawn as a block, and a stack of conv/pool layers with
// the shape and parameter count after each.
class OutputSizePage : public QWidget, public Page {
    Q_OBJECT

public:
    explicit OutputSizePage(QWidget* parent = nullptr);

    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    // Undo takes back the layer's numbers and the stack's layers.
    QJsonObject editableState() const override;
    void setEditableState(const QJsonObject& state) override;
    QString editName(const QStringList& keys) const override;
    // The sliders are the lesson here; presentation only drops the stack's edit buttons.
    QList<QWidget*> presentationHidden() const override { return {m_stackButtons}; }

    OutputSizeModel* model() const { return m_model; }

    // Controls, for tests and keyboard users.
    QPushButton* mnistButton() const { return m_mnistButton; }
    QLabel* shapeLabel() const { return m_shapeLabel; }
    QLabel* explanationLabel() const { return m_explanationLabel; }
    QTableWidget* stackTable() const { return m_stackTable; }
    ShapeBlockView* shapeBlocks() const { return m_blocks; }
    ShapeBlockView* stackBlocks() const { return m_stackBlocks; }
    // Quiz mode: the student types W_out, H_out and K before the shape is shown.
    QuizBar* quizBar() const { return m_quizBar; }
    QuizSession* quiz() const { return m_quiz; }
    QLabel* widthFormulaLabel() const { return m_widthFormula; }
    QSpinBox* spinBox(int field) const { return m_fields[static_cast<std::size_t>(field)].spin; }

    // The order of the fields in spinBox().
    enum Field { InputWidth, InputHeight, InputChannels, Filter, Stride, Padding, Filters, Dilation, FieldCount };

private:
    struct FieldControls {
        QSlider* slider = nullptr;
        QSpinBox* spin = nullptr;
    };

    QWidget* createSettingsPanel();
    QWidget* createResultPanel();
    QWidget* createStackPanel();
    void showSettings();
    void showStack();
    void rebuildStackTable();
    void editLayer(int index);
    // While the quiz asks, the shape and the results of the formulas are "?".
    void hideAnswer();
    void refreshQuiz();
    void checkAnswer(const QStringList& answers);

    OutputSizeModel* m_model = nullptr;
    std::array<FieldControls, FieldCount> m_fields{};
    QPushButton* m_mnistButton = nullptr;
    QLabel* m_widthFormula = nullptr;
    QLabel* m_heightFormula = nullptr;
    QLabel* m_depthFormula = nullptr;
    QLabel* m_shapeLabel = nullptr;
    QLabel* m_parametersLabel = nullptr;
    QLabel* m_explanationLabel = nullptr;
    ShapeBlockView* m_blocks = nullptr;
    QTableWidget* m_stackTable = nullptr;
    QLabel* m_stackTotal = nullptr;
    QWidget* m_stackButtons = nullptr;
    ShapeBlockView* m_stackBlocks = nullptr;
    bool m_updatingStack = false;
    QuizSession* m_quiz = nullptr;
    QuizBar* m_quizBar = nullptr;
};

} // namespace convscope::ui
