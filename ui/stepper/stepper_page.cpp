#include "ui/stepper/stepper_page.h"

#include "ui/io/kernel_preset_text.h"
#include "ui/io/korean_particles.h"
#include "ui/io/output_size_text.h"
#include "ui/shared/number_text.h"
#include "ui/shared/quiz_session.h"
#include "ui/shared/setting.h"
#include "ui/shared/step_player.h"
#include "ui/shared/step_text.h"
#include "ui/shared/text_symbols.h"
#include "ui/stepper/stepper_settings_panel.h"
#include "ui/widgets/caption.h"
#include "ui/widgets/quiz_bar.h"
#include "ui/widgets/step_animation_export.h"
#include "ui/widgets/step_player_bar.h"
#include "ui/widgets/step_quiz.h"
#include "ui/widgets/tensor_view.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

using io::OutputSizeText;

namespace {

// The page's whole state (image, kernel, settings, position) as compact JSON.
Setting<QString> savedState{"stepper/state", QString()};

constexpr int maxChannels = StepperModel::maxChannels;
constexpr double maximumCellSize = 170.0;

// Text sizes relative to the application font; all grow with the page (see resizeEvent).
constexpr double operatorScale = 2.2;
constexpr double stepScale = 1.1;
constexpr double sumScale = 1.4;
constexpr double formulaScale = 1.0;
constexpr double noWindowScale = 1.2;

// Rich text as a screen reader or a test reads it, one line per <br>.
QString plain(const QString& richText)
{
    return QTextDocumentFragment::fromHtml(richText).toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
}

// Red, green, blue in RGB mode; numbered for the channels of a trained network's layer.
QString channelName(int channel, bool rgb)
{
    if (!rgb)
        return StepperPage::tr("Channel %1").arg(channel + 1);
    switch (channel) {
    case 0: return StepperPage::tr("Red");
    case 1: return StepperPage::tr("Green");
    default: return StepperPage::tr("Blue");
    }
}

} // namespace

