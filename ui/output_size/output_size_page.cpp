#include "ui/output_size/output_size_page.h"

#include "ui/io/korean_particles.h"
#include "ui/io/output_size_text.h"
#include "ui/output_size/output_size_model.h"
#include "ui/output_size/shape_block_view.h"
#include "ui/shared/quiz_session.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/export_actions.h"
#include "ui/widgets/quiz_bar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convscope::ui {

using io::OutputSizeText;

namespace {


enum StackColumn { KindColumn, FilterColumn, StrideColumn, PaddingColumn, FiltersColumn, ShapeColumn, ParametersColumn, ColumnCount };

QString bracketShape(const StackShape& shape)
{
    return QStringLiteral("[%1, %2, %3]").arg(shape.width).arg(shape.height).arg(shape.channels);
}

QString groupedNumber(long long value) { return QLocale().toString(value); }

// Why a layer of the stack does not fit, in the page's words: core names the fault and the sizes.
QString faultText(const StackRow& row, const core::LayerSpec& layer, const StackShape& before)
{
    using Axis = OutputSizeText::Axis;
    const int padding = layer.padding;
    switch (row.fault) {
    case core::LayerFault::Width:
    case core::LayerFault::Height:
        if (!row.widthSize.valid())
            return OutputSizeText::explanation(Axis::Width, row.widthSize,
                                               {before.width, layer.window, layer.stride, padding, 1});
        return OutputSizeText::explanation(Axis::Height, row.heightSize,
                                           {before.height, layer.window, layer.stride, padding, 1});
    case core::LayerFault::PaddingOverHalfWindow:
        return io::fitKoreanParticles(
            OutputSizePage::tr("A padding of %1 is more than half the window %2: some windows would hold padding alone.")
                .arg(layer.padding)
                .arg(layer.window));
    case core::LayerFault::TooManyValues:
        return OutputSizePage::tr("Its output would have more than %1 values.")
            .arg(groupedNumber(core::maxValuesPerSample));
    case core::LayerFault::TooManyParameters:
        return OutputSizePage::tr("The stack would have more than %1 parameters.")
            .arg(groupedNumber(core::maxNetworkParameters));
    case core::LayerFault::NeedsSpatialInput:
    case core::LayerFault::NeedsFlatInput:
    case core::LayerFault::None:
        break;
    }
    return {};
}

// The quiz's answer boxes, in the lecture's order [W_out, H_out, K].
const QStringList shapeFieldNames{QStringLiteral("W_out"), QStringLiteral("H_out"), QStringLiteral("K")};

// What the quiz's answer is about: the single layer's settings (the stack is not asked).
QJsonObject shapeExercise(const OutputSizeSettings& s)
{
    return QJsonObject{{QStringLiteral("w"), s.inputWidth}, {QStringLiteral("h"), s.inputHeight},
                       {QStringLiteral("f"), s.filter},     {QStringLiteral("s"), s.stride},
                       {QStringLiteral("p"), s.padding},    {QStringLiteral("k"), s.filters},
                       {QStringLiteral("d"), s.dilation}};
}

QSpinBox* makeStackSpin(int minimum, int maximum, const QString& tip)
{
    auto* spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setToolTip(tip);
    spin->setFrame(false);
    return spin;
}

} // namespace

OutputSizePage::OutputSizePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new OutputSizeModel(this))
{
    auto* top = new QWidget;
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createSettingsPanel());
    topLayout->addWidget(createResultPanel(), 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(createStackPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_model, &OutputSizeModel::settingsChanged, this, &OutputSizePage::showSettings);
    connect(m_model, &OutputSizeModel::stackChanged, this, &OutputSizePage::showStack);
    for (auto signal : {&OutputSizeModel::settingsChanged, &OutputSizeModel::stackChanged})
        connect(m_model, signal, this, [this] { announceEdit(); });
    showSettings();
    showStack();
}

