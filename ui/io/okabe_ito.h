#pragma once

#include <QColor>

namespace convscope::io::okabeIto {

// The Okabe–Ito colours that mark series, right and wrong answers, warnings and the worksheet's
// window: told apart by students with any common form of colour blindness.
inline const QColor blue(0, 114, 178);
inline const QColor skyBlue(86, 180, 233);
inline const QColor vermillion(213, 94, 0);
inline const QColor bluishGreen(0, 158, 115);

} // namespace convscope::io::okabeIto
