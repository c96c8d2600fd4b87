#pragma once

#include <QChar>
#include <QColor>
#include <QString>

namespace convscope::ui {

// The typographic characters the pages write into their texts: "5×5", "2·1", "− 3", "1–4".
inline constexpr QChar times{u'\u00D7'};
inline constexpr QChar middleDot{u'\u00B7'};
inline constexpr QChar minusSign{u'\u2212'};
inline constexpr QChar enDash{u'\u2013'};

// Rich text in bold, for the one number a sentence is about.
inline QString bold(const QString& text)
{
    return QStringLiteral("<b>") + text + QStringLiteral("</b>");
}

// The Okabe–Ito colours that mark series, right and wrong answers and warnings: told apart by
// students with any common form of colour blindness.
namespace okabeIto {
inline const QColor blue(0, 114, 178);
inline const QColor skyBlue(86, 180, 233);
inline const QColor vermillion(213, 94, 0);
inline const QColor bluishGreen(0, 158, 115);
} // namespace okabeIto

} // namespace convscope::ui
