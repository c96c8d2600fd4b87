#include "ui/pooling/pooling_grid_lesson.h"

#include "ui/io/korean_particles.h"
#include "ui/io/output_size_text.h"
#include "ui/pooling/pooling_model.h"
#include "ui/shared/number_text.h"
#include "ui/shared/quiz_session.h"
#include "ui/shared/step_player.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/caption.h"
#include "ui/widgets/quiz_bar.h"
#include "ui/widgets/step_animation_export.h"
#include "ui/widgets/step_player_bar.h"
#include "ui/widgets/step_quiz.h"
#include "ui/widgets/tensor_view.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

using io::OutputSizeText;

namespace {

constexpr double poolingMaximumCellSize = 120.0;

// "1, 1, 5, 6": the window's values in reading order.
QString valueList(const core::PoolStep& step)
{
    QStringList values;
    for (const core::PoolTraceCell& cell : step.cells)
        values << formatNumber(cell.value);
    return values.join(QStringLiteral(", "));
}

} // namespace

PoolingGridLesson::PoolingGridLesson(PoolingModel* model, QWidget* page, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_messageLabel = new QLabel;

    // --- settings ---
    m_rows = new QSpinBox;
    m_cols = new QSpinBox;
    m_window = new QSpinBox;
    m_stride = new QSpinBox;
    m_rows->setRange(1, PoolingModel::maxInputSide);
    m_cols->setRange(1, PoolingModel::maxInputSide);
    m_window->setRange(1, PoolingModel::maxWindow);
    m_stride->setRange(1, PoolingModel::maxStride);
    m_rows->setAccessibleName(tr("Input rows"));
    m_cols->setAccessibleName(tr("Input columns"));
    m_window->setAccessibleName(tr("Window size"));
    m_stride->setAccessibleName(tr("Stride"));
    m_window->setToolTip(tr("The window is F×F cells"));
    m_stride->setToolTip(tr("How many cells the window moves at each step; usually the window size"));
    m_focus = new QComboBox;
    for (core::PoolMode mode : PoolingModel::modes)
        m_focus->addItem(PoolingModel::modeName(mode));
    m_focus->setAccessibleName(tr("Pooling marked on the input"));
    m_focus->setToolTip(tr("Whose choice is marked on the input at each step; all three outputs fill in together"));
    auto* random = new QPushButton(tr("Random input"));
    auto* example = new QPushButton(tr("Example"));
    example->setToolTip(tr("A 4×4 input with a 2×2 window and stride 2"));

    connect(m_rows, &QSpinBox::valueChanged, this, [this](int rows) { m_model->setInputSize(rows, m_model->input().dim(-1)); });
    connect(m_cols, &QSpinBox::valueChanged, this, [this](int cols) { m_model->setInputSize(m_model->input().dim(-2), cols); });
    connect(m_window, &QSpinBox::valueChanged, m_model, &PoolingModel::setWindow);
    connect(m_stride, &QSpinBox::valueChanged, m_model, &PoolingModel::setStride);
    connect(m_focus, &QComboBox::activated, this,
            [this](int index) { m_model->setFocus(PoolingModel::modes[static_cast<std::size_t>(index)]); });
    connect(random, &QPushButton::clicked, m_model, &PoolingModel::randomizeInput);
    connect(example, &QPushButton::clicked, m_model, &PoolingModel::resetToExample);

    auto* settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Input")));
    settings->addWidget(m_rows);
    settings->addWidget(new QLabel(QString(times)));
    settings->addWidget(m_cols);
    settings->addSpacing(12);
    auto* windowLabel = new QLabel(tr("Window F"));
    windowLabel->setBuddy(m_window);
    settings->addWidget(windowLabel);
    settings->addWidget(m_window);
    auto* strideLabel = new QLabel(tr("Stride S"));
    strideLabel->setBuddy(m_stride);
    settings->addWidget(strideLabel);
    settings->addWidget(m_stride);
    settings->addSpacing(12);
    settings->addWidget(new QLabel(tr("Mark")));
    settings->addWidget(m_focus);
    settings->addStretch(1);
    settings->addWidget(random);
    settings->addWidget(example);

    // --- the four views ---
    auto* views = new QHBoxLayout;
    auto* inputColumn = new QVBoxLayout;
    inputColumn->addWidget(makeCaption(tr("Input")));
    m_inputView = new TensorView;
    m_inputView->setEditable(true);
    m_inputView->setEditRange(-PoolingModel::maxAbsValue, PoolingModel::maxAbsValue);
    m_inputView->setMaximumCellSize(poolingMaximumCellSize);
    m_inputView->setColourMap(ColourMapKind::Grey);
    m_inputView->setAccessibleName(tr("Pooling input"));
    inputColumn->addWidget(m_inputView, 1);
    views->addLayout(inputColumn, 4);
    connect(m_inputView, &TensorView::valueEdited, this, [this](int row, int col, float value) {
        if (!m_model->setInputValue(row, col, value))
            m_messageLabel->setText(io::fitKoreanParticles(tr("The cell keeps its value: %1 is out of range.").arg(formatNumber(value))));
    });
    connect(m_inputView, &TensorView::editRejected, m_messageLabel, &QLabel::setText);

    for (std::size_t i = 0; i < PoolingModel::modes.size(); ++i) {
        const core::PoolMode mode = PoolingModel::modes[i];
        auto* column = new QVBoxLayout;
        column->addWidget(makeCaption(PoolingModel::modeName(mode)));
        auto* view = new TensorView;
        view->setMaximumCellSize(poolingMaximumCellSize);
        view->setColourMap(ColourMapKind::Grey);
        view->setAccessibleName(PoolingModel::modeName(mode));
        view->setToolTip(tr("Click a cell to see the window it comes from"));
        column->addWidget(view, 1);
        auto* sum = new QLabel;
        sum->setTextFormat(Qt::RichText);
        sum->setWordWrap(true);
        sum->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        sum->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = sum->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        sum->setFont(font);
        sum->setMinimumHeight(QFontMetrics(font).height() * 2 + 4);
        column->addWidget(sum);
        views->addLayout(column, 3);
        m_outputViews[i] = view;
        m_sumLabels[i] = sum;
        connect(view, &TensorView::cellClicked, m_model, &PoolingModel::jumpToOutput);
    }

    // --- the arithmetic of the step, the size formula, the player ---
    m_stepLabel = new QLabel;
    {
        QFont font = m_stepLabel->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.1);
        m_stepLabel->setFont(font);
    }
    m_formulaLabel = new QLabel;
    m_formulaLabel->setTextFormat(Qt::RichText);
    m_formulaLabel->setWordWrap(true);
    m_messageLabel->setWordWrap(true);
    m_controls = new StepPlayerBar(m_model->player());
    m_controls->takeKeysOf(page);
    m_quiz = new StepQuiz(m_model->player(), tr("Predict each output value of the marked pooling before it is shown"), page);
    connect(m_quiz, &StepQuiz::changed, this, &PoolingGridLesson::showStep);

    auto* settingsFrame = new QFrame;
    m_settingsFrame = settingsFrame;
    settingsFrame->setFrameShape(QFrame::StyledPanel);
    auto* settingsLayout = new QVBoxLayout(settingsFrame);
    settingsLayout->setContentsMargins(8, 6, 8, 6);
    settingsLayout->addLayout(settings);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(views, 1);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_formulaLabel);
    layout->addWidget(m_messageLabel);
    // Beside the player: the steps as an animated GIF for slides, drawn by this lesson's own code
    // from the views to the formula.
    auto* controlsRow = new QHBoxLayout;
    controlsRow->addWidget(m_controls, 1);
    QPushButton* saveGif = StepAnimationExport::makeButton(
        this, m_model->player(), [this] { return QRect(0, 0, width(), m_formulaLabel->geometry().bottom() + 1); },
        QStringLiteral("pooling"));
    controlsRow->addWidget(saveGif);
    m_saveGif = saveGif;
    layout->addLayout(controlsRow);
    layout->addWidget(m_quiz->bar());
    layout->addWidget(settingsFrame);

    connect(m_model, &PoolingModel::structureChanged, this, &PoolingGridLesson::showGrid);
    connect(m_model, &PoolingModel::valuesChanged, this, &PoolingGridLesson::showValues);
    connect(m_model->player(), &StepPlayer::positionChanged, this, &PoolingGridLesson::showStep);
    showGrid();
}

