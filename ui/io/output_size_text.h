#pragma once

#include "core/output_size.h"

#include <QCoreApplication>
#include <QString>

namespace convscope::io {

// The translated words for core::outputSize results, for both programs: the formula with the
// numbers substituted and why the size is what it is. The core returns statuses and numbers; this
// is the one place that words them. The pages write rich text with true minus signs; the command
// line writes plain ASCII formulas that a terminal shows as they are.
class OutputSizeText {
    Q_DECLARE_TR_FUNCTIONS(convscope::io::OutputSizeText)

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

    // --- the command line --------------------------------------------------------------------
    // "W_out = (W_in - F + 2P)/S + 1 = (28 - 4 + 2*1)/2 + 1 = 14", with a second line saying which
    // cells are never covered when the division is not whole. For a valid size only.
    static QString plainFormula(Axis axis, const core::OutputSize& size, const Terms& terms);
    // "F_eff = D*(F - 1) + 1 = 2*(3 - 1) + 1 = 5": the span of a dilated filter.
    static QString plainEffectiveFilter(const core::OutputSize& size, const Terms& terms);
    // Why a filter finds no place on the (padded) input, for a NoWindowFits size.
    static QString noWindowFits(Axis axis, const core::OutputSize& size, const Terms& terms);

private:
    static QString explanationWords(Axis axis, const core::OutputSize& size, const Terms& terms);
};

} // namespace convscope::io