QWidget* OutputSizePage::createSettingsPanel()
{
    auto* box = new QGroupBox(tr("Convolution layer"));
    auto* grid = new QGridLayout(box);

    struct FieldInfo {
        QString label;
        QString tip;
        int minimum;
        int maximum;
    };
    const std::array<FieldInfo, FieldCount> infos{{
        {tr("Input width W_in"), tr("Width of the input image or feature map, in cells"), 1, 512},
        {tr("Input height H_in"), tr("Height of the input image or feature map, in cells"), 1, 512},
        {tr("Input channels C"), tr("Depth of the input: 1 for a grey image, 3 for RGB; each filter spans all of them"), 1, 512},
        {tr("Filter size F"), tr("The kernel is F×F cells"), 1, 32},
        {tr("Stride S"), tr("How many cells the window moves at each step"), 1, 16},
        {tr("Zero padding P"), tr("Rings of zeros added around the input on every side"), 0, 16},
        {tr("Number of filters K"), tr("Each filter gives one activation map: the output depth"), 1, 512},
        {tr("Dilation D"), tr("Gaps between kernel cells: the filter spans D·(F − 1) + 1 cells"), 1, 8},
    }};

    for (int i = 0; i < FieldCount; ++i) {
        const FieldInfo& info = infos[static_cast<std::size_t>(i)];
        auto* label = new QLabel(info.label);
        auto* slider = new QSlider(Qt::Horizontal);
        auto* spin = new QSpinBox;
        slider->setRange(info.minimum, info.maximum);
        spin->setRange(info.minimum, info.maximum);
        label->setBuddy(spin);
        label->setToolTip(info.tip);
        slider->setToolTip(info.tip);
        spin->setToolTip(info.tip);
        slider->setAccessibleName(info.label);
        spin->setAccessibleName(info.label);
        slider->setMinimumWidth(140);
        grid->addWidget(label, i, 0);
        grid->addWidget(slider, i, 1);
        grid->addWidget(spin, i, 2);
        m_fields[static_cast<std::size_t>(i)] = {slider, spin};

        connect(slider, &QSlider::valueChanged, spin, &QSpinBox::setValue);
        connect(spin, &QSpinBox::valueChanged, this, [this, i](int value) {
            QSignalBlocker blocker(m_fields[static_cast<std::size_t>(i)].slider);
            m_fields[static_cast<std::size_t>(i)].slider->setValue(value);
            OutputSizeSettings s = m_model->settings();
            int* targets[FieldCount] = {&s.inputWidth, &s.inputHeight, &s.inputChannels, &s.filter,
                                        &s.stride,     &s.padding,     &s.filters,       &s.dilation};
            *targets[i] = value;
            m_model->setSettings(s);
        });
    }

    m_mnistButton = new QPushButton(tr("MNIST example: 28×28×1, F=4, S=2, P=1, K=64"));
    m_mnistButton->setToolTip(tr("The lecture's example: a 28×28 grey MNIST digit through 64 filters of 4×4 "
                                 "with stride 2 and zero padding 1"));
    connect(m_mnistButton, &QPushButton::clicked, m_model, &OutputSizeModel::loadMnistExample);
    grid->addWidget(m_mnistButton, FieldCount, 0, 1, 3);
    grid->setRowStretch(FieldCount + 1, 1);
    return box;
}

QWidget* OutputSizePage::createResultPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    QFont formulaFont = font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.4);
    auto makeFormula = [&] {
        auto* label = new QLabel;
        label->setTextFormat(Qt::RichText);
        label->setFont(formulaFont);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_widthFormula = makeFormula();
    m_heightFormula = makeFormula();
    m_depthFormula = makeFormula();
    m_shapeLabel = makeFormula();
    m_shapeLabel->setWordWrap(true);
    m_parametersLabel = new QLabel;
    m_parametersLabel->setTextFormat(Qt::RichText);
    m_explanationLabel = new QLabel;
    m_explanationLabel->setWordWrap(true);
    m_quiz = new QuizSession(this);
    m_quizBar = new QuizBar(shapeFieldNames, tr("Predict the output shape before it is shown"), false);
    connect(m_quizBar, &QuizBar::toggled, m_quiz, &QuizSession::setOn);
    connect(m_quizBar, &QuizBar::submitted, this, &OutputSizePage::checkAnswer);
    connect(m_quizBar, &QuizBar::resetClicked, m_quiz, &QuizSession::resetScore);
    connect(m_quiz, &QuizSession::changed, this, &OutputSizePage::showSettings);

    layout->addWidget(m_quizBar);
    layout->addWidget(m_widthFormula);
    layout->addWidget(m_heightFormula);
    layout->addWidget(m_depthFormula);
    layout->addWidget(m_shapeLabel);
    layout->addWidget(m_parametersLabel);
    layout->addWidget(m_explanationLabel);
    m_blocks = new ShapeBlockView;
    ExportActions::installImageMenu(m_blocks, QStringLiteral("output-sizes"));
    layout->addWidget(m_blocks, 1);
    return panel;
}

