#pragma once

#include "ui/io/number_format.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace convscope::ui {

// How every number in the interface is written (see io::formatNumber).
using io::formatNumber;

// A number written as a factor in a product: negative numbers in brackets, "0.5×(−1)".
QString formatFactor(double value);

// Terms joined by `separator`; more than `maxTerms` of them are cut to the first six and the
// last three with "…" between, enough to see the pattern of a long sum.
QString abbreviatedTerms(const QStringList& terms, const QString& separator, int maxTerms);

// A typed cell value. Accepts "4", "-1", "−1" (true minus), "0.5", ".5", "1e-3" and fractions
// such as "1/9" (blur kernels). Rejects empty text, "-", letters, NaN, infinity and anything
// beyond the float range, with a translated sentence naming the text.
struct ParsedNumber {
    std::optional<float> value;
    QString error; // empty when value is set
};
ParsedNumber parseNumber(const QString& text);

} // namespace convscope::ui