QuizBar* PoolingGridLesson::quizBar() const
{
    return m_quiz->bar();
}

QuizSession* PoolingGridLesson::quiz() const
{
    return m_quiz->session();
}

void PoolingGridLesson::saveQuiz(QJsonObject& state) const
{
    m_quiz->session()->saveIntoPage(state);
}

void PoolingGridLesson::restoreQuiz(const QJsonObject& state)
{
    m_quiz->session()->restoreFromPage(state, exerciseDescription());
    showGrid();
}

QList<QWidget*> PoolingGridLesson::presentationHidden() const
{
    return {m_settingsFrame, m_saveGif};
}

void PoolingGridLesson::showGrid()
{
    const core::Tensor& input = m_model->input();
    {
        const QSignalBlocker rows(m_rows);
        const QSignalBlocker cols(m_cols);
        const QSignalBlocker window(m_window);
        const QSignalBlocker stride(m_stride);
        m_rows->setValue(input.dim(-2));
        m_cols->setValue(input.dim(-1));
        m_window->setValue(m_model->window());
        m_stride->setValue(m_model->stride());
    }
    m_focus->setCurrentIndex(static_cast<int>(
        std::find(PoolingModel::modes.begin(), PoolingModel::modes.end(), m_model->focus()) - PoolingModel::modes.begin()));
    showValues();
}

