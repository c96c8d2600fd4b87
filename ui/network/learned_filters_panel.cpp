#include "ui/network/learned_filters_panel.h"

#include "core/kernel_presets.h"
#include "ui/io/kernel_preset_text.h"
#include "ui/io/korean_particles.h"
#include "ui/network/network_model.h"
#include "ui/shared/number_text.h"
#include "ui/widgets/tensor_view.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace convscope::ui {

namespace {

constexpr int cardsPerRow = 4;
// A wide first layer (hundreds of filters) would take seconds to lay out as cards; the classroom
// and tutorial networks have 8 and 32.
constexpr int maxCards = 64;
// Cells stay below TensorView::numberThreshold unless the numbers are asked for.
constexpr double pictureCell = 18.0;
constexpr double numberCell = 40.0;
constexpr int pictureSide = 72;
constexpr int numberSide = 150;

// The presets that respond to edges: what "learning discovered edge detectors" counts.
constexpr std::array<std::string_view, 4> edgePresets{"edge", "sobel-x", "sobel-y", "emboss"};

QString presetName(std::string_view id)
{
    const QString name = io::kernelPresetText(id).name;
    return name.isEmpty() ? QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())) : name;
}

TensorView* kernelView(QWidget* parent)
{
    auto* view = new TensorView(parent);
    view->setColourMap(ColourMapKind::BlueOrange);
    view->setLegendVisible(false);
    view->setMaximumCellSize(pictureCell);
    view->setFixedSize(pictureSide, pictureSide);
    return view;
}

} // namespace

LearnedFiltersPanel::LearnedFiltersPanel(NetworkModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* title = new QLabel(tr("Learning discovered edge detectors"), this);
    {
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        title->setFont(font);
    }
    auto* explanation = new QLabel(
        tr("Nobody wrote these kernels: training found them. Each filter of the first convolution layer is shown beside "
           "the hand-made kernel it resembles most (cosine similarity of the filter without its mean: 1 is the same "
           "pattern, −1 the same pattern with light and dark swapped, 0 nothing alike)."),
        this);
    explanation->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setWordWrap(true);
    m_numbers = new QCheckBox(tr("Show the weights as numbers"), this);
    m_numbers->setObjectName(QStringLiteral("showWeightsBox"));
    connect(m_numbers, &QCheckBox::toggled, this, &LearnedFiltersPanel::showNumbers);

    // The hand-made presets, for comparison.
    m_presetRow = new QWidget(this);
    auto* presetLayout = new QHBoxLayout(m_presetRow);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    auto* presetCaption = new QLabel(tr("Hand-made kernels:"), m_presetRow);
    presetLayout->addWidget(presetCaption);
    for (const core::KernelPreset& preset : core::kernelPresets()) {
        auto* box = new QVBoxLayout;
        TensorView* view = kernelView(m_presetRow);
        view->setTensorPlane(preset.kernel, 0);
        view->setAccessibleName(presetName(preset.id));
        auto* name = new QLabel(presetName(preset.id), m_presetRow);
        name->setAlignment(Qt::AlignHCenter);
        box->addWidget(view, 0, Qt::AlignHCenter);
        box->addWidget(name);
        presetLayout->addLayout(box, 1);
        m_referenceViews.append(view);
    }

    m_cards = new QWidget;
    m_grid = new QGridLayout(m_cards);
    m_grid->setSpacing(8);
    m_grid->setAlignment(Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);

    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_numbers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_presetRow);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    refresh();
}

