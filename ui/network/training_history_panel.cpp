#include "ui/network/training_history_panel.h"

#include "ui/network/flow_stages.h"
#include "ui/network/network_model.h"
#include "ui/widgets/probability_bars.h"
#include "ui/widgets/tensor_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {

// More filters than this are left out of the row (the larger network has 32).
constexpr int maxFilterViews = 16;

} // namespace

TrainingHistoryPanel::TrainingHistoryPanel(NetworkModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_trainingButton = new QPushButton(tr("Go to the Training page"), this);
    connect(m_trainingButton, &QPushButton::clicked, this, &TrainingHistoryPanel::trainingPageRequested);

    m_content = new QWidget(this);
    m_slider = new QSlider(Qt::Horizontal, m_content);
    m_slider->setObjectName(QStringLiteral("epochSlider"));
    m_slider->setAccessibleName(tr("Epoch"));
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_epochLabel = new QLabel(m_content);
    // Wide enough for either text, so the slider keeps its length while it moves.
    m_epochLabel->setMinimumWidth(std::max(m_epochLabel->fontMetrics().horizontalAdvance(tr("Epoch 0 (before training)")),
                                           m_epochLabel->fontMetrics().horizontalAdvance(tr("Epoch %1 of %2").arg(888).arg(888))));
    connect(m_slider, &QSlider::valueChanged, this, &TrainingHistoryPanel::showEpoch);

    m_filterRow = new QWidget(m_content);
    auto* filterLayout = new QHBoxLayout(m_filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterCaption = new QLabel(tr("First-layer filters:"), m_filterRow);
    filterLayout->addWidget(filterCaption);
    for (int k = 0; k < maxFilterViews; ++k) {
        auto* view = new TensorView(m_filterRow);
        view->setColourMap(ColourMapKind::BlueOrange);
        view->setLegendVisible(false);
        view->setMaximumCellSize(18.0);
        view->setMinimumSize(44, 44);
        view->setMaximumSize(72, 72);
        view->setAccessibleName(tr("Filter %1").arg(k + 1));
        filterLayout->addWidget(view);
        m_filterViews.append(view);
    }
    filterLayout->addStretch(1);

    m_flow = new NetworkFlowView(m_content);
    m_flow->setObjectName(QStringLiteral("historyFlow"));
    m_bars = new ProbabilityBars(m_content);
    m_bars->setMaximumWidth(260);

    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(new QLabel(tr("Epoch:"), m_content));
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_epochLabel);
    auto* flowRow = new QHBoxLayout;
    flowRow->addWidget(m_flow, 1);
    flowRow->addWidget(m_bars);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(sliderRow);
    contentLayout->addWidget(m_filterRow);
    contentLayout->addLayout(flowRow, 1);

    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_trainingButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(messageRow);
    layout->addWidget(m_content, 1);
    refresh();
}

void TrainingHistoryPanel::refresh()
{
    const std::vector<core::EpochSnapshot>& snapshots = m_model->snapshots();
    const bool available = !snapshots.empty() && m_model->hasModel();
    m_content->setVisible(available);
    m_trainingButton->setVisible(!available);
    if (!available) {
        m_shown = -1;
        m_message->setText(tr("The history of a training appears here after you train a network on the Training page: "
                              "the filters and one input's maps after every epoch, with a slider to watch them change. "
                              "The model shipped with ConvScope was trained from the command line, so it has no history "
                              "here."));
        return;
    }
    m_message->setText(tr("Drag the slider to see the filters and the maps of one test image change epoch by epoch: "
                          "epoch 0 is the random start."));
    const int last = static_cast<int>(snapshots.size()) - 1;
    const bool wasAtEnd = m_slider->value() == m_slider->maximum();
    m_slider->setRange(0, last);
    if (wasAtEnd || m_shown < 0 || m_shown > last) {
        m_slider->setValue(last);
        m_shown = -1;
    }
    showEpoch(m_slider->value());
}

void TrainingHistoryPanel::showEpoch(int index)
{
    const std::vector<core::EpochSnapshot>& snapshots = m_model->snapshots();
    if (index < 0 || index >= static_cast<int>(snapshots.size()))
        return;
    m_shown = index;
    const core::EpochSnapshot& snapshot = snapshots[static_cast<std::size_t>(index)];
    m_epochLabel->setText(snapshot.epoch == 0 ? tr("Epoch 0 (before training)")
                                              : tr("Epoch %1 of %2").arg(snapshot.epoch).arg(snapshots.back().epoch));
    const core::Tensor& filters = snapshot.filters;
    const int count = filters.empty() ? 0 : std::min(filters.dim(0), maxFilterViews);
    for (int k = 0; k < maxFilterViews; ++k) {
        TensorView* view = m_filterViews[k];
        view->setVisible(k < count);
        if (k >= count)
            continue;
        // One kernel per filter: the sum over input channels (the filter itself for grey input).
        core::Tensor kernel({1, filters.dim(2), filters.dim(3)});
        for (int c = 0; c < filters.dim(1); ++c)
            kernel.plane(0) += filters.plane(k * filters.dim(1) + c);
        view->setTensorPlane(kernel, 0);
    }
    m_flow->setStages(flowStages(*m_model, snapshot));
    m_bars->setProbabilities(snapshot.probabilities, m_model->classNames());
}

} // namespace convscope::ui
