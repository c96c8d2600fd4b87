#include "ui/activation/kernel_editor.h"

#include "ui/shared/number_text.h"
#include "ui/widgets/number_spin_box.h"
#include "ui/widgets/tensor_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace convscope::ui {

KernelEditor::KernelEditor(QWidget* parent)
    : QWidget(parent)
    , m_grid(new TensorView)
    , m_size(new QComboBox)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_value(new NumberSpinBox)
    , m_selectedLabel(new QLabel)
    , m_normalise(new QPushButton(tr("Normalise")))
    , m_copy(new QPushButton)
{
    m_size->addItem(tr("3×3"), 3);
    m_size->addItem(tr("5×5"), 5);
    m_size->setToolTip(tr("Size of the custom kernel"));
    m_size->setAccessibleName(tr("Kernel size"));

    m_grid->setEditable(true);
    m_grid->setColourMap(ColourMapKind::BlueOrange);
    m_grid->setEditStep(0.1f);
    m_grid->setEditRange(-100.0f, 100.0f);
    m_grid->setLegendVisible(false);
    m_grid->setMaximumCellSize(56.0);
    m_grid->setMinimumSize(150, 150);
    m_grid->setAccessibleName(tr("Custom kernel weights"));
    m_grid->setToolTip(tr("Click a weight and type a value (fractions such as 1/9 work), or hold Shift and "
                          "turn the wheel. The map follows every change."));

    m_slider->setRange(static_cast<int>(-sliderLimit * sliderScale), static_cast<int>(sliderLimit * sliderScale));
    m_slider->setToolTip(tr("Drag to change the selected weight and watch the map follow"));
    m_slider->setAccessibleName(tr("Selected weight"));
    m_value->setRange(-100.0, 100.0);
    m_value->setDecimals(3);
    m_value->setSingleStep(0.1);
    m_value->setAccessibleName(tr("Selected weight"));

    m_normalise->setToolTip(tr("Scale the weights so they sum to 1 and the picture keeps its brightness. Weights "
                               "that sum to 0, as in edge kernels, are scaled so the positive ones sum to 1."));

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(new QLabel(tr("Size")));
    sizeRow->addWidget(m_size);
    sizeRow->addStretch(1);

    auto* weightRow = new QHBoxLayout;
    weightRow->addWidget(m_slider, 1);
    weightRow->addWidget(m_value);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_normalise);
    buttons->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sizeRow);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_selectedLabel);
    layout->addLayout(weightRow);
    layout->addLayout(buttons);

    connect(m_size, &QComboBox::activated, this, [this](int index) { emit sizeChosen(m_size->itemData(index).toInt()); });
    connect(m_grid, &TensorView::valueEdited, this, &KernelEditor::weightEdited);
    connect(m_grid, &TensorView::cellClicked, this, &KernelEditor::showSelectedWeight);
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int value) { editSelected(static_cast<double>(value) / sliderScale); });
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &KernelEditor::editSelected);
    connect(m_normalise, &QPushButton::clicked, this, &KernelEditor::normaliseRequested);
    connect(m_copy, &QPushButton::clicked, this, &KernelEditor::copyPresetRequested);
    setPresetName(QString());
}

void KernelEditor::setKernel(const core::Tensor& kernel)
{
    const bool resized = m_kernel.empty() || kernel.dim(-1) != m_kernel.dim(-1);
    m_kernel = kernel;
    m_grid->setTensorPlane(kernel, 0);
    const int size = kernel.dim(-1);
    if (resized || !m_grid->selectedCell())
        m_grid->setSelectedCell(CellPos{size / 2, size / 2});
    {
        const QSignalBlocker blocker(m_size);
        m_size->setCurrentIndex(m_size->findData(size));
    }
    showSelectedWeight();
}

void KernelEditor::setPresetName(const QString& name)
{
    m_copy->setText(name.isEmpty() ? tr("Start from a preset") : tr("Start from %1").arg(name));
    m_copy->setToolTip(tr("Copy the selected preset's weights into the custom kernel"));
    m_copy->setEnabled(!name.isEmpty());
}

void KernelEditor::showSelectedWeight()
{
    const std::optional<CellPos> cell = m_grid->selectedCell();
    const bool has = cell && !m_kernel.empty();
    m_slider->setEnabled(has);
    m_value->setEnabled(has);
    if (!has) {
        m_selectedLabel->setText(tr("Click a weight to edit it"));
        return;
    }
    const float weight = m_kernel.at(0, 0, cell->row, cell->col);
    m_selectedLabel->setText(tr("Weight in row %1, column %2: %3").arg(cell->row + 1).arg(cell->col + 1).arg(formatNumber(weight)));
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker valueBlocker(m_value);
    m_slider->setValue(static_cast<int>(std::lround(weight * sliderScale)));
    m_value->setValue(weight);
}

void KernelEditor::editSelected(double value)
{
    const std::optional<CellPos> cell = m_grid->selectedCell();
    if (!cell)
        return;
    emit weightEdited(cell->row, cell->col, static_cast<float>(value));
}

} // namespace convscope::ui
