#include "ui/widgets/gif_export_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <algorithm>

namespace convscope::ui {

GifExportDialog::GifExportDialog(int stepCount, const AnimationOptions& initial, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save animation as GIF"));
    m_width = new QSpinBox(this);
    m_width->setRange(minWidth, maxWidth);
    m_width->setSingleStep(80);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(std::clamp(initial.width, minWidth, maxWidth));
    m_speed = new QDoubleSpinBox(this);
    m_speed->setRange(0.25, 25.0);
    m_speed->setDecimals(2);
    m_speed->setSingleStep(0.5);
    m_speed->setValue(initial.stepsPerSecond);
    m_first = new QSpinBox(this);
    m_last = new QSpinBox(this);
    for (QSpinBox* box : {m_first, m_last}) {
        box->setRange(0, std::max(stepCount, 0));
        // Position 0 shows the image and kernel before anything is written.
        box->setSpecialValueText(tr("Start"));
    }
    m_first->setValue(std::clamp(initial.first, 0, stepCount));
    m_last->setValue(std::clamp(initial.last, 0, stepCount));
    // The range stays ordered whichever end the student moves.
    connect(m_first, &QSpinBox::valueChanged, this, [this](int value) { m_last->setValue(std::max(m_last->value(), value)); });
    connect(m_last, &QSpinBox::valueChanged, this, [this](int value) { m_first->setValue(std::min(m_first->value(), value)); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Width:"), m_width);
    layout->addRow(tr("Speed (steps per second):"), m_speed);
    layout->addRow(tr("First step:"), m_first);
    layout->addRow(tr("Last step:"), m_last);
    layout->addRow(buttons);
}

AnimationOptions GifExportDialog::options() const
{
    return AnimationOptions{m_width->value(), m_speed->value(), m_first->value(), m_last->value()};
}

} // namespace convscope::ui