QWidget* OutputSizePage::createStackPanel()
{
    auto* box = new QGroupBox(tr("Stack of layers"));
    auto* layout = new QHBoxLayout(box);

    auto* left = new QVBoxLayout;
    m_stackTable = new QTableWidget(0, ColumnCount);
    m_stackTable->setHorizontalHeaderLabels({tr("Layer"), tr("F"), tr("S"), tr("P"), tr("K"),
                                             tr("Output [W, H, K]"), tr("Parameters")});
    m_stackTable->horizontalHeaderItem(FilterColumn)->setToolTip(tr("Filter or window size"));
    m_stackTable->horizontalHeaderItem(StrideColumn)->setToolTip(tr("Stride"));
    m_stackTable->horizontalHeaderItem(PaddingColumn)->setToolTip(tr("Zero padding"));
    m_stackTable->horizontalHeaderItem(FiltersColumn)->setToolTip(tr("Number of filters"));
    m_stackTable->horizontalHeaderItem(ParametersColumn)
        ->setToolTip(tr("Weights and biases of a convolution: K·(C·F·F + 1). Pooling has none."));
    m_stackTable->verticalHeader()->setVisible(false);
    m_stackTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_stackTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stackTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stackTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stackTable->horizontalHeader()->setSectionResizeMode(ShapeColumn, QHeaderView::Stretch);
    m_stackTable->setAccessibleName(tr("Stack of layers"));
    left->addWidget(m_stackTable, 1);

    auto* buttons = new QHBoxLayout;
    auto* addConv = new QPushButton(tr("Add convolution"));
    auto* addPool = new QPushButton(tr("Add pooling"));
    auto* remove = new QPushButton(tr("Remove"));
    auto* reset = new QPushButton(tr("Classroom CNN"));
    addConv->setToolTip(tr("Append a 3×3 convolution with 16 filters and padding 1"));
    addPool->setToolTip(tr("Append a 2×2 pooling with stride 2"));
    remove->setToolTip(tr("Remove the selected layer"));
    reset->setToolTip(tr("The feature extractor of the classroom CNN: conv 8 3×3 pad 1, pool 2, conv 16 3×3 pad 1, pool 2"));
    connect(addConv, &QPushButton::clicked, this, [this] { m_model->appendLayer(core::LayerSpec::conv(16, 3, 1)); });
    connect(addPool, &QPushButton::clicked, this, [this] { m_model->appendLayer(core::LayerSpec::maxPool(2)); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_stackTable->currentRow();
        m_model->removeLayer(row > 0 ? row - 1 : static_cast<int>(m_model->stack().layers().size()) - 1);
    });
    connect(reset, &QPushButton::clicked, m_model, &OutputSizeModel::resetStack);
    const auto offerRoom = [this, addConv, addPool] {
        const bool room = !m_model->stack().isFull();
        addConv->setEnabled(room);
        addPool->setEnabled(room);
    };
    connect(m_model, &OutputSizeModel::stackChanged, this, offerRoom);
    offerRoom();
    buttons->addWidget(addConv);
    buttons->addWidget(addPool);
    buttons->addWidget(remove);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_stackButtons = new QWidget;
    m_stackButtons->setLayout(buttons);
    left->addWidget(m_stackButtons);
    m_stackTotal = new QLabel;
    left->addWidget(m_stackTotal);

    m_stackBlocks = new ShapeBlockView;
    m_stackBlocks->setEdgeLabelsVisible(false);
    // A long stack scrolls sideways rather than squeezing its captions together.
    auto* blocksScroll = new QScrollArea;
    blocksScroll->setFrameShape(QFrame::NoFrame);
    blocksScroll->setWidgetResizable(true);
    blocksScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    blocksScroll->setWidget(m_stackBlocks);
    blocksScroll->viewport()->setAutoFillBackground(false); // the group box's colour, not the base's
    blocksScroll->setMinimumHeight(m_stackBlocks->minimumSizeHint().height() + blocksScroll->horizontalScrollBar()->sizeHint().height());
    layout->addLayout(left, 1);
    layout->addWidget(blocksScroll, 1);
    return box;
}

QJsonObject OutputSizePage::state() const
{
    QJsonObject state = m_model->saveState();
    m_quiz->saveIntoPage(state);
    return state;
}