void LearnedFiltersPanel::refresh()
{
    const core::Tensor& filters = m_model->learnedFilters();
    const int count = filters.empty() ? 0 : filters.dim(0);
    const int cards = std::min(count, maxCards);
    m_shownFilters = cards;
    const std::vector<core::FilterSimilarity>& similarities = m_model->filterSimilarities();

    while (m_cardWidgets.size() < cards) {
        const int k = static_cast<int>(m_cardWidgets.size());
        auto* card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        auto* grid = new QGridLayout(card);
        auto* caption = new QLabel(tr("Filter %1").arg(k + 1), card);
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
        TensorView* learned = kernelView(card);
        learned->setObjectName(QStringLiteral("learnedFilter%1").arg(k));
        learned->setAccessibleName(tr("Learned filter %1").arg(k + 1));
        TensorView* preset = kernelView(card);
        preset->setObjectName(QStringLiteral("closestPreset%1").arg(k));
        auto* approx = new QLabel(QStringLiteral("≈"), card);
        approx->setAlignment(Qt::AlignCenter);
        auto* match = new QLabel(card);
        match->setWordWrap(true);
        auto* button = new QPushButton(tr("Try it on a picture"), card);
        button->setToolTip(tr("Applies this learned filter on the Activation maps page"));
        connect(button, &QPushButton::clicked, this, [this, k] {
            emit applyKernelRequested(m_model->learnedKernel(k));
        });
        grid->addWidget(caption, 0, 0, 1, 3);
        grid->addWidget(learned, 1, 0, Qt::AlignHCenter);
        grid->addWidget(approx, 1, 1);
        grid->addWidget(preset, 1, 2, Qt::AlignHCenter);
        // A colour network's filter has a kernel for each of the red, green and blue channels;
        // the picture above is their sum, what the filter does to a grey picture.
        auto* channels = new QWidget(card);
        auto* channelLayout = new QGridLayout(channels);
        channelLayout->setContentsMargins(0, 0, 0, 0);
        channelLayout->addWidget(new QLabel(tr("Its kernels for red, green and blue:"), channels), 0, 0, 1, 3);
        std::array<TensorView*, 3> channelViews{};
        const QString channelNames[3] = {tr("red"), tr("green"), tr("blue")};
        for (int c = 0; c < 3; ++c) {
            channelViews[static_cast<std::size_t>(c)] = kernelView(channels);
            channelViews[static_cast<std::size_t>(c)]->setObjectName(QStringLiteral("filter%1Channel%2").arg(k).arg(c));
            channelViews[static_cast<std::size_t>(c)]->setAccessibleName(tr("Filter %1, kernel for %2").arg(k + 1).arg(channelNames[c]));
            auto* name = new QLabel(channelNames[c], channels);
            name->setAlignment(Qt::AlignHCenter);
            channelLayout->addWidget(channelViews[static_cast<std::size_t>(c)], 1, c, Qt::AlignHCenter);
            channelLayout->addWidget(name, 2, c);
        }
        grid->addWidget(match, 2, 0, 1, 3);
        grid->addWidget(channels, 3, 0, 1, 3);
        grid->addWidget(button, 4, 0, 1, 3);
        m_channelRows.append(channels);
        m_channelViews.append(channelViews);
        m_grid->addWidget(card, k / cardsPerRow, k % cardsPerRow);
        m_cardWidgets.append(card);
        m_filterViews.append(learned);
        m_presetViews.append(preset);
        m_matchLabels.append(match);
        m_tryButtons.append(button);
    }

    for (int k = 0; k < m_cardWidgets.size(); ++k) {
        const bool shown = k < cards;
        m_cardWidgets[k]->setVisible(shown);
        if (!shown)
            continue;
        m_filterViews[k]->setTensorPlane(m_model->learnedKernel(k), 0);
        const bool colour = filters.dim(1) == 3;
        m_channelRows[k]->setVisible(colour);
        if (colour) {
            for (int c = 0; c < 3; ++c) // plane k·C + c of the K × C × F × F bank
                m_channelViews[k][static_cast<std::size_t>(c)]->setTensorPlane(filters, k * 3 + c);
        }
        const bool matched = k < static_cast<int>(similarities.size());
        m_presetViews[k]->setVisible(matched);
        if (!matched) {
            m_matchLabels[k]->setText(tr("No preset has this size."));
            continue;
        }
        const core::PresetSimilarity& closest = similarities[static_cast<std::size_t>(k)].closest();
        // An inverted match is drawn inverted, so the two pictures look alike.
        if (std::optional<core::KernelPreset> preset = core::findKernelPreset(closest.presetId)) {
            if (closest.cosine < 0)
                for (float& v : preset->kernel.values())
                    v = -v;
            m_presetViews[k]->setTensorPlane(preset->kernel, 0);
        }
        m_presetViews[k]->setAccessibleName(presetName(closest.presetId));
        const QString name = presetName(closest.presetId);
        m_matchLabels[k]->setText(io::fitKoreanParticles(
            closest.cosine < 0 ? tr("like −%1: %2 inverted (%3)").arg(name, name, formatNumber(closest.cosine))
                               : tr("like %1 (%2)").arg(name, formatNumber(closest.cosine))));
    }
    int edgeLike = 0;
    for (const core::FilterSimilarity& similarity : similarities)
        for (std::string_view id : edgePresets)
            edgeLike += similarity.closest().presetId == id ? 1 : 0;
    if (count == 0) {
        m_summary->setText(m_model->hasModel() ? tr("This network has no convolution layer, so it has no filters to show.")
                                               : m_model->modelProblem());
    } else {
        QString summary = tr("%1 of %n learned filter(s) look most like an edge detector (edge, Sobel or emboss).",
                             nullptr, count)
                              .arg(edgeLike);
        if (cards < count)
            summary += QLatin1Char(' ') + tr("The first %1 are shown.").arg(cards);
        m_summary->setText(summary);
    }
    showNumbers(m_numbers->isChecked());
}

void LearnedFiltersPanel::showNumbers(bool shown)
{
    const double cell = shown ? numberCell : pictureCell;
    const int side = shown ? numberSide : pictureSide;
    QList<TensorView*> views = m_filterViews + m_presetViews;
    for (const std::array<TensorView*, 3>& channel : m_channelViews)
        views.append({channel[0], channel[1], channel[2]});
    for (TensorView* view : views) {
        view->setMaximumCellSize(cell);
        view->setFixedSize(side, side);
        view->zoomToFit();
    }
}

QString LearnedFiltersPanel::summaryText() const
{
    return m_summary->text();
}

QString LearnedFiltersPanel::matchText(int index) const
{
    return m_matchLabels.value(index) ? m_matchLabels[index]->text() : QString();
}

} // namespace convscope::ui