void PoolingGridLesson::showValues()
{
    const core::Tensor& input = m_model->input();
    // One colour scale for the input and the three outputs, so a value keeps its shade.
    const auto [low, high] = std::minmax_element(input.values().begin(), input.values().end());
    const ValueRange range{*low, *high > *low ? *high : *low + 1.0f};
    m_inputView->setValueRange(range);
    m_inputView->setTensorPlane(input, 0);
    for (std::size_t i = 0; i < PoolingModel::modes.size(); ++i) {
        TensorView* view = m_outputViews[i];
        view->setValueRange(range);
        view->setTensorPlane(m_model->output(PoolingModel::modes[i]), 0);
        view->setVisible(m_model->valid());
    }

    // The rows and columns no window reaches.
    QList<CellPos> dropped;
    const int rows = input.dim(-2);
    const int cols = input.dim(-1);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < cols; ++x)
            if (y >= rows - m_model->droppedRows() || x >= cols - m_model->droppedCols())
                dropped.append({y, x});
    m_inputView->setHighlightedCells(CellRole::Uncovered, dropped);

    using Axis = OutputSizeText::Axis;
    const OutputSizeText::Terms rowTerms{rows, m_model->window(), m_model->stride(), 0, 1};
    const OutputSizeText::Terms colTerms{cols, m_model->window(), m_model->stride(), 0, 1};
    QStringList lines;
    lines << OutputSizeText::generalFormula(Axis::Width, false) + QStringLiteral(" ")
                 + OutputSizeText::substitutedFormula(Axis::Width, m_model->outputCols(), colTerms);
    lines << OutputSizeText::generalFormula(Axis::Height, false) + QStringLiteral(" ")
                 + OutputSizeText::substitutedFormula(Axis::Height, m_model->outputRows(), rowTerms);
    if (m_model->outputCols().status != core::OutputSizeStatus::Whole)
        lines << OutputSizeText::explanation(Axis::Width, m_model->outputCols(), colTerms).toHtmlEscaped();
    if (m_model->outputRows().status != core::OutputSizeStatus::Whole)
        lines << OutputSizeText::explanation(Axis::Height, m_model->outputRows(), rowTerms).toHtmlEscaped();
    if (m_model->droppedRows() > 0 || m_model->droppedCols() > 0)
        lines << tr("The crossed-out cells are dropped: pooling has no zero padding, so they never reach the output.");
    m_formulaLabel->setText(lines.join(QStringLiteral("<br>")));
    m_messageLabel->clear();
    {
        const QSignalBlocker blocker(m_quiz->session());
        m_quiz->session()->setExercise(exerciseDescription());
    }
    showStep();
}

