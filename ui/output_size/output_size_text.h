#pragma once

#include "core/output_size.h"
#include "ui/output_size/layer_stack.h"

#include <QCoreApplication>
#include <QString>

namespace convscope::ui {

// The translated words for core::outputSize results: the formula with the numbers substituted and
// one sentence saying why the size is what it is. The core returns statuses; this maps them to text.
class OutputSizeText {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::OutputSizeText)

public:
    enum class Axis { Width, Height };

    // The numbers a size was computed from.
    struct Terms {
        int input = 0;    // W_in or H_in
        int filter = 0;   // F
        int stride = 1;   // S
        int padding = 0;  // P
        int dilation = 1; // D
    };

    // Rich text "W<sub>out</sub> = (W<sub>in</sub> − F + 2P)/S + 1".
    static QString generalFormula(Axis axis, bool dilated);
    // Rich text "= (28 − 4 + 2·1)/2 + 1 = 14"; a non-whole division is written with floor brackets
    // "⌊13.5⌋", and an impossible one ends in "✗".
    static QString substitutedFormula(Axis axis, const core::OutputSize& size, const Terms& terms);
    // "F_eff = D·(F − 1) + 1 = 2·(3 − 1) + 1 = 5", for dilated filters.
    static QString effectiveFilterFormula(const core::OutputSize& size, const Terms& terms);
    // One plain sentence: covered exactly, which cells are dropped, or why no window fits.
    static QString explanation(Axis axis, const core::OutputSize& size, const Terms& terms);
};

// "28×28×8": a feature-map shape in the lecture's order, width × height × channels.
QString shapeText(const StackShape& shape);

} // namespace convscope::ui
