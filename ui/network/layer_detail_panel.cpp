#include "ui/network/layer_detail_panel.h"

#include "ui/io/korean_particles.h"
#include "ui/network/network_model.h"
#include "ui/network/network_text.h"
#include "ui/shared/number_text.h"
#include "ui/widgets/tensor_view.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {

// More input channels than this are summed up in one line; the Convolution page shows them all.
constexpr int maxShownChannels = 16;

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

LayerDetailPanel::LayerDetailPanel(NetworkModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    {
        QFont font = m_title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        m_title->setFont(font);
    }
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);

    // Left: what went in (input channels and their kernels).
    m_inputsBox = new QWidget(this);
    auto* inputsLayout = new QVBoxLayout(m_inputsBox);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    m_inputsCaption = caption(QString(), m_inputsBox);
    inputsLayout->addWidget(m_inputsCaption);
    m_inputsGrid = new QGridLayout;
    m_inputsGrid->setHorizontalSpacing(6);
    m_inputsGrid->setVerticalSpacing(2);
    inputsLayout->addLayout(m_inputsGrid, 1);
    m_biasLabel = new QLabel(m_inputsBox);
    m_moreChannels = new QLabel(m_inputsBox);
    m_moreChannels->setWordWrap(true);
    inputsLayout->addWidget(m_biasLabel);
    inputsLayout->addWidget(m_moreChannels);

    // Middle: the opened map, large.
    m_mapBox = new QWidget(this);
    auto* mapBox = new QVBoxLayout(m_mapBox);
    mapBox->setContentsMargins(0, 0, 0, 0);
    m_mapCaption = caption(QString(), m_mapBox);
    m_mapView = new TensorView(m_mapBox);
    m_mapView->setObjectName(QStringLiteral("detailMapView"));
    m_mapView->setColourMap(ColourMapKind::BlueOrange);
    m_mapView->setMaximumCellSize(60.0);
    m_mapView->setMinimumSize(180, 160);
    mapBox->addWidget(m_mapCaption);
    mapBox->addWidget(m_mapView, 1);
    connect(m_mapView, &TensorView::cellClicked, m_model, &NetworkModel::pickCell);

    // Right: the arithmetic of the clicked value and the way to the lessons.
    auto* arithmeticBox = new QVBoxLayout;
    m_arithmetic = new QLabel(this);
    m_arithmetic->setObjectName(QStringLiteral("arithmeticLabel"));
    m_arithmetic->setTextFormat(Qt::RichText);
    m_arithmetic->setWordWrap(true);
    m_arithmetic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arithmetic->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    {
        QFont font = m_arithmetic->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        m_arithmetic->setFont(font);
    }
    m_convolutionButton = new QPushButton(tr("Step through this sum on the Convolution page"), this);
    m_convolutionButton->setObjectName(QStringLiteral("openConvolutionButton"));
    m_poolingButton = new QPushButton(tr("Step through this pooling on the Pooling page"), this);
    m_poolingButton->setObjectName(QStringLiteral("openPoolingButton"));
    connect(m_convolutionButton, &QPushButton::clicked, this, &LayerDetailPanel::openConvolutionRequested);
    connect(m_poolingButton, &QPushButton::clicked, this, &LayerDetailPanel::openPoolingRequested);
    // Long sums (many channels, a large font) scroll rather than being cut off.
    auto* arithmeticScroll = new QScrollArea(this);
    arithmeticScroll->setWidgetResizable(true);
    arithmeticScroll->setFrameShape(QFrame::NoFrame);
    arithmeticScroll->setWidget(m_arithmetic);
    arithmeticBox->addWidget(arithmeticScroll, 1);
    arithmeticBox->addWidget(m_convolutionButton);
    arithmeticBox->addWidget(m_poolingButton);

    auto* row = new QHBoxLayout;
    row->addWidget(m_inputsBox, 4);
    row->addWidget(m_mapBox, 3);
    row->addLayout(arithmeticBox, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addLayout(row, 1);
    refresh();
}

