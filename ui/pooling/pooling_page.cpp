#include "ui/pooling/pooling_page.h"

#include "ui/activation/current_activation_map.h"
#include "ui/io/output_size_text.h"
#include "ui/pooling/pooling_model.h"
#include "ui/widgets/number_text.h"
#include "ui/widgets/quiz_bar.h"
#include "ui/widgets/quiz_session.h"
#include "ui/widgets/step_animation_export.h"
#include "ui/widgets/step_player.h"
#include "ui/widgets/step_player_bar.h"
#include "ui/widgets/tensor_view.h"
#include "ui/widgets/text_symbols.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

using io::OutputSizeText;

namespace {

constexpr double poolingMaximumCellSize = 120.0;

QLabel* makeCaption(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}

QString mapSizeText(const core::Tensor& map)
{
    return QString::number(map.dim(-1)) + times + QString::number(map.dim(-2));
}


// "1, 1, 5, 6": the window's values in reading order.
QString valueList(const core::PoolStep& step)
{
    QStringList values;
    for (const core::PoolTraceCell& cell : step.cells)
        values << formatNumber(cell.value);
    return values.join(QStringLiteral(", "));
}

QString repeatText(int repeats)
{
    switch (repeats) {
    case 1: return PoolingPage::tr("once");
    case 2: return PoolingPage::tr("twice");
    default: return PoolingPage::tr("three times");
    }
}

} // namespace

PoolingPage::PoolingPage(CurrentActivationMap* shared, QWidget* parent)
    : QWidget(parent)
    , m_model(new PoolingModel(this))
    , m_shared(shared)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pooling"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(createGridPart());
    splitter->addWidget(createMapPart());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_model, &PoolingModel::gridChanged, this, &PoolingPage::showGrid);
    connect(m_model->player(), &StepPlayer::positionChanged, this, &PoolingPage::showStep);
    connect(m_model, &PoolingModel::mapChanged, this, &PoolingPage::showMaps);
    if (m_shared) {
        // Pooling a megapixel map three ways costs little, but only do it when the page is seen.
        connect(m_shared, &CurrentActivationMap::mapChanged, this, [this] {
            m_sharedPending = true;
            if (isVisible())
                takeSharedMap();
        });
        m_sharedPending = true;
        takeSharedMap();
    }
    showGrid();
    showMaps();
}

QWidget* PoolingPage::createGridPart()
{
    auto* part = new QWidget;
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
            m_messageLabel->setText(tr("The cell keeps its value: %1 is out of range.").arg(formatNumber(value)));
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
    m_quiz = new QuizSession(this);
    m_quizBar = new QuizBar({QString()}, tr("Predict each output value of the marked pooling before it is shown"), true);
    connect(m_quizBar, &QuizBar::toggled, m_quiz, &QuizSession::setOn);
    connect(m_quizBar, &QuizBar::submitted, this, &PoolingPage::checkAnswer);
    connect(m_quizBar, &QuizBar::resetClicked, m_quiz, &QuizSession::resetScore);
    connect(m_quiz, &QuizSession::changed, this, &PoolingPage::showStep);
    // Play would pass over the question being asked: it waits for the answer.
    connect(m_model->player(), &StepPlayer::playingChanged, this, [this](bool playing) {
        if (!playing || !m_quiz->isAsking())
            return;
        m_model->player()->pause();
        m_quizBar->setFeedback(tr("Type your answer first, or step forward to skip this one."));
        m_quizBar->field()->setFocus();
    });

    auto* settingsFrame = new QFrame;
    m_settingsFrame = settingsFrame;
    settingsFrame->setFrameShape(QFrame::StyledPanel);
    auto* settingsLayout = new QVBoxLayout(settingsFrame);
    settingsLayout->setContentsMargins(8, 6, 8, 6);
    settingsLayout->addLayout(settings);

    auto* layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(views, 1);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_formulaLabel);
    layout->addWidget(m_messageLabel);
    // Beside the player: the steps as an animated GIF for slides, drawn by this part's own code
    // from the views to the formula.
    auto* controlsRow = new QHBoxLayout;
    controlsRow->addWidget(m_controls, 1);
    auto* saveGif = new QPushButton(tr("Save animation as GIF…"));
    saveGif->setObjectName(QStringLiteral("saveGifButton"));
    saveGif->setToolTip(tr("Record the steps as an animated GIF, drawn as on the screen"));
    saveGif->setFocusPolicy(Qt::TabFocus);
    connect(saveGif, &QPushButton::clicked, this, [this, part] {
        StepAnimationExport::run(
            part, m_model->player(),
            [this, part] { return QRect(0, 0, part->width(), m_formulaLabel->geometry().bottom() + 1); },
            QStringLiteral("pooling"));
    });
    controlsRow->addWidget(saveGif);
    layout->addLayout(controlsRow);
    layout->addWidget(m_quizBar);
    layout->addWidget(settingsFrame);
    return part;
}

