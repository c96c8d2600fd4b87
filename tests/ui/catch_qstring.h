#pragma once

// Lets Catch2 print QString values in failed checks instead of "{?}".
#include "tests/catch.h"

#include <QString>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
