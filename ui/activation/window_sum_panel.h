#pragma once

#include "core/conv_trace.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace convscope::ui {

class TensorView;

// What one pixel of an activation map is made of, as the stepper shows it on the 5×5 grid: the
// input window under the kernel with each weight written beside its cell ("×−1"), the products
// and their sum, and ReLU when it is on. Shows a core::ConvStep; computes nothing.
class WindowSumPanel : public QWidget {
    Q_OBJECT

public:
    explicit WindowSumPanel(QWidget* parent = nullptr);

    // Kernel rows/cols give the window's shape; nullopt clears the panel.
    void setStep(const std::optional<core::ConvStep>& step, int kernelRows, int kernelCols, bool relu);

    TensorView* window() const { return m_window; }
    QLabel* sumLabel() const { return m_sum; }
    QLabel* titleLabel() const { return m_title; }

private:
    QLabel* m_title = nullptr;
    TensorView* m_window = nullptr;
    QLabel* m_sum = nullptr;
};

} // namespace convscope::ui
