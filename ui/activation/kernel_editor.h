#pragma once

#include "core/tensor.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

namespace convscope::ui {

class TensorView;

// The custom kernel: its weights as an editable grid (type a value, or Shift+wheel), a slider
// and spin box for the selected weight that change it live while dragged, the size (3×3, 5×5),
// a normalise button and "start from the selected preset". It only reports edits; the page
// model applies them and hands the kernel back through setKernel().
class KernelEditor : public QWidget {
    Q_OBJECT

public:
    // Slider steps: the slider covers [−sliderLimit, sliderLimit] in steps of 1/sliderScale.
    static constexpr int sliderScale = 20;
    static constexpr double sliderLimit = 10.0;

    explicit KernelEditor(QWidget* parent = nullptr);

    void setKernel(const core::Tensor& kernel); // 1 × 1 × F × F
    void setPresetName(const QString& name);    // what "Start from" copies

    TensorView* grid() const { return m_grid; }
    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* valueBox() const { return m_value; }
    QComboBox* sizeBox() const { return m_size; }
    QPushButton* normaliseButton() const { return m_normalise; }
    QPushButton* copyButton() const { return m_copy; }

signals:
    void weightEdited(int row, int col, float value);
    void sizeChosen(int size);
    void normaliseRequested();
    void copyPresetRequested();

private:
    void showSelectedWeight();
    void editSelected(double value);

    TensorView* m_grid = nullptr;
    QComboBox* m_size = nullptr;
    QSlider* m_slider = nullptr;
    QDoubleSpinBox* m_value = nullptr;
    QLabel* m_selectedLabel = nullptr;
    QPushButton* m_normalise = nullptr;
    QPushButton* m_copy = nullptr;
    core::Tensor m_kernel;
};

} // namespace convscope::ui