void LayerDetailPanel::ensureChannelViews(int count)
{
    while (m_inputViews.size() < count) {
        const int c = static_cast<int>(m_inputViews.size());
        auto* label = new QLabel(m_inputsBox);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* input = new TensorView(m_inputsBox);
        input->setObjectName(QStringLiteral("detailInputView%1").arg(c));
        input->setLegendVisible(false);
        input->setMinimumSize(40, 40);
        auto* kernel = new TensorView(m_inputsBox);
        kernel->setObjectName(QStringLiteral("detailKernelView%1").arg(c));
        kernel->setColourMap(ColourMapKind::BlueOrange);
        kernel->setLegendVisible(false);
        kernel->setMinimumSize(40, 40);
        kernel->setMaximumCellSize(40.0);
        m_channelLabels.append(label);
        m_inputViews.append(input);
        m_kernelViews.append(kernel);
    }
}

void LayerDetailPanel::refresh()
{
    const int stage = m_model->selectedStage();
    const int channel = m_model->selectedChannel();
    const bool selected = m_model->hasModel() && stage >= 0 && stage < m_model->stageCount();
    m_convolutionButton->setVisible(false);
    m_poolingButton->setVisible(false);
    m_biasLabel->clear();
    m_moreChannels->clear();
    for (int c = 0; c < m_inputViews.size(); ++c) {
        m_inputsGrid->removeWidget(m_channelLabels[c]);
        m_inputsGrid->removeWidget(m_inputViews[c]);
        m_inputsGrid->removeWidget(m_kernelViews[c]);
        m_channelLabels[c]->hide();
        m_inputViews[c]->hide();
        m_kernelViews[c]->hide();
    }
    if (!selected) {
        m_title->setText(tr("Click any map above to open it"));
        m_explanation->setText(tr("You will see it large, beside the input channels and learned kernels that produced "
                                  "it, and how every value in it was computed."));
        m_inputsBox->hide();
        m_mapBox->hide();
        m_arithmetic->clear();
        return;
    }

    const std::optional<core::LayerKind> kind = m_model->stageKind(stage);
    const core::Tensor& values = m_model->stageValues(stage);
    const bool maps = m_model->isMapStage(stage);
    const std::optional<QPoint> picked = m_model->pickedCell();
    const QString name = kind ? NetworkText::layerName(*kind, m_model->stageOrdinal(stage)) : tr("Input");

    // --- the large view of the map ---
    m_mapBox->setVisible(maps);
    if (maps) {
        m_title->setText(tr("%1, map %2 of %3").arg(name).arg(channel + 1).arg(values.dim(0)));
        m_mapCaption->setText(tr("Map %1, %2×%3").arg(channel + 1).arg(values.dim(1)).arg(values.dim(2)));
        m_mapView->setColourMap(m_model->mapColours(stage));
        m_mapView->setTensorPlane(values, channel);
        m_mapView->setValueRange(m_model->mapRange(stage, channel));
        m_mapView->setHighlightedCells(CellRole::Picked,
                                       picked ? QList<CellPos>{{picked->y(), picked->x()}} : QList<CellPos>{});
    } else {
        m_title->setText(tr("%1, %n value(s)", nullptr, static_cast<int>(values.size())).arg(name));
    }

    // --- what produced it ---
    const core::Tensor* input = stage > 0 ? &m_model->stageValues(stage - 1) : nullptr;
    int shownChannels = 0;
    bool withKernels = false;
    int padding = 0;
    if (kind == core::LayerKind::Conv) {
        shownChannels = std::min(input->dim(0), maxShownChannels);
        withKernels = true;
        padding = m_model->stageSpec(stage)->padding;
        m_inputsCaption->setText(tr("Input channels ∗ learned kernels"));
    } else if (maps && kind && input && input->rank() == 3) {
        shownChannels = 1; // ReLU, pooling and dropout work on each channel alone
        m_inputsCaption->setText(tr("Before: map %1 of the previous layer").arg(channel + 1));
    }
    m_inputsBox->setVisible(shownChannels > 0);
    ensureChannelViews(shownChannels);
    // Pairs side by side rather than stacked: the panel is wider than it is tall.
    const int gridColumns = shownChannels <= 1 ? 1 : (shownChannels <= 4 ? 2 : 4);
    std::optional<core::ConvFilter> filter = m_model->selectedFilter();
    const std::optional<core::ConvStep> convStep = m_model->pickedConvStep();
    const std::optional<core::PoolStep> poolStep = m_model->pickedPoolStep();
    for (int c = 0; c < shownChannels; ++c) {
        const int inputChannel = withKernels ? c : channel;
        // Per channel three grid columns: its number, the input map, the kernel.
        const int row = c / gridColumns;
        const int column = (c % gridColumns) * 3;
        QLabel* label = m_channelLabels[c];
        TensorView* inputView = m_inputViews[c];
        TensorView* kernelView = m_kernelViews[c];
        label->setText(QString::number(c + 1));
        label->setToolTip(io::fitKoreanParticles(tr("Input channel %1 and its kernel").arg(c + 1)));
        label->setVisible(withKernels && shownChannels > 1);
        m_inputsGrid->addWidget(label, row, column);
        m_inputsGrid->addWidget(inputView, row, column + 1);
        inputView->show();
        inputView->setColourMap(m_model->mapColours(stage - 1));
        inputView->setTensorPlane(*input, inputChannel);
        inputView->setValueRange(m_model->mapRange(stage - 1, inputChannel));
        inputView->setPaddingRing(padding, padding);
        inputView->setAccessibleName(tr("Input channel %1").arg(inputChannel + 1));
        QRect window;
        if (convStep) {
            for (const core::ConvTraceCell& traceCell : convStep->cells)
                if (traceCell.channel == inputChannel)
                    window = window.united(QRect(traceCell.x, traceCell.y, 1, 1));
        } else if (poolStep) {
            for (const core::PoolTraceCell& traceCell : poolStep->cells)
                window = window.united(QRect(traceCell.x, traceCell.y, 1, 1));
        } else if (picked && maps && !withKernels && input->dim(1) == values.dim(1)) {
            window = QRect(picked->x(), picked->y(), 1, 1); // ReLU: the same cell before
        }
        inputView->setWindow(window);
        if (withKernels && filter) {
            m_inputsGrid->addWidget(kernelView, row, column + 2);
            kernelView->show();
            kernelView->setTensorPlane(filter->kernels, c);
            kernelView->setAccessibleName(tr("Learned kernel for channel %1").arg(c + 1));
        }
    }
    // Kernels are small; give the input maps most of the width. Columns left over from a layer
    // with more channels get no share.
    static constexpr int stretch[3] = {0, 3, 2};
    for (int column = 0; column < m_inputsGrid->columnCount(); ++column)
        m_inputsGrid->setColumnStretch(column, column >= 3 * gridColumns ? 0 : stretch[column % 3]);
    if (withKernels && filter) {
        m_biasLabel->setText(tr("bias %1").arg(formatNumber(filter->bias)));
        if (input->dim(0) > shownChannels)
            m_moreChannels->setText(tr("… and %n more channel(s): the Convolution page shows every one.", nullptr,
                                       input->dim(0) - shownChannels));
    }

    // --- the arithmetic ---
    QString explanation;
    QString arithmetic;
    if (!kind) {
        explanation = tr("The network's input: %1 values from 0 (black) to 1 (white), as in the training images.")
                          .arg(values.size());
    } else {
        switch (*kind) {
        case core::LayerKind::Conv:
            explanation = tr("Filter %1 slides over every input channel; at each position the products of the window "
                             "with the kernels are summed over all channels, and the bias is added.")
                              .arg(channel + 1);
            if (convStep)
                arithmetic = NetworkText::convSummary(*convStep, input->dim(0), m_model->reluFollows(stage));
            m_convolutionButton->setVisible(true);
            m_convolutionButton->setEnabled(m_model->convStepRequest().has_value());
            m_convolutionButton->setToolTip(input->dim(0) > ConvStepRequest::maxChannels
                                                ? tr("The Convolution page lays out at most %1 input channels; this "
                                                     "layer has %2.")
                                                      .arg(ConvStepRequest::maxChannels)
                                                      .arg(input->dim(0))
                                                : QString());
            break;
        case core::LayerKind::Relu:
            explanation = tr("ReLU keeps positive values and turns negative ones into 0: the blue disappears.");
            if (picked) {
                const float before = maps ? input->at(channel, picked->y(), picked->x()) : input->data()[picked->x()];
                arithmetic = NetworkText::reluSummary(before);
            }
            break;
        case core::LayerKind::MaxPool:
        case core::LayerKind::AvgPool:
        case core::LayerKind::MinPool:
        case core::LayerKind::GlobalAvgPool:
            explanation = *kind == core::LayerKind::MaxPool
                ? tr("Each window of the map before keeps only its largest value: the map shrinks, the strongest "
                     "responses stay.")
                : *kind == core::LayerKind::MinPool
                ? tr("Each window of the map before keeps only its smallest value: the map shrinks.")
                : *kind == core::LayerKind::GlobalAvgPool
                ? tr("Each map is replaced by its average: one value per channel.")
                : tr("Each window of the map before is replaced by its average: the map shrinks.");
            if (poolStep)
                arithmetic = NetworkText::poolSummary(*poolStep, *kind == core::LayerKind::MaxPool ? core::PoolMode::Max
                                                          : *kind == core::LayerKind::MinPool    ? core::PoolMode::Min
                                                                                                 : core::PoolMode::Average);
            m_poolingButton->setVisible(true);
            m_poolingButton->setEnabled(poolStep.has_value());
            break;
        case core::LayerKind::Flatten:
            explanation = tr("Flattening unrolls the maps into one vector, map after map and row after row; no value "
                             "changes.");
            if (picked && input)
                arithmetic = NetworkText::flattenSource(picked->x(), input->shape()) + QStringLiteral(" = <b>")
                    + formatNumber(values.data()[picked->x()]) + QStringLiteral("</b>");
            break;
        case core::LayerKind::Dense:
            explanation = tr("A fully connected layer: every output is a weighted sum of all inputs plus a bias.");
            if (const std::optional<core::DenseSum> sum = m_model->pickedDenseSum())
                arithmetic = NetworkText::denseSummary(*sum, 4, m_model->reluFollows(stage));
            break;
        case core::LayerKind::Dropout:
            explanation = tr("Dropout only acts while training; here every value passes unchanged.");
            break;
        case core::LayerKind::Tanh:
        case core::LayerKind::Sigmoid:
        case core::LayerKind::LeakyRelu:
            explanation = tr("An activation: every value passes through %1 on its own.")
                              .arg(NetworkText::layerDetails(*m_model->stageSpec(stage)));
            break;
        case core::LayerKind::BatchNorm:
            explanation = tr("Batch normalisation: each channel has its running mean taken away, is divided by "
                             "√(running variance + ε), then scaled by γ and shifted by β.");
            break;
        }
    }
    m_explanation->setText(io::fitKoreanParticles(explanation));
    if (arithmetic.isEmpty() && kind && *kind != core::LayerKind::Dropout)
        arithmetic = maps ? tr("Click a value in the map to see how it was computed.")
                          : tr("Click a value in the strip above to see how it was computed.");
    m_arithmetic->setText(arithmetic);
}

QString LayerDetailPanel::arithmeticText() const
{
    return QTextDocumentFragment::fromHtml(m_arithmetic->text()).toPlainText();
}

} // namespace convscope::ui