QWidget* PoolingPage::createMapPart()
{
    auto* part = new QFrame;
    part->setFrameShape(QFrame::StyledPanel);

    m_mapMode = new QComboBox;
    for (core::PoolMode mode : PoolingModel::modes)
        m_mapMode->addItem(PoolingModel::modeName(mode));
    m_mapMode->setAccessibleName(tr("Pooling of the map"));
    m_mapWindow = new QComboBox;
    for (int window : {2, 3, 4})
        m_mapWindow->addItem(QString::number(window) + times + QString::number(window), window);
    m_mapWindow->setAccessibleName(tr("Window of the map pooling"));
    m_mapWindow->setToolTip(tr("Window size; the stride equals it, so each pooling divides the width and height by it"));
    connect(m_mapMode, &QComboBox::activated, this,
            [this](int index) { m_model->setMapMode(PoolingModel::modes[static_cast<std::size_t>(index)]); });
    connect(m_mapWindow, &QComboBox::activated, this,
            [this](int index) { m_model->setMapWindow(m_mapWindow->itemData(index).toInt()); });

    m_repeatGroup = new QButtonGroup(this);
    auto* controls = new QVBoxLayout;
    auto* title = makeCaption(tr("Pool the activation map"));
    title->setAlignment(Qt::AlignLeft);
    controls->addWidget(title);
    controls->addWidget(m_mapMode);
    controls->addWidget(m_mapWindow);
    for (int repeats = 1; repeats <= PoolingModel::maxRepeats; ++repeats) {
        auto* button = new QPushButton(repeats == 1 ? tr("Pool once") : repeats == 2 ? tr("Pool again (2×)") : tr("Pool again (3×)"));
        button->setCheckable(true);
        button->setChecked(repeats == 1);
        m_repeatGroup->addButton(button, repeats);
        controls->addWidget(button);
    }
    connect(m_repeatGroup, &QButtonGroup::idClicked, m_model, &PoolingModel::setRepeats);

    m_sourceCaption = makeCaption(QString());
    m_pooledCaption = makeCaption(QString());
    m_sourceView = new TensorView;
    m_pooledView = new TensorView;
    for (TensorView* view : {m_sourceView, m_pooledView}) {
        view->setColourMap(ColourMapKind::Grey);
        view->setMinimumSize(200, 150);
    }
    m_sourceView->setAccessibleName(tr("Activation map before pooling"));
    m_pooledView->setAccessibleName(tr("Activation map after pooling"));
    auto* arrow = new QLabel(QStringLiteral("→"));
    {
        QFont font = arrow->font();
        font.setPointSizeF(font.pointSizeF() * 2.2);
        arrow->setFont(font);
    }
    m_mapSizes = new QLabel;
    m_mapSizes->setAlignment(Qt::AlignHCenter);
    m_mapSizes->setWordWrap(true);
    {
        QFont font = m_mapSizes->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        m_mapSizes->setFont(font);
    }

    auto* grid = new QGridLayout;
    grid->addWidget(m_sourceCaption, 0, 0);
    grid->addWidget(m_pooledCaption, 0, 2);
    grid->addWidget(m_sourceView, 1, 0);
    grid->addWidget(arrow, 1, 1);
    grid->addWidget(m_pooledView, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(1, 1);

    m_mapSizes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    controls->addSpacing(8);
    controls->addWidget(m_mapSizes);
    controls->addStretch(1);
    auto* controlsWidget = new QWidget;
    m_mapControls = controlsWidget;
    controlsWidget->setLayout(controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controlsWidget->setFixedWidth(230);

    auto* layout = new QHBoxLayout(part);
    layout->addWidget(controlsWidget);
    layout->addLayout(grid, 1);
    return part;
}

QJsonObject PoolingPage::state() const
{
    QJsonObject state = m_model->saveState();
    m_quiz->saveIntoPage(state);
    return state;
}

void PoolingPage::setState(const QJsonObject& state)
{
    m_model->restoreState(state);
    m_quiz->restoreFromPage(state, exerciseDescription());
    showStep();
    m_mapMode->setCurrentIndex(static_cast<int>(
        std::find(PoolingModel::modes.begin(), PoolingModel::modes.end(), m_model->mapMode()) - PoolingModel::modes.begin()));
    m_mapWindow->setCurrentIndex(m_mapWindow->findData(m_model->mapWindow()));
}

QList<QWidget*> PoolingPage::presentationHidden() const
{
    return {m_settingsFrame, m_mapControls, findChild<QPushButton*>(QStringLiteral("saveGifButton"))};
}

void PoolingPage::showGrid()
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
        const QSignalBlocker blocker(m_quiz);
        m_quiz->setExercise(exerciseDescription());
    }
    showStep();
}