void OutputSizePage::setState(const QJsonObject& state)
{
    m_model->restoreState(state);
    m_quiz->restoreFromPage(state, shapeExercise(m_model->settings()));
    // Drawn now rather than at the model's coalesced signals: whoever restores reads the page next.
    showSettings();
    showStack();
}

QJsonObject OutputSizePage::editableState() const { return m_model->saveState(); }

void OutputSizePage::setEditableState(const QJsonObject& edited)
{
    setState(overlaid(state(), edited));
}

QString OutputSizePage::editName(const QStringList& keys) const
{
    return keysWithin(keys, {QLatin1StringView("stack")}) ? tr("layer stack change") : QString();
}

void OutputSizePage::showSettings()
{
    const OutputSizeSettings& s = m_model->settings();
    const int values[FieldCount] = {s.inputWidth, s.inputHeight, s.inputChannels, s.filter,
                                    s.stride,     s.padding,     s.filters,       s.dilation};
    for (int i = 0; i < FieldCount; ++i) {
        const FieldControls& field = m_fields[static_cast<std::size_t>(i)];
        const QSignalBlocker spinBlocker(field.spin);
        const QSignalBlocker sliderBlocker(field.slider);
        field.spin->setValue(values[i]);
        field.slider->setValue(values[i]);
    }

    const bool dilated = s.dilation > 1;
    const core::OutputSize w = m_model->widthSize();
    const core::OutputSize h = m_model->heightSize();
    const OutputSizeText::Terms wt{s.inputWidth, s.filter, s.stride, s.padding, s.dilation};
    const OutputSizeText::Terms ht{s.inputHeight, s.filter, s.stride, s.padding, s.dilation};
    using Axis = OutputSizeText::Axis;
    const QString feff = dilated ? OutputSizeText::effectiveFilterFormula(w, wt) + QStringLiteral("<br>") : QString();
    m_widthFormula->setText(feff + OutputSizeText::generalFormula(Axis::Width, dilated) + QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;")
                            + OutputSizeText::substitutedFormula(Axis::Width, w, wt));
    m_heightFormula->setText(OutputSizeText::generalFormula(Axis::Height, dilated) + QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;")
                             + OutputSizeText::substitutedFormula(Axis::Height, h, ht));
    m_depthFormula->setText(tr("K = <b>%1</b> (one activation map per filter)").arg(s.filters));

    const StackShape input{s.inputWidth, s.inputHeight, s.inputChannels};
    if (m_model->outputValid()) {
        const StackShape out = m_model->outputShape();
        m_shapeLabel->setText(tr("Output shape <b>%1</b>: %2 activation maps of %3×%4")
                                  .arg(bracketShape(out))
                                  .arg(out.channels)
                                  .arg(out.width)
                                  .arg(out.height));
    } else {
        m_shapeLabel->setText(tr("No output: the settings do not fit"));
    }
    m_parametersLabel->setText(tr("Parameters K·(C·F·F + 1) = %1·(%2·%3·%3 + 1) = <b>%4</b>")
                                   .arg(s.filters)
                                   .arg(s.inputChannels)
                                   .arg(s.filter)
                                   .arg(groupedNumber(m_model->parameterCount())));
    m_explanationLabel->setText(OutputSizeText::explanation(Axis::Width, w, wt) + QLatin1Char('\n')
                                + OutputSizeText::explanation(Axis::Height, h, ht));

    std::vector<ShapeBlockView::Block> blocks;
    blocks.push_back({input, tr("input"), QColor(0x8f, 0xa9, 0xc8), true, QStringLiteral("C")});
    blocks.push_back({m_model->outputShape(), tr("output"), QColor(0xf0, 0xa2, 0x5a), m_model->outputValid()});
    m_blocks->setBlocks(std::move(blocks));
    {
        const QSignalBlocker blocker(m_quiz);
        m_quiz->setExercise(shapeExercise(s));
        m_quiz->setQuestion(m_model->outputValid() ? std::optional<int>(0) : std::nullopt);
    }
    if (m_quiz->isAsking())
        hideAnswer();
    refreshQuiz();
}

