#pragma once

#include <QChar>
#include <QString>

namespace convscope::io {

// The typographic characters the texts are written with: "5×5", "2·1", "− 3", "1–4".
inline constexpr QChar times{u'\u00D7'};
inline constexpr QChar middleDot{u'\u00B7'};
inline constexpr QChar minusSign{u'\u2212'};
inline constexpr QChar enDash{u'\u2013'};

// How every number in the interface is written: integers without decimals ("4", not "4.00"),
// other values with at most 2–3 decimals ("0.47", "0.111", "12.5"), very large or very small
// ones in scientific form, and always a true minus sign "−" (U+2212), never a hyphen. Here
// rather than with the widgets so the texts both programs share (io::OutputSizeText) use it.
QString formatNumber(double value);

} // namespace convscope::io
