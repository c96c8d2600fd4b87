#pragma once

#include "core/data/digit_preprocessing.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace convscope::ui {

class TensorView;

// How a photo or a drawing became the network's 28×28 input, one picture per step, so the
// preparation MNIST expects is shown and not hidden:
//
//   grey → inverted (when the paper is light) → levels (paper 0, ink 1, the ink's box outlined)
//   → cropped → scaled to 20 px → centred by mass in 28×28
//
// with a sentence of numbers under each step. Shows what core::preprocessDigit returned.
class PreprocessingView : public QWidget {
    Q_OBJECT

public:
    explicit PreprocessingView(QWidget* parent = nullptr);

    // Null: the input is a test image, which needs no preparation.
    void setSteps(const core::DigitPreprocessing* steps);

    int stepCount() const { return static_cast<int>(m_views.size()); }
    TensorView* stepView(int index) const { return m_views.value(index); }
    QString stepCaption(int index) const;
    QString stepNote(int index) const;

private:
    QList<TensorView*> m_views;
    QList<QLabel*> m_captions;
    QList<QLabel*> m_notes;
    QLabel* m_empty = nullptr;
};

} // namespace convscope::ui
