#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace convscope::ui {

// A view's heading on a lesson page ("Image", "Max pooling"): bold, centred, this many times
// the application font.
inline constexpr double captionScale = 1.15;
QLabel* makeCaption(const QString& text, QWidget* parent = nullptr);

} // namespace convscope::ui