void PoolingGridLesson::showStep()
{
    const int position = m_model->player()->position();
    const std::optional<core::PoolStep> asked = m_model->valid() ? m_model->currentStep(m_model->focus()) : std::nullopt;
    // Quiz mode: the marked pooling's cell stays empty, its result "?", until the student answers.
    const bool asking = m_quiz->ask(asked ? std::optional<int>(position - 1) : std::nullopt);
    for (std::size_t i = 0; i < PoolingModel::modes.size(); ++i) {
        const bool hidden = asking && PoolingModel::modes[i] == m_model->focus();
        m_outputViews[i]->setFilledCount(hidden ? position - 1 : position);
        m_outputViews[i]->setHighlightedCells(CellRole::Target, {});
        m_outputViews[i]->setAnnotations(hidden ? QList<CellAnnotation>{{{asked->outY, asked->outX}, QStringLiteral("?")}}
                                                : QList<CellAnnotation>{});
    }
    m_inputView->setWindow({});
    m_inputView->setHighlightedCells(CellRole::Window, {});
    m_inputView->setHighlightedCells(CellRole::Picked, {});
    m_inputView->setAnnotations({});

    for (QLabel* sum : m_sumLabels)
        sum->clear();
    if (!m_model->valid()) {
        m_stepLabel->setText(tr("No window fits"));
        showQuiz({});
        return;
    }
    const std::optional<core::PoolStep> focused = m_model->currentStep(m_model->focus());
    if (!focused) {
        m_stepLabel->setText(tr("Press play or the right arrow key to move the window."));
        showQuiz({});
        return;
    }

    const int window = m_model->window();
    const int top = focused->cells.front().y;
    const int left = focused->cells.front().x;
    const QString rowRange = QString::number(top + 1) + enDash + QString::number(top + window);
    const QString colRange = QString::number(left + 1) + enDash + QString::number(left + window);
    m_stepLabel->setText(tr("Step %1: the window at rows %2, columns %3 gives output row %4, column %5")
                             .arg(QString::number(position), rowRange, colRange, QString::number(focused->outY + 1),
                                  QString::number(focused->outX + 1)));

    QList<CellPos> windowCells;
    for (const core::PoolTraceCell& cell : focused->cells)
        windowCells.append({cell.y, cell.x});
    m_inputView->setWindow(QRect(left, top, window, window));
    m_inputView->setHighlightedCells(CellRole::Window, windowCells);

    QList<CellAnnotation> notes;
    QString workedLine;
    for (std::size_t i = 0; i < PoolingModel::modes.size(); ++i) {
        const core::PoolMode mode = PoolingModel::modes[i];
        const std::optional<core::PoolStep> step = m_model->currentStep(mode);
        if (!step)
            continue;
        m_outputViews[i]->setHighlightedCells(CellRole::Target, {CellPos{step->outY, step->outX}});
        // The asked pooling's result (and the average's sum) are "?" until the student answers.
        const bool hidden = asking && mode == m_model->focus();
        const QString result = bold(hidden ? QStringLiteral("?") : formatNumber(step->result));
        QString line;
        switch (mode) {
        case core::PoolMode::Max:
            line = tr("max(%1) = %2").arg(valueList(*step), result);
            break;
        case core::PoolMode::Average:
            line = tr("(%1) / %2 = %3 / %2 = %4")
                       .arg(valueList(*step).replace(QStringLiteral(", "), QStringLiteral(" + ")))
                       .arg(step->cells.size())
                       .arg(hidden ? QStringLiteral("?") : formatNumber(step->sum), result);
            break;
        case core::PoolMode::Min:
            line = tr("min(%1) = %2").arg(valueList(*step), result);
            break;
        }
        if (mode == m_model->focus())
            workedLine = line;
        // The marks on the chosen cells would give the answer away while asking.
        if (step->chosenCell >= 0 && !asking) {
            const core::PoolTraceCell& chosen = step->cells[static_cast<std::size_t>(step->chosenCell)];
            notes.append({CellPos{chosen.y, chosen.x}, mode == core::PoolMode::Max ? tr("max") : tr("min")});
            if (mode == m_model->focus())
                m_inputView->setHighlightedCells(CellRole::Picked, {CellPos{chosen.y, chosen.x}});
        }
        if (mode == m_model->focus())
            line = QStringLiteral("<span style=\"background-color:#fbe3c8\">") + line + QStringLiteral("</span>");
        m_sumLabels[i]->setText(line);
    }
    m_inputView->setAnnotations(notes);
    showQuiz(workedLine);
}

void PoolingGridLesson::showQuiz(const QString& workedLine)
{
    const std::optional<core::PoolStep> step = m_model->valid() ? m_model->currentStep(m_model->focus()) : std::nullopt;
    const QString mode = PoolingModel::modeName(m_model->focus());
    StepQuiz::Step question;
    if (step) {
        // The true value is the output grid's, which the page reveals: core::pool2d's result.
        question.answer = m_model->output(m_model->focus()).at(0, step->outY, step->outX);
        question.prompt = tr("%1: what is output row %2, column %3? Type it and press Enter.")
                              .arg(mode)
                              .arg(step->outY + 1)
                              .arg(step->outX + 1);
        question.workedLine = workedLine;
    }
    question.idle = m_model->valid()
        ? tr("Step forward: each output value of %1 is asked before it is shown.").arg(mode)
        : tr("No window fits, so there is nothing to ask.");
    m_quiz->show(question);
}

QJsonObject PoolingGridLesson::exerciseDescription() const
{
    QJsonObject description = m_model->saveState();
    for (const char* key : {"position", "mapMode", "mapWindow", "repeats"})
        description.remove(QLatin1String(key));
    return description;
}

} // namespace convscope::ui