void OutputSizePage::hideAnswer()
{
    const OutputSizeSettings& s = m_model->settings();
    const bool dilated = s.dilation > 1;
    using Axis = OutputSizeText::Axis;
    const QString unknown = QStringLiteral(" = <b>?</b>");
    m_widthFormula->setText(OutputSizeText::generalFormula(Axis::Width, dilated) + unknown);
    m_heightFormula->setText(OutputSizeText::generalFormula(Axis::Height, dilated) + unknown);
    m_depthFormula->setText(tr("K = <b>?</b>"));
    m_shapeLabel->setText(tr("Output shape <b>%1</b>").arg(QStringLiteral("[?, ?, ?]")));
    m_explanationLabel->clear();
    const StackShape input{s.inputWidth, s.inputHeight, s.inputChannels};
    m_blocks->setBlocks({{input, tr("input"), QColor(0x8f, 0xa9, 0xc8), true, QStringLiteral("C")}});
}

void OutputSizePage::refreshQuiz()
{
    m_quizBar->setOn(m_quiz->isOn());
    m_quizBar->setScore(m_quiz->score().right, m_quiz->score().answered);
    m_quizBar->setAsking(m_quiz->isAsking());
    if (!m_quiz->isOn())
        return;
    if (m_quiz->isAsking()) {
        m_quizBar->setFeedback(tr("What is the output shape [W_out, H_out, K] for these settings? Type it and press Enter."));
    } else if (const std::optional<bool> verdict = m_quiz->verdict()) {
        const OutputSizeSettings& s = m_model->settings();
        const QString shape = bracketShape(m_model->outputShape());
        const QString head = *verdict ? tr("Right!") : tr("Not quite: the answer is %1.").arg(shape);
        using Axis = OutputSizeText::Axis;
        const QString worked =
            QStringLiteral("W<sub>out</sub> ")
            + OutputSizeText::substitutedFormula(Axis::Width, m_model->widthSize(),
                                                 {s.inputWidth, s.filter, s.stride, s.padding, s.dilation})
            + QStringLiteral(", H<sub>out</sub> ")
            + OutputSizeText::substitutedFormula(Axis::Height, m_model->heightSize(),
                                                 {s.inputHeight, s.filter, s.stride, s.padding, s.dilation})
            + QStringLiteral(", K = ") + QString::number(s.filters);
        m_quizBar->setFeedback(bold(head) + QStringLiteral(" ") + worked,
                               *verdict ? QuizBar::Tone::Right : QuizBar::Tone::Wrong);
    } else if (!m_model->outputValid()) {
        m_quizBar->setFeedback(tr("No window fits, so there is no shape to ask: change the settings."));
    } else {
        m_quizBar->setFeedback(tr("Change a setting: the new output shape is asked before it is shown."));
    }
}

void OutputSizePage::checkAnswer(const QStringList& answers)
{
    if (!m_quiz->isAsking() || !m_model->outputValid())
        return;
    const StackShape shape = m_model->outputShape();
    const QString error = m_quiz->answerCounts(answers, {shape.width, shape.height, shape.channels}, shapeFieldNames);
    if (!error.isEmpty())
        m_quizBar->setFeedback(error, QuizBar::Tone::Wrong);
}

void OutputSizePage::rebuildStackTable()
{
    const auto& layers = m_model->stack().layers();
    m_stackTable->setRowCount(0);
    m_stackTable->setRowCount(static_cast<int>(layers.size()) + 1);

    auto* inputItem = new QTableWidgetItem(tr("Input"));
    inputItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_stackTable->setItem(0, KindColumn, inputItem);
    for (int column = FilterColumn; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_stackTable->setItem(0, column, item);
    }

    for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
        const int row = i + 1;
        auto* kind = new QComboBox;
        kind->addItem(tr("Convolution"));
        kind->addItem(tr("Pooling"));
        kind->setFrame(false);
        m_stackTable->setCellWidget(row, KindColumn, kind);
        m_stackTable->setCellWidget(row, FilterColumn, makeStackSpin(1, 15, tr("Filter or window size F")));
        m_stackTable->setCellWidget(row, StrideColumn, makeStackSpin(1, 8, tr("Stride S")));
        m_stackTable->setCellWidget(row, PaddingColumn, makeStackSpin(0, 8, tr("Zero padding P")));
        m_stackTable->setCellWidget(row, FiltersColumn, makeStackSpin(1, 1024, tr("Number of filters K")));
        for (int column : {ShapeColumn, ParametersColumn}) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_stackTable->setItem(row, column, item);
        }
        connect(kind, &QComboBox::currentIndexChanged, this, [this, i] { editLayer(i); });
        for (int column : {FilterColumn, StrideColumn, PaddingColumn, FiltersColumn})
            connect(static_cast<QSpinBox*>(m_stackTable->cellWidget(row, column)), &QSpinBox::valueChanged, this,
                    [this, i] { editLayer(i); });
    }
}

