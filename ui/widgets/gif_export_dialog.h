#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace convscope::ui {

// What an animated GIF of a step sequence shows and how fast: positions `first`…`last` of a
// StepPlayer (0 is the empty output, p ≥ 1 shows step p − 1), `width` pixels wide (the height
// follows the page's proportions), `stepsPerSecond` frames a second.
struct AnimationOptions {
    int width = 960;
    double stepsPerSecond = 2.0;
    int first = 0;
    int last = 0;
};

// The small dialog of "Save animation as GIF…": size, speed, first and last step.
class GifExportDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int minWidth = 160;
    static constexpr int maxWidth = 3840;

    // `stepCount`: the player's last position; `initial` fills the fields.
    GifExportDialog(int stepCount, const AnimationOptions& initial, QWidget* parent = nullptr);

    AnimationOptions options() const;

private:
    QSpinBox* m_width = nullptr;
    QDoubleSpinBox* m_speed = nullptr;
    QSpinBox* m_first = nullptr;
    QSpinBox* m_last = nullptr;
};

} // namespace convscope::ui
