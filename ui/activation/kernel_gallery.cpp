#include "ui/activation/kernel_gallery.h"

#include "ui/widgets/tensor_view.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

constexpr int columns = 2;

TensorView* makeThumbnail()
{
    auto* view = new TensorView;
    view->setLegendVisible(false);
    // The button under the picture takes the keyboard; one Tab stop per kernel is enough.
    view->setFocusPolicy(Qt::ClickFocus);
    view->setMinimumSize(96, 72);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return view;
}

QPushButton* makeCaptionButton(const QString& text)
{
    auto* button = new QPushButton(text);
    button->setCheckable(true);
    button->setFlat(true);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return button;
}

QWidget* cell(TensorView* view, QPushButton* caption)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(1);
    layout->addWidget(view, 1);
    layout->addWidget(caption);
    return box;
}

} // namespace

KernelGallery::KernelGallery(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_original(makeThumbnail())
    , m_originalCaption(makeCaptionButton(tr("Original")))
    , m_group(new QButtonGroup(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    m_original->setColourMap(ColourMapKind::Grey);
    m_original->setValueRange({0.0f, 1.0f});
    m_originalCaption->setCheckable(false);
    m_originalCaption->setToolTip(tr("The picture the kernels run over"));
    m_grid->addWidget(cell(m_original, m_originalCaption), 0, 0);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &KernelGallery::entryClicked);
}

void KernelGallery::setEntries(const QStringList& names, const QStringList& tooltips)
{
    for (int i = 0; i < names.size(); ++i) {
        TensorView* view = makeThumbnail();
        QPushButton* caption = makeCaptionButton(names[i]);
        caption->setToolTip(tooltips.value(i));
        view->setToolTip(tooltips.value(i));
        view->setAccessibleName(names[i]);
        m_group->addButton(caption, i);
        connect(view, &TensorView::cellClicked, this, [this, i] { emit entryClicked(i); });
        const int position = i + 1; // after the original
        m_grid->addWidget(cell(view, caption), position / columns, position % columns);
        m_views.push_back(view);
        m_captions.push_back(caption);
    }
}

void KernelGallery::setOriginal(const core::Tensor& channel, const QString& caption)
{
    m_original->setTensorPlane(channel, 0);
    m_original->zoomToFit();
    m_originalCaption->setText(caption);
}

void KernelGallery::setMap(int index, const core::Tensor& values, ColourMapKind colours, ValueRange range)
{
    TensorView* view = m_views[static_cast<std::size_t>(index)];
    view->setColourMap(colours);
    view->setValueRange(range);
    view->setTensorPlane(values, 0);
    view->zoomToFit();
}

void KernelGallery::setEntryName(int index, const QString& name)
{
    m_captions[static_cast<std::size_t>(index)]->setText(name);
    m_views[static_cast<std::size_t>(index)]->setAccessibleName(name);
}

void KernelGallery::setSelected(int index)
{
    if (QAbstractButton* button = m_group->button(index))
        button->setChecked(true);
}

} // namespace convscope::ui