StepperPage::StepperPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new StepperModel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &StepperPage::saveState);
    setAccessibleName(tr("Convolution, step by step"));
    if (const QString stored = savedState.get(); !stored.isEmpty())
        m_model->restoreState(QJsonDocument::fromJson(stored.toUtf8()).object());

    // --- the three views ---
    auto* inputColumn = new QVBoxLayout;
    inputColumn->addWidget(makeScaledCaption(tr("Image")));
    auto* kernelColumn = new QVBoxLayout;
    m_kernelCaption = makeScaledCaption(tr("Kernel"));
    kernelColumn->addWidget(m_kernelCaption);
    // One row per channel; a trained network's layer with more than three channels gets two
    // columns of rows (see refreshStructure).
    m_inputGrid = new QGridLayout;
    m_kernelGrid = new QGridLayout;
    inputColumn->addLayout(m_inputGrid, 1);
    kernelColumn->addLayout(m_kernelGrid, 1);
    for (int c = 0; c < maxChannels; ++c) {
        // Beside the view rather than above it: RGB mode needs the height for three grids.
        auto* channelLabel = new QLabel(this);
        channelLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_channelLabels.append(channelLabel);
        auto* input = new TensorView(this);
        input->setObjectName(QStringLiteral("inputView%1").arg(c));
        input->setEditable(true);
        input->setEditRange(-StepperModel::maxAbsValue, StepperModel::maxAbsValue);
        input->setMaximumCellSize(maximumCellSize);
        input->setColourMap(ColourMapKind::Grey);
        m_inputViews.append(input);
        input->installEventFilter(this);
        // A hidden row widget takes no room (a hidden layout's stretch still would).
        auto* inputRow = new QWidget(this);
        auto* inputRowLayout = new QHBoxLayout(inputRow);
        inputRowLayout->setContentsMargins(0, 0, 0, 0);
        inputRowLayout->addWidget(channelLabel);
        inputRowLayout->addWidget(input, 1);
        m_inputGrid->addWidget(inputRow, c, 0);

        auto* kernelLabel = new QLabel(this);
        kernelLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_kernelChannelLabels.append(kernelLabel);
        auto* kernel = new TensorView(this);
        kernel->setObjectName(QStringLiteral("kernelView%1").arg(c));
        kernel->setEditable(true);
        kernel->setEditRange(-StepperModel::maxAbsValue, StepperModel::maxAbsValue);
        kernel->setMaximumCellSize(maximumCellSize);
        kernel->setColourMap(ColourMapKind::BlueOrange);
        m_kernelViews.append(kernel);
        kernel->installEventFilter(this);
        auto* kernelRow = new QWidget(this);
        auto* kernelRowLayout = new QHBoxLayout(kernelRow);
        kernelRowLayout->setContentsMargins(0, 0, 0, 0);
        kernelRowLayout->addWidget(kernelLabel);
        kernelRowLayout->addWidget(kernel, 1);
        m_kernelGrid->addWidget(kernelRow, c, 0);

        connect(input, &TensorView::valueEdited, this, [this, c](int row, int col, float value) {
            if (!m_model->setImageValue(c, row, col, value))
                showMessage(tr("The image cell keeps its value: %1 is out of range.").arg(formatNumber(value)));
        });
        connect(kernel, &TensorView::valueEdited, this, [this, c](int row, int col, float value) {
            if (!m_model->setKernelValue(c, row, col, value))
                showMessage(tr("The kernel weight keeps its value: %1 is out of range.").arg(formatNumber(value)));
        });
        connect(input, &TensorView::editRejected, this, &StepperPage::showMessage);
        connect(kernel, &TensorView::editRejected, this, &StepperPage::showMessage);
        connect(input, &TensorView::cellClicked, this, [this, c](int row, int col) { pickInputCell(c, row, col); });
    }
    m_kernelDescription = new QLabel(this);
    m_kernelDescription->setWordWrap(true);
    m_kernelDescription->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    kernelColumn->addWidget(m_kernelDescription);

    auto* outputColumn = new QVBoxLayout;
    outputColumn->addWidget(makeScaledCaption(tr("Convolved Feature")));
    m_outputView = new TensorView(this);
    m_outputView->setObjectName(QStringLiteral("outputView"));
    m_outputView->setAccessibleName(tr("Convolved Feature"));
    m_outputView->setMaximumCellSize(maximumCellSize);
    m_outputView->setColourMap(ColourMapKind::BlueOrange);
    outputColumn->addWidget(m_outputView, 1);
    m_noWindowLabel = new QLabel(this);
    m_noWindowLabel->setObjectName(QStringLiteral("noWindowLabel"));
    m_noWindowLabel->setWordWrap(true);
    m_noWindowLabel->setAlignment(Qt::AlignCenter);
    m_noWindowLabel->setFrameShape(QFrame::StyledPanel);
    scaleText(m_noWindowLabel, noWindowScale);
    outputColumn->addWidget(m_noWindowLabel, 1);
    m_formulaLabel = new QLabel(this);
    m_formulaLabel->setObjectName(QStringLiteral("formulaLabel"));
    m_formulaLabel->setWordWrap(true);
    m_formulaLabel->setTextFormat(Qt::RichText);
    scaleText(m_formulaLabel, formulaScale);
    outputColumn->addWidget(m_formulaLabel);
    connect(m_outputView, &TensorView::cellClicked, this, [this](int row, int col) {
        m_picked.reset();
        m_model->jumpToOutput(row, col);
        refreshPicked();
    });

    m_viewsRow = new QHBoxLayout;
    m_viewsRow->addLayout(inputColumn);
    m_viewsRow->addWidget(makeOperator(QStringLiteral("∗")));
    m_viewsRow->addLayout(kernelColumn);
    m_viewsRow->addWidget(makeOperator(QStringLiteral("=")));
    m_viewsRow->addLayout(outputColumn);

    // --- the arithmetic of the current step ---
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    scaleText(m_stepLabel, stepScale, true);
    m_sumLabel = new QLabel(this);
    m_sumLabel->setObjectName(QStringLiteral("sumLabel"));
    m_sumLabel->setWordWrap(true);
    m_sumLabel->setTextFormat(Qt::RichText);
    m_sumLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleText(m_sumLabel, sumScale);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setWordWrap(true);
    scaleText(m_sourceLabel, stepScale, true);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    m_controls = new StepPlayerBar(m_model->player(), this);
    m_controls->takeKeysOf(this);
    m_quiz = new StepQuiz(m_model->player(), tr("Predict each output value before it is shown"), this);
    connect(m_quiz, &StepQuiz::changed, this, &StepperPage::refreshStep);
    m_settings = new StepperSettingsPanel(m_model, this);
    connect(m_settings, &StepperSettingsPanel::message, this, &StepperPage::showMessage);

    auto* settingsFrame = new QFrame(this);
    settingsFrame->setFrameShape(QFrame::StyledPanel);
    auto* settingsLayout = new QVBoxLayout(settingsFrame);
    settingsLayout->setContentsMargins(8, 6, 8, 6);
    settingsLayout->addWidget(m_settings);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(m_viewsRow, 1);
    layout->addWidget(m_stepLabel);
    // The many channels of a trained network's layer make a long sum: it scrolls within a part
    // of the page rather than pushing the views away (see resizeEvent).
    m_sumScroll = new QScrollArea(this);
    m_sumScroll->setWidgetResizable(true);
    m_sumScroll->setFrameShape(QFrame::NoFrame);
    m_sumScroll->setWidget(m_sumLabel);
    // The label wraps to the page's width: its one-line width must not widen the page.
    m_sumScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sumScroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_sumScroll);
    layout->addWidget(m_messageLabel);
    // Beside the player: the steps as an animated GIF for slides, drawn by this page's own code
    // from the top of the page to the end of the sum.
    auto* controlsRow = new QHBoxLayout;
    controlsRow->addWidget(m_controls, 1);
    QPushButton* saveGif = StepAnimationExport::makeButton(
        this, m_model->player(), [this] { return QRect(0, 0, width(), m_sumScroll->geometry().bottom() + 1); },
        QStringLiteral("convolution"));
    controlsRow->addWidget(saveGif);
    layout->addLayout(controlsRow);
    layout->addWidget(m_quiz->bar());
    layout->addWidget(settingsFrame);

    connect(m_model, &StepperModel::structureChanged, this, &StepperPage::refreshStructure);
    connect(m_model, &StepperModel::valuesChanged, this, &StepperPage::refreshValues);
    connect(m_model, &StepperModel::structureChanged, this, [this] { announceEdit(); });
    connect(m_model, &StepperModel::valuesChanged, this, [this] { announceEdit(); });
    connect(m_model, &StepperModel::positionChanged, this, &StepperPage::refreshStep);
    refreshStructure();
    refreshStep();
}

