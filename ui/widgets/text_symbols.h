#pragma once

#include "ui/io/number_format.h"

#include <QColor>
#include <QString>

namespace convscope::ui {

// The typographic characters the pages write into their texts (see io/number_format.h).
using io::enDash;
using io::middleDot;
using io::minusSign;
using io::times;

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
