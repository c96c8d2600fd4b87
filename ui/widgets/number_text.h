#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace convscope::ui {

// How every number in the interface is written: integers without decimals ("4", not "4.00"),
// other values with at most 2–3 decimals ("0.47", "0.111", "12.5"), very large or very small
// ones in scientific form, and always a true minus sign "−" (U+2212), never a hyphen.
QString formatNumber(double value);

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
