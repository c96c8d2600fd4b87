#include "ui/activation/window_sum_panel.h"

#include "ui/shared/number_text.h"
#include "ui/shared/step_text.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/tensor_view.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {


} // namespace

WindowSumPanel::WindowSumPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_window(new TensorView)
    , m_sum(new QLabel)
{
    m_title->setWordWrap(true);
    m_window->setColourMap(ColourMapKind::Grey);
    m_window->setValueRange({0.0f, 1.0f});
    m_window->setLegendVisible(false);
    m_window->setMaximumCellSize(64.0);
    m_window->setMinimumSize(150, 150);
    m_window->setAccessibleName(tr("Input window under the kernel"));
    m_sum->setWordWrap(true);
    m_sum->setTextFormat(Qt::RichText);
    m_sum->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sum->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_window, 1);
    layout->addWidget(m_sum);
    setStep(std::nullopt, 3, 3, false);
}

void WindowSumPanel::setStep(const std::optional<core::ConvStep>& step, int kernelRows, int kernelCols, bool relu)
{
    if (!step || static_cast<int>(step->cells.size()) != kernelRows * kernelCols) {
        m_title->setText(tr("Point at the map to see how one pixel is computed."));
        m_window->setMatrix(core::Matrix::Zero(kernelRows, kernelCols));
        m_window->setAnnotations({});
        m_sum->clear();
        return;
    }

    core::Matrix values(kernelRows, kernelCols);
    QList<CellAnnotation> notes;
    bool padded = false;
    for (const core::ConvTraceCell& cell : step->cells) {
        values(cell.kernelY, cell.kernelX) = cell.input;
        notes.append({CellPos{cell.kernelY, cell.kernelX}, times + formatNumber(cell.weight)});
        padded = padded || cell.isPadding;
    }
    m_window->setMatrix(values);
    m_window->setAnnotations(notes);

    m_title->setText(tr("Map pixel at row %1, column %2 (point at the map to pick another)")
                         .arg(step->outY + 1)
                         .arg(step->outX + 1)
                     + (padded ? QStringLiteral("\n") + tr("Cells outside the picture count as 0 (zero padding).") : QString()));
    // The arithmetic exactly as the stepper writes it for the 5×5 grid.
    QString sum = StepText::stepSum(*step, 1, {});
    if (relu)
        sum += QStringLiteral("<br>")
               + tr("ReLU: max(0, %1) = %2").arg(formatNumber(step->total), formatNumber(std::max(0.0f, step->total)));
    m_sum->setText(sum);
}

} // namespace convscope::ui