QLabel* StepperPage::makeScaledCaption(const QString& text)
{
    QLabel* label = makeCaption(text, this);
    scaleText(label, captionScale, true);
    return label;
}

// The big "∗" and "=" between the three views, as on a slide.
QLabel* StepperPage::makeOperator(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    scaleText(label, operatorScale);
    return label;
}

void StepperPage::scaleText(QWidget* widget, double scale, bool bold)
{
    QFont font = widget->font();
    font.setBold(bold);
    widget->setFont(font);
    m_scaledText.append({widget, scale});
    applyTextScale(widget, scale);
}

void StepperPage::applyTextScale(QWidget* widget, double scale) const
{
    // Readable from the back of a classroom: on a maximised window text grows with the page,
    // up to twice its normal size.
    const double growth = std::clamp(height() / 760.0, 1.0, 2.0);
    QFont font = widget->font();
    font.setPointSizeF(QApplication::font().pointSizeF() * scale * growth);
    widget->setFont(font);
}

void StepperPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    for (const auto& [widget, scale] : m_scaledText)
        applyTextScale(widget, scale);
    fitSumScroll();
}

void StepperPage::fitSumScroll()
{
    // As tall as the sum needs, up to 30 % of the page; a longer sum scrolls.
    const int width = m_sumScroll->width() - m_sumScroll->verticalScrollBar()->sizeHint().width();
    const int needed = m_sumLabel->text().isEmpty() ? 0 : m_sumLabel->heightForWidth(std::max(width, 100));
    m_sumScroll->setFixedHeight(std::min(needed, height() * 3 / 10));
}

