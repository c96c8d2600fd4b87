#pragma once

#include "core/conv_trace.h"

#include <QCoreApplication>
#include <QString>

namespace convscope::ui {

// The arithmetic of one convolution step written out as the lecture does it:
//   1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4
// with true minus signs and negative factors in brackets, "0.5×(−1)". Rich text (the result in
// bold), for QLabel.
class StepText {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::StepText)

public:
    // Sums longer than this many products are abbreviated: the first and last few terms around
    // "…", then how many products there are.
    static constexpr int maxTerms = 12;

    // "1×0", "0.5×(−1)".
    static QString product(float input, float weight);
    // The products of one input channel and their sum, "1×1 + 1×0 + … = 4". With `showResults`
    // false (quiz mode, before the student has answered) every sum and total is written "?".
    static QString channelSum(const core::ConvStep& step, int channel, bool showResults = true);
    // The whole step: for one channel the sum (plus the bias when it is not 0); for several,
    // one line per channel then "total: 4 + 3 + 2 + 1 (bias) = 10" (the total first for more
    // than three channels). `channelNames` may be empty.
    static QString stepSum(const core::ConvStep& step, int channels, const QStringList& channelNames,
                           bool showResults = true);
};

} // namespace convscope::ui