void PoolingPage::showStep()
{
    const int position = m_model->player()->position();
    const std::optional<core::PoolStep> asked = m_model->valid() ? m_model->currentStep(m_model->focus()) : std::nullopt;
    {
        const QSignalBlocker blocker(m_quiz);
        m_quiz->setQuestion(asked ? std::optional<int>(position - 1) : std::nullopt);
    }
    // Quiz mode: the marked pooling's cell stays empty, its result "?", until the student answers.
    const bool asking = m_quiz->isAsking();
    if (asking)
        m_model->player()->pause();
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
        refreshQuiz({});
        return;
    }
    const std::optional<core::PoolStep> focused = m_model->currentStep(m_model->focus());
    if (!focused) {
        m_stepLabel->setText(tr("Press play or the right arrow key to move the window."));
        refreshQuiz({});
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
    refreshQuiz(workedLine);
}

void PoolingPage::refreshQuiz(const QString& workedLine)
{
    m_quizBar->setOn(m_quiz->isOn());
    m_quizBar->setScore(m_quiz->score().right, m_quiz->score().answered);
    m_quizBar->setAsking(m_quiz->isAsking());
    if (!m_quiz->isOn())
        return;
    const std::optional<core::PoolStep> step = m_model->valid() ? m_model->currentStep(m_model->focus()) : std::nullopt;
    const QString mode = PoolingModel::modeName(m_model->focus());
    if (m_quiz->isAsking() && step) {
        m_quizBar->setFeedback(tr("%1: what is output row %2, column %3? Type it and press Enter.")
                                   .arg(mode)
                                   .arg(step->outY + 1)
                                   .arg(step->outX + 1));
    } else if (const std::optional<bool> verdict = m_quiz->verdict(); verdict && step) {
        const QString head = *verdict ? tr("Right!") : tr("Not quite: the answer is %1.").arg(formatNumber(step->result));
        m_quizBar->setFeedback(bold(head) + QStringLiteral(" ") + workedLine,
                               *verdict ? QuizBar::Tone::Right : QuizBar::Tone::Wrong);
    } else if (!m_model->valid()) {
        m_quizBar->setFeedback(tr("No window fits, so there is nothing to ask."));
    } else {
        m_quizBar->setFeedback(tr("Step forward: each output value of %1 is asked before it is shown.").arg(mode));
    }
}