bool StepperPage::eventFilter(QObject* watched, QEvent* event)
{
    // A channel view got its new size from the layout: share one cell size, once per turn.
    if (event->type() == QEvent::Resize && !m_equalisePending) {
        m_equalisePending = true;
        QTimer::singleShot(0, this, &StepperPage::equaliseChannelCells);
    }
    return QWidget::eventFilter(watched, event);
}

void StepperPage::equaliseChannelCells()
{
    m_equalisePending = false;
    // In RGB mode the six grids (three channels, three kernels) share one cell size, the
    // smallest that fits them all (the last row also holds the legends), so they line up as
    // one figure. One grey image and kernel keep their own sizes.
    double cell = maximumCellSize;
    if (m_model->isRgb()) {
        for (int c = 0; c < m_model->channels(); ++c)
            cell = std::min({cell, m_inputViews[c]->naturalCellSize(), m_kernelViews[c]->naturalCellSize()});
    }
    for (int c = 0; c < m_model->channels(); ++c) {
        m_inputViews[c]->setMaximumCellSize(std::max(1.0, cell));
        m_kernelViews[c]->setMaximumCellSize(std::max(1.0, cell));
    }
}

StepperPage::~StepperPage()
{
    if (m_saveTimer.isActive())
        saveState();
}

// ---------------------------------------------------------------------------------------------
// refreshing from the model

void StepperPage::refreshStructure()
{
    const int channels = m_model->channels();
    const bool rgb = m_model->isRgb();
    // Rows of channels: one column of them up to three channels, two beyond (a trained network's
    // layer). Placed before they are shown, so the grid never holds them side by side.
    const int subColumns = channels > 3 ? 2 : 1;
    const int perColumn = (channels + subColumns - 1) / subColumns;
    for (QGridLayout* grid : {m_inputGrid, m_kernelGrid}) {
        const QList<TensorView*>& views = grid == m_inputGrid ? m_inputViews : m_kernelViews;
        for (int c = 0; c < maxChannels; ++c) {
            const bool shown = c < channels;
            grid->addWidget(views[c]->parentWidget(), shown ? c % perColumn : c, shown ? c / perColumn : 0);
        }
        for (int row = 0; row < grid->rowCount(); ++row)
            grid->setRowStretch(row, row < perColumn ? 1 : 0);
        for (int column = 0; column < grid->columnCount(); ++column)
            grid->setColumnStretch(column, column < subColumns ? 1 : 0);
    }
    for (int c = 0; c < maxChannels; ++c) {
        const bool shown = c < channels;
        m_inputViews[c]->parentWidget()->setVisible(shown);
        m_kernelViews[c]->parentWidget()->setVisible(shown);
        m_channelLabels[c]->setVisible(shown && channels > 1);
        m_kernelChannelLabels[c]->setVisible(shown && channels > 1);
        m_channelLabels[c]->setText(channelName(c, rgb));
        m_kernelChannelLabels[c]->setText(channelName(c, rgb));
        // One width for the labels keeps the grids of a column aligned.
        int labelWidth = 0;
        for (int k = 0; k < channels; ++k)
            labelWidth = std::max(labelWidth, m_channelLabels[c]->fontMetrics().horizontalAdvance(channelName(k, rgb)));
        m_channelLabels[c]->setFixedWidth(labelWidth + 4);
        m_kernelChannelLabels[c]->setFixedWidth(labelWidth + 4);
        m_inputViews[c]->setAccessibleName(channels > 1 ? tr("Image, %1").arg(channelName(c, rgb)) : tr("Image"));
        m_kernelViews[c]->setAccessibleName(channels > 1 ? tr("Kernel for %1").arg(channelName(c, rgb)) : tr("Kernel"));
        m_inputViews[c]->setPaddingRing(m_model->padding(), m_model->padding());
        // One legend per column is enough when the three channels share a colour map.
        const bool lastShown = c == channels - 1;
        m_inputViews[c]->setLegendVisible(lastShown);
        m_kernelViews[c]->setLegendVisible(lastShown);
    }
    // Width shares in proportion to the cells shown, so the three grids get similar cell sizes.
    const int inputCells = m_model->imageCols() + 2 * m_model->padding();
    const int kernelCells = std::max(2, m_model->kernelCols());
    const int outputCells = std::max(2, m_model->trace() ? m_model->trace()->outputShape()[2] : 3);
    m_viewsRow->setStretch(0, inputCells * subColumns);
    m_viewsRow->setStretch(2, kernelCells * subColumns);
    m_viewsRow->setStretch(4, outputCells);
    const bool computable = m_model->trace() != nullptr;
    m_outputView->setVisible(computable);
    m_noWindowLabel->setVisible(!computable);
    m_sourceLabel->setText(m_model->networkSource());
    m_sourceLabel->setVisible(!m_model->networkSource().isEmpty());
    m_picked.reset();
    refreshValues();
    equaliseChannelCells();
}

