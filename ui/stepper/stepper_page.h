#pragma once

#include "ui/shared/page.h"
#include "ui/stepper/stepper_model.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <utility>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace convscope::ui {

class QuizBar;
class QuizSession;
class StepPlayerBar;
class StepQuiz;
class StepperSettingsPanel;
class TensorView;

// The Convolution page: the lecture's two frozen figures made playable. Input image (with its
// zero-padding ring), kernel and "Convolved Feature" side by side; at each step the window on
// the input with every cell's kernel weight ("×1"), the sum written out, the output cell being
// written. Under the output, the output size formula with the current numbers.
//
// Keys (the player bar's, when no text field has the focus): Space play/pause, ←/→ step, Home/End.
// Clicking an output cell jumps to its step; clicking an input cell shows the outputs it feeds.
class StepperPage : public QWidget, public Page {
    Q_OBJECT

public:
    explicit StepperPage(QWidget* parent = nullptr);
    ~StepperPage() override;

    StepperModel* model() const { return m_model; }
    StepperSettingsPanel* settingsPanel() const { return m_settings; }
    StepPlayerBar* controls() const { return m_controls; }
    // Quiz mode: the student types each output value before it is shown.
    QuizBar* quizBar() const;
    QuizSession* quiz() const;
    // Channel c of the input and its kernel; the output.
    TensorView* inputView(int channel = 0) const { return m_inputViews.value(channel); }
    TensorView* kernelView(int channel = 0) const { return m_kernelViews.value(channel); }
    TensorView* outputView() const { return m_outputView; }
    // The sum written out for the current step, as plain text (what a screen reader reads).
    QString sumText() const;
    QString formulaText() const;
    QString messageText() const;

    // Page: the model's whole state; undo takes back the image, kernel and settings, not the
    // animation's place; presentation mode hides the settings panel.
    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    QJsonObject editableState() const override;
    void setEditableState(const QJsonObject& state) override;
    QString editName(const QStringList& keys) const override;
    QList<QWidget*> presentationHidden() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshStructure();
    void refreshValues();
    void refreshStep();
    void refreshFormula();
    void refreshPicked();
    // What the quiz's answers are about: everything but the position and the speed.
    QJsonObject exerciseDescription() const;
    void pickInputCell(int channel, int row, int col);
    void showMessage(const QString& text);
    // A view's caption that grows with the page.
    QLabel* makeScaledCaption(const QString& text);
    QLabel* makeOperator(const QString& text);
    // Registers a label whose font is `scale` × the application font, growing with the page.
    void scaleText(QWidget* widget, double scale, bool bold = false);
    void applyTextScale(QWidget* widget, double scale) const;
    void equaliseChannelCells();
    void fitSumScroll();
    // Saves the state half a second after the last change, not on every step of an animation.
    void requestSave();
    void saveState() const;

    StepperModel* m_model;
    QList<TensorView*> m_inputViews;  // one per channel (R, G, B); only the first in grey mode
    QList<TensorView*> m_kernelViews; // likewise
    QList<QLabel*> m_channelLabels;   // "Red" beside each input view (RGB only)
    QList<QLabel*> m_kernelChannelLabels; // "Red" beside each kernel view (RGB only)
    TensorView* m_outputView = nullptr;
    QLabel* m_kernelCaption = nullptr;
    QLabel* m_kernelDescription = nullptr;
    QLabel* m_noWindowLabel = nullptr;
    QLabel* m_formulaLabel = nullptr;
    QLabel* m_sumLabel = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_sourceLabel = nullptr; // where the data came from, for a trained network's value
    QGridLayout* m_inputGrid = nullptr;  // the channel rows of the image column
    QGridLayout* m_kernelGrid = nullptr; // and of the kernel column
    QScrollArea* m_sumScroll = nullptr;
    QBoxLayout* m_viewsRow = nullptr;
    StepPlayerBar* m_controls = nullptr;
    StepperSettingsPanel* m_settings = nullptr;
    StepQuiz* m_quiz = nullptr;
    QTimer m_saveTimer;
    QList<std::pair<QWidget*, double>> m_scaledText;
    bool m_equalisePending = false;

    // The input cell the student clicked (channel, row, col) and the outputs it feeds.
    struct Picked {
        int channel = 0;
        int row = 0;
        int col = 0;
    };
    std::optional<Picked> m_picked;
};

} // namespace convscope::ui
