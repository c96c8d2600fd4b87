#include "ui/network/preprocessing_view.h"

#include "ui/shared/number_text.h"
#include "ui/widgets/tensor_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

constexpr int steps = 6;

} // namespace

PreprocessingView::PreprocessingView(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    for (int i = 0; i < steps; ++i) {
        auto* captionLabel = new QLabel(this);
        QFont font = captionLabel->font();
        font.setBold(true);
        captionLabel->setFont(font);
        captionLabel->setAlignment(Qt::AlignHCenter);
        auto* view = new TensorView(this);
        view->setObjectName(QStringLiteral("preprocessingStep%1").arg(i));
        view->setColourMap(ColourMapKind::Grey);
        view->setLegendVisible(false);
        view->setMinimumSize(70, 70);
        auto* note = new QLabel(this);
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        note->setFont(small);
        grid->addWidget(captionLabel, 0, i);
        grid->addWidget(view, 1, i);
        grid->addWidget(note, 2, i);
        grid->setColumnStretch(i, 1);
        m_captions.append(captionLabel);
        m_views.append(view);
        m_notes.append(note);
    }
    grid->setRowStretch(1, 1);
    m_empty = new QLabel(tr("Test images are already prepared like MNIST: 28×28, light ink on black, centred. Draw a "
                            "digit or open a photo to see how ConvScope prepares it the same way."),
                         this);
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(grid, 1);
    setSteps(nullptr);
}

void PreprocessingView::setSteps(const core::DigitPreprocessing* result)
{
    const bool shown = result != nullptr && result->ok();
    m_empty->setVisible(!shown);
    for (int i = 0; i < steps; ++i) {
        m_captions[i]->setVisible(shown);
        m_views[i]->setVisible(shown);
        m_notes[i]->setVisible(shown);
    }
    if (!shown)
        return;
    const core::DigitPreprocessing& s = *result;
    const ValueRange unit{0.0f, 1.0f};
    const core::Tensor* pictures[steps] = {&s.grey, &s.inverted, &s.levels, &s.cropped, &s.scaled, &s.result};
    for (int i = 0; i < steps; ++i) {
        m_views[i]->setTensorPlane(*pictures[i], 0);
        m_views[i]->setValueRange(unit);
        m_views[i]->setWindow({});
        m_views[i]->clearHighlights();
    }
    m_captions[0]->setText(tr("1. Grey"));
    m_notes[0]->setText(tr("%1×%2 pixels").arg(s.grey.dim(2)).arg(s.grey.dim(1)));
    m_captions[1]->setText(s.lightBackground ? tr("2. Inverted") : tr("2. Not inverted"));
    m_notes[1]->setText(s.lightBackground
                            ? tr("the paper is light (%1), MNIST digits are light on black").arg(formatNumber(s.backgroundLevel))
                            : tr("the background is already dark (%1)").arg(formatNumber(s.backgroundLevel)));
    m_captions[2]->setText(tr("3. Paper to 0, ink to 1"));
    m_notes[2]->setText(tr("below %1 → 0, above %2 → 1 (threshold %3); the ink's box outlined")
                            .arg(formatNumber(s.blackPoint), formatNumber(s.whitePoint), formatNumber(s.threshold)));
    m_views[2]->setWindow(QRect(s.cropLeft, s.cropTop, s.cropWidth, s.cropHeight));
    m_captions[3]->setText(tr("4. Cropped"));
    m_notes[3]->setText(tr("%1×%2 at row %3, column %4")
                            .arg(s.cropWidth)
                            .arg(s.cropHeight)
                            .arg(s.cropTop + 1)
                            .arg(s.cropLeft + 1));
    m_captions[4]->setText(tr("5. Scaled"));
    m_notes[4]->setText(tr("longer side 20 pixels: %1×%2").arg(s.scaled.dim(2)).arg(s.scaled.dim(1)));
    m_captions[5]->setText(tr("6. Centred 28×28"));
    // 1-based like every row and column on screen: the middle of 28 pixels is 14.5.
    m_notes[5]->setText(tr("centre of mass moved to row %1, column %2 (the middle is 14.5)")
                            .arg(formatNumber(s.offsetY + s.centreY + 1.0), formatNumber(s.offsetX + s.centreX + 1.0)));
    // The scaled digit's box inside the 28×28 frame.
    m_views[5]->setWindow(QRect(s.offsetX, s.offsetY, s.scaled.dim(2), s.scaled.dim(1)));
}

QString PreprocessingView::stepCaption(int index) const
{
    return m_captions.value(index) ? m_captions[index]->text() : QString();
}

QString PreprocessingView::stepNote(int index) const
{
    return m_notes.value(index) ? m_notes[index]->text() : QString();
}

} // namespace convscope::ui