void StepperPage::refreshValues()
{
    for (int c = 0; c < m_model->channels(); ++c) {
        m_inputViews[c]->setTensorPlane(m_model->image(), c);
        m_kernelViews[c]->setTensorPlane(m_model->kernels(), c);
    }
    if (m_model->trace())
        m_outputView->setTensorPlane(m_model->output(), 0);
    const QString preset = m_model->presetId();
    if (preset.isEmpty()) {
        m_kernelCaption->setText(tr("Kernel"));
        m_kernelDescription->clear();
    } else {
        const io::KernelPresetText text = io::kernelPresetText(preset.toStdString());
        m_kernelCaption->setText(tr("Kernel: %1").arg(text.name));
        m_kernelDescription->setText(text.description);
    }
    m_kernelDescription->setVisible(!preset.isEmpty());
    {
        const QSignalBlocker blocker(m_quiz->session());
        m_quiz->session()->setExercise(exerciseDescription());
    }
    refreshFormula();
    refreshStep();
}

void StepperPage::refreshFormula()
{
    using Axis = OutputSizeText::Axis;
    const bool dilated = m_model->dilation() > 1;
    const OutputSizeText::Terms widthTerms{m_model->imageCols(), m_model->kernelCols(), m_model->stride(),
                                           m_model->padding(), m_model->dilation()};
    const OutputSizeText::Terms heightTerms{m_model->imageRows(), m_model->kernelRows(), m_model->stride(),
                                            m_model->padding(), m_model->dilation()};
    const core::OutputSize& width = m_model->outputCols();
    const core::OutputSize& height = m_model->outputRows();

    QStringList lines;
    if (dilated) {
        lines.append(tr("Width: %1").arg(OutputSizeText::effectiveFilterFormula(width, widthTerms)));
        lines.append(tr("Height: %1").arg(OutputSizeText::effectiveFilterFormula(height, heightTerms)));
    }
    // The general formula on one line, the numbers on the next: fits under a narrow output.
    lines.append(OutputSizeText::generalFormula(Axis::Width, dilated) + QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;")
                 + OutputSizeText::substitutedFormula(Axis::Width, width, widthTerms));
    lines.append(OutputSizeText::generalFormula(Axis::Height, dilated) + QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;")
                 + OutputSizeText::substitutedFormula(Axis::Height, height, heightTerms));

    // Sentences only where there is something to explain.
    QStringList notes;
    if (width.status != core::OutputSizeStatus::Whole)
        notes.append(OutputSizeText::explanation(Axis::Width, width, widthTerms).toHtmlEscaped());
    if (height.status != core::OutputSizeStatus::Whole)
        notes.append(OutputSizeText::explanation(Axis::Height, height, heightTerms).toHtmlEscaped());
    const int uncovered = static_cast<int>(m_model->uncoveredCells().size());
    if (uncovered > 0)
        notes.append(tr("%n input cell(s) are never read by any window; they are crossed out on the image.", nullptr,
                        uncovered));

    if (m_model->trace()) {
        m_formulaLabel->setText(lines.join(QStringLiteral("<br>"))
                                + (notes.isEmpty() ? QString() : QStringLiteral("<br>") + notes.join(QStringLiteral("<br>"))));
    } else {
        m_formulaLabel->setText(lines.join(QStringLiteral("<br>")));
        m_noWindowLabel->setText(tr("No window fits, so there is no output.") + QStringLiteral("\n\n")
                                 + plain(notes.join(QStringLiteral("<br>"))));
    }
}