void PoolingPage::checkAnswer(const QStringList& answers)
{
    const std::optional<core::PoolStep> step = m_model->valid() ? m_model->currentStep(m_model->focus()) : std::nullopt;
    if (!step || !m_quiz->isAsking() || answers.isEmpty())
        return;
    // The true value is the output grid's, which the page reveals: core::pool2d's result.
    const core::Tensor& output = m_model->output(m_model->focus());
    const QString error = m_quiz->answerValue(answers.front(), output.at(0, step->outY, step->outX));
    if (!error.isEmpty()) {
        m_quizBar->setFeedback(error, QuizBar::Tone::Wrong);
        return;
    }
    // Back to the page, so → steps on to the next question.
    setFocus();
}

QJsonObject PoolingPage::exerciseDescription() const
{
    QJsonObject description = m_model->saveState();
    for (const char* key : {"position", "mapMode", "mapWindow", "repeats"})
        description.remove(QLatin1String(key));
    return description;
}

void PoolingPage::showMaps()
{
    const core::Tensor& source = m_model->sourceMap();
    const std::vector<core::Tensor>& pooled = m_model->pooledMaps();
    {
        const QSignalBlocker blocker(m_repeatGroup);
        if (QAbstractButton* button = m_repeatGroup->button(m_model->repeats()))
            button->setChecked(true);
    }
    if (source.empty()) {
        m_sourceCaption->setText(tr("No activation map yet"));
        m_pooledCaption->clear();
        m_mapSizes->setText(tr("Choose a kernel on the Activation maps page; its map is pooled here."));
        m_sourceView->setMatrix(core::Matrix());
        m_pooledView->setMatrix(core::Matrix());
        return;
    }

    // Both maps through the same colours, so a value looks the same before and after.
    const ValueRange range = m_model->mapRange();
    m_sourceView->setColourMap(m_model->mapColours());
    m_pooledView->setColourMap(m_model->mapColours());
    m_sourceView->setValueRange(range);
    m_sourceView->setTensorPlane(source, 0);
    m_sourceView->zoomToFit();
    m_sourceCaption->setText(tr("%1 map: %2").arg(m_model->sourceName(), mapSizeText(source)));

    const core::Tensor& last = pooled.empty() ? source : pooled.back();
    m_pooledView->setValueRange(range);
    m_pooledView->setTensorPlane(last, 0);
    m_pooledView->zoomToFit();
    const int window = m_model->mapWindow();
    const QString windowText = QString::number(window) + times + QString::number(window);
    m_pooledCaption->setText(tr("%1 %2, %3: %4")
                                 .arg(PoolingModel::modeName(m_model->mapMode()), windowText,
                                      repeatText(static_cast<int>(pooled.size())), mapSizeText(last)));

    QStringList chain{mapSizeText(source)};
    for (const core::Tensor& map : pooled)
        chain << mapSizeText(map);
    QString sizes = chain.join(QStringLiteral(" → "));
    if (!pooled.empty()) {
        const double ratio = static_cast<double>(source.size()) / static_cast<double>(std::max<std::size_t>(1, last.size()));
        sizes += QStringLiteral("\n") + tr("%1 times fewer values").arg(formatNumber(ratio));
    }
    if (!m_model->mapNote().isEmpty())
        sizes += QStringLiteral("\n") + m_model->mapNote();
    m_mapSizes->setText(sizes);
}

void PoolingPage::takeSharedMap()
{
    if (!m_shared || !m_sharedPending)
        return;
    m_sharedPending = false;
    m_model->setSourceMap(m_shared->map(), m_shared->name(), m_shared->colourMap(), m_shared->fixedRange());
}

void PoolingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    takeSharedMap();
}

void PoolingPage::keyPressEvent(QKeyEvent* event)
{
    StepPlayer* player = m_model->player();
    switch (event->key()) {
    case Qt::Key_Space: player->togglePlaying(); return;
    case Qt::Key_Left: player->stepBack(); return;
    case Qt::Key_Right: player->stepForward(); return;
    case Qt::Key_Home: player->goToStart(); return;
    case Qt::Key_End: player->goToEnd(); return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace convscope::ui
