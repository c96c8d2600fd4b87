#pragma once

#include "ui/io/number_format.h"
#include "ui/io/okabe_ito.h"

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

// The colour-blind-safe colours every page marks things with (see io/okabe_ito.h).
namespace okabeIto = io::okabeIto;

} // namespace convscope::ui
