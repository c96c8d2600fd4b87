#pragma once

#include "core/output_size.h"

#include <QCoreApplication>
#include <QString>

namespace convscope::cli {

// Plain-text words for core::outputSize results on the command line (the GUI writes rich text):
// the lecture's formula with the numbers substituted, and why no window fits.
class SizeText {
    Q_DECLARE_TR_FUNCTIONS(SizeText)

public:
    enum class Axis { Width, Height };

    // The numbers one axis was computed from.
    struct Terms {
        int input = 0;    // W_in or H_in
        int filter = 0;   // F
        int stride = 1;   // S
        int padding = 0;  // P
        int dilation = 1; // D
    };

    // "W_out = (W_in - F + 2P)/S + 1 = (28 - 4 + 2*1)/2 + 1 = 14", with a second line saying which
    // cells are never covered when the division is not whole. For a valid size only.
    static QString formula(Axis axis, const core::OutputSize& size, const Terms& terms);
    // "F_eff = D*(F - 1) + 1 = 2*(3 - 1) + 1 = 5": the span of a dilated filter.
    static QString effectiveFilter(const core::OutputSize& size, const Terms& terms);
    // Why a filter finds no place on the (padded) input, for a NoWindowFits size.
    static QString noWindowFits(Axis axis, const core::OutputSize& size, const Terms& terms);
};

} // namespace convscope::cli
