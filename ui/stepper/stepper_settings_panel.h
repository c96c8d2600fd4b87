#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace convscope::ui {

class NumberSpinBox;
class StepperModel;

// Everything the student may change on the Convolution page besides the cells themselves: image
// and kernel size (rows and columns apart), stride, zero padding, dilation, kernel presets, the
// bias, RGB mode, a random image, a picture from a file at a chosen grid size, and the way back to
// the lecture's example. Edits go to the model; the panel shows the model's values.
class StepperSettingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StepperSettingsPanel(StepperModel* model, QWidget* parent = nullptr);

    // Loads a picture at the grid size chosen in the panel; a second call with another grid size
    // re-reads the same file. Returns the error sentence, empty on success.
    QString loadPicture(const QString& path);

signals:
    // A sentence for the page to show (a file that could not be read).
    void message(const QString& text);

private:
    void refresh();
    void choosePicture();

    StepperModel* m_model;
    QSpinBox* m_imageRows = nullptr;
    QSpinBox* m_imageCols = nullptr;
    QSpinBox* m_kernelRows = nullptr;
    QSpinBox* m_kernelCols = nullptr;
    QSpinBox* m_stride = nullptr;
    QSpinBox* m_padding = nullptr;
    QSpinBox* m_dilation = nullptr;
    NumberSpinBox* m_bias = nullptr;
    QComboBox* m_preset = nullptr;
    QCheckBox* m_rgb = nullptr;
    QPushButton* m_random = nullptr;
    QPushButton* m_load = nullptr;
    QSpinBox* m_loadGrid = nullptr;
    QPushButton* m_lecture = nullptr;
    QString m_picturePath; // the last picture loaded, re-read when the grid size changes
};

} // namespace convscope::ui