void StepperPage::refreshStep()
{
    const int count = m_model->stepCount();
    const int position = m_model->player()->position();
    const std::optional<core::ConvStep> step = m_model->currentStep();
    // Quiz mode: the cell being written stays empty and its sum "?" until the student answers.
    const bool asking = m_quiz->ask(step ? std::optional<int>(position - 1) : std::nullopt);

    QList<CellPos> uncovered;
    for (const InputCell& cell : m_model->uncoveredCells())
        uncovered.append({cell.y, cell.x});

    for (int c = 0; c < m_model->channels(); ++c) {
        TensorView* view = m_inputViews[c];
        QList<CellPos> windowCells;
        QList<CellAnnotation> annotations;
        QRect window;
        if (step) {
            for (const core::ConvTraceCell& cell : step->cells) {
                if (cell.channel != c)
                    continue;
                windowCells.append({cell.y, cell.x});
                annotations.append({{cell.y, cell.x}, QStringLiteral("×") + formatNumber(cell.weight)});
                window = window.united(QRect(cell.x, cell.y, 1, 1));
            }
        }
        view->setWindow(window);
        view->setHighlightedCells(CellRole::Window, windowCells);
        view->setAnnotations(annotations);
        view->setHighlightedCells(CellRole::Uncovered, uncovered);
    }

    if (m_model->trace()) {
        m_outputView->setFilledCount(asking ? position - 1 : position);
        m_outputView->setHighlightedCells(CellRole::Target, step ? QList<CellPos>{{step->outY, step->outX}} : QList<CellPos>{});
        m_outputView->setAnnotations(asking ? QList<CellAnnotation>{{{step->outY, step->outX}, QStringLiteral("?")}}
                                            : QList<CellAnnotation>{});
    }

    QString workedSum;
    if (!m_model->trace()) {
        m_stepLabel->setText(tr("No window fits: change the sizes, the padding or the dilation."));
        m_sumLabel->clear();
    } else if (!step) {
        m_stepLabel->setText(tr("Ready: %n step(s) to go. Press → or Play to put the kernel on the top-left corner.", nullptr, count));
        m_sumLabel->clear();
    } else {
        m_stepLabel->setText(tr("Step %1 of %2: output row %3, column %4 = the sum of the products under the window")
                                 .arg(position)
                                 .arg(count)
                                 .arg(step->outY + 1)
                                 .arg(step->outX + 1));
        QStringList names;
        for (int c = 0; c < m_model->channels(); ++c)
            names.append(channelName(c, m_model->isRgb()));
        QStringList lines = StepText::stepSum(*step, m_model->channels(), names, !asking).split(QStringLiteral("<br>"));
        // The line that ends in the total, for the quiz's feedback: the sum itself for one
        // channel, the total line for several (first beyond three channels).
        workedSum = m_model->channels() > 3 ? lines.front() : lines.back();
        if (m_model->reluFollows() && !asking) {
            // Right after the total: last for a few channels, second when the total comes first.
            const QString relu = tr("After the ReLU: max(0, %1) = <b>%2</b>")
                                     .arg(formatNumber(step->total), formatNumber(std::max(0.0f, step->total)));
            lines.insert(m_model->channels() > 3 ? 1 : lines.size(), relu);
        }
        m_sumLabel->setText(lines.join(QStringLiteral("<br>")));
    }
    m_sumLabel->setAccessibleDescription(plain(m_sumLabel->text()));
    StepQuiz::Step question;
    if (step) {
        question.answer = m_model->output().at(0, step->outY, step->outX);
        question.prompt = tr("What is output row %1, column %2? Type it and press Enter.").arg(step->outY + 1).arg(step->outX + 1);
        question.workedLine = workedSum;
        question.idle = tr("Step forward: the next output value is asked before it is shown.");
    } else {
        question.idle = tr("Step forward: each output value is asked before it is shown.");
    }
    m_quiz->show(question);
    fitSumScroll();
    refreshPicked();
    requestSave();
}