void OutputSizePage::showStack()
{
    const LayerStack& stack = m_model->stack();
    const auto& layers = stack.layers();
    if (m_stackTable->rowCount() != static_cast<int>(layers.size()) + 1)
        rebuildStackTable();

    m_updatingStack = true;
    const StackShape input = stack.input();
    m_stackTable->item(0, ShapeColumn)->setText(shapeText(input));
    std::vector<ShapeBlockView::Block> blocks;
    blocks.push_back({input, tr("input"), QColor(0x8f, 0xa9, 0xc8), true, QStringLiteral("C")});

    const std::vector<StackRow> rows = stack.evaluate();
    int poolCount = 0;
    int convCount = 0;
    for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
        const core::LayerSpec& layer = layers[static_cast<std::size_t>(i)];
        const StackRow& result = rows[static_cast<std::size_t>(i)];
        const int row = i + 1;
        const bool conv = layer.kind == core::LayerKind::Conv;
        auto* kind = static_cast<QComboBox*>(m_stackTable->cellWidget(row, KindColumn));
        {
            const QSignalBlocker blocker(kind);
            kind->setCurrentIndex(conv ? 0 : 1);
        }
        const int columns[] = {FilterColumn, StrideColumn, PaddingColumn, FiltersColumn};
        for (int column : columns) {
            auto* spin = static_cast<QSpinBox*>(m_stackTable->cellWidget(row, column));
            const bool used = conv || (column != PaddingColumn && column != FiltersColumn);
            spin->setEnabled(used);
            spin->setSpecialValueText(QString());
            // A pooling layer has no filters: its box keeps the count for turning it back into a convolution.
            if (column == FiltersColumn && !conv)
                continue;
            const QSignalBlocker blocker(spin);
            spin->setValue(column == FilterColumn ? layer.window
                           : column == StrideColumn ? layer.stride
                           : column == PaddingColumn ? layer.padding
                                                     : layer.units);
        }

        QTableWidgetItem* shapeItem = m_stackTable->item(row, ShapeColumn);
        QTableWidgetItem* paramItem = m_stackTable->item(row, ParametersColumn);
        if (result.valid) {
            shapeItem->setText(shapeText(result.shape));
            shapeItem->setToolTip(bracketShape(result.shape));
            paramItem->setText(conv ? groupedNumber(result.parameters) : QStringLiteral("0"));
        } else if (result.afterError) {
            shapeItem->setText(QString(QChar(0x2014)));
            shapeItem->setToolTip(tr("An earlier layer does not fit"));
            paramItem->setText(QString(QChar(0x2014)));
        } else {
            shapeItem->setText(tr("does not fit"));
            shapeItem->setToolTip(faultText(result, layer, i == 0 ? input : rows[static_cast<std::size_t>(i - 1)].shape));
            paramItem->setText(QString(QChar(0x2014)));
        }
        const QString caption = conv ? tr("conv %1").arg(++convCount) : tr("pool %1").arg(++poolCount);
        blocks.push_back({result.shape, caption,
                          conv ? QColor(0xf0, 0xa2, 0x5a) : QColor(0x7c, 0xc0, 0x8a), result.valid});
    }
    m_stackTotal->setText(tr("Total parameters: %1").arg(groupedNumber(stack.totalParameters())));
    m_stackBlocks->setBlocks(std::move(blocks));
    m_updatingStack = false;
}

void OutputSizePage::editLayer(int index)
{
    if (m_updatingStack)
        return;
    const int row = index + 1;
    auto spinValue = [this, row](int column) { return static_cast<QSpinBox*>(m_stackTable->cellWidget(row, column))->value(); };
    const bool conv = static_cast<QComboBox*>(m_stackTable->cellWidget(row, KindColumn))->currentIndex() == 0;
    const int filters = spinValue(FiltersColumn);
    const int filter = spinValue(FilterColumn);
    const int stride = spinValue(StrideColumn);
    const core::LayerSpec layer = conv ? core::LayerSpec::conv(filters, filter, spinValue(PaddingColumn), stride)
                                       : core::LayerSpec::maxPool(filter, stride);
    m_model->replaceLayer(index, layer);
}

} // namespace convscope::ui
