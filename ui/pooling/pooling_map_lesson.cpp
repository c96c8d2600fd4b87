#include "ui/pooling/pooling_map_lesson.h"

#include "ui/activation/current_activation_map.h"
#include "ui/pooling/pooling_model.h"
#include "ui/shared/number_text.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/caption.h"
#include "ui/widgets/tensor_view.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {

QString mapSizeText(const core::Tensor& map)
{
    return QString::number(map.dim(-1)) + times + QString::number(map.dim(-2));
}

QString repeatText(int repeats)
{
    switch (repeats) {
    case 1: return PoolingMapLesson::tr("once");
    case 2: return PoolingMapLesson::tr("twice");
    default: return PoolingMapLesson::tr("three times");
    }
}

} // namespace

PoolingMapLesson::PoolingMapLesson(PoolingModel* model, CurrentActivationMap* shared, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_shared(shared)
{
    setFrameShape(QFrame::StyledPanel);

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

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controlsWidget);
    layout->addLayout(grid, 1);
    
    connect(m_model, &PoolingModel::mapChanged, this, &PoolingMapLesson::showMaps);
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
    showMaps();
}

void PoolingMapLesson::showMaps()
{
    m_mapMode->setCurrentIndex(static_cast<int>(
        std::find(PoolingModel::modes.begin(), PoolingModel::modes.end(), m_model->mapMode()) - PoolingModel::modes.begin()));
    m_mapWindow->setCurrentIndex(m_mapWindow->findData(m_model->mapWindow()));
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

void PoolingMapLesson::takeSharedMap()
{
    if (!m_shared || !m_sharedPending)
        return;
    m_sharedPending = false;
    m_model->setSourceMap(m_shared->map(), m_shared->name(), m_shared->colourMap(), m_shared->range());
}

void PoolingMapLesson::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    takeSharedMap();
}

} // namespace convscope::ui