QJsonObject StepperPage::exerciseDescription() const
{
    QJsonObject description = m_model->saveState();
    description.remove(QStringLiteral("position"));
    description.remove(QStringLiteral("stepsPerSecond"));
    description.remove(QStringLiteral("preset"));
    return description;
}

void StepperPage::refreshPicked()
{
    for (TensorView* view : m_inputViews)
        view->setHighlightedCells(CellRole::Picked, {});
    QList<CellPos> fed;
    if (m_picked && m_model->trace() && m_picked->channel < m_model->channels()) {
        const std::vector<int> positions = m_model->positionsReading(m_picked->channel, m_picked->row, m_picked->col);
        const int outCols = m_model->trace()->outputShape()[2];
        for (int position : positions)
            fed.append({(position - 1) / outCols, (position - 1) % outCols});
        m_inputViews[m_picked->channel]->setHighlightedCells(CellRole::Picked, {{m_picked->row, m_picked->col}});
    }
    if (m_model->trace())
        m_outputView->setHighlightedCells(CellRole::Related, fed);
}

void StepperPage::pickInputCell(int channel, int row, int col)
{
    if (m_picked && m_picked->channel == channel && m_picked->row == row && m_picked->col == col) {
        m_picked.reset();
        m_messageLabel->clear();
        refreshPicked();
        return;
    }
    m_picked = Picked{channel, row, col};
    refreshPicked();
    const int fed = static_cast<int>(m_model->positionsReading(channel, row, col).size());
    const bool padding = row < 0 || col < 0 || row >= m_model->imageRows() || col >= m_model->imageCols();
    const QString where = padding ? tr("The zero-padding cell at row %1, column %2").arg(row + 1).arg(col + 1)
                                  : tr("Input cell row %1, column %2").arg(row + 1).arg(col + 1);
    if (fed == 0)
        showMessage(tr("%1 is never read by any window.").arg(where));
    else
        showMessage(tr("%1 feeds %n output cell(s), highlighted in green.", nullptr, fed).arg(where));
}

void StepperPage::showMessage(const QString& text)
{
    m_messageLabel->setText(io::fitKoreanParticles(text));
}

QuizBar* StepperPage::quizBar() const
{
    return m_quiz->bar();
}

QuizSession* StepperPage::quiz() const
{
    return m_quiz->session();
}

QString StepperPage::sumText() const
{
    return plain(m_sumLabel->text());
}

QString StepperPage::formulaText() const
{
    return plain(m_formulaLabel->text());
}

QString StepperPage::messageText() const
{
    return m_messageLabel->text();
}

void StepperPage::requestSave()
{
    if (settingsStorageEnabled())
        m_saveTimer.start();
}

void StepperPage::saveState() const
{
    savedState.set(QString::fromUtf8(QJsonDocument(m_model->saveState()).toJson(QJsonDocument::Compact)));
}

QJsonObject StepperPage::state() const
{
    QJsonObject state = m_model->saveState();
    m_quiz->session()->saveIntoPage(state);
    return state;
}

void StepperPage::setState(const QJsonObject& state)
{
    m_model->restoreState(state);
    m_quiz->session()->restoreFromPage(state, exerciseDescription());
    refreshStep();
}

QJsonObject StepperPage::editableState() const
{
    return withoutKeys(m_model->saveState(), {QLatin1StringView("position"), QLatin1StringView("stepsPerSecond")});
}

void StepperPage::setEditableState(const QJsonObject& state)
{
    m_model->restoreState(overlaid(m_model->saveState(), state));
    refreshStep();
}

QString StepperPage::editName(const QStringList& keys) const
{
    using L = QLatin1StringView;
    if (keysWithin(keys, {L("image"), L("imageRows"), L("imageCols")}))
        return tr("image edit");
    if (keysWithin(keys, {L("kernels"), L("kernelRows"), L("kernelCols"), L("preset"), L("bias")}))
        return tr("kernel edit");
    return {};
}

QList<QWidget*> StepperPage::presentationHidden() const
{
    return {m_settings->parentWidget(), findChild<QPushButton*>(QStringLiteral("saveGifButton"))};
}

} // namespace convscope::ui
