#pragma once

#include "tests/catch.h"
#include "ui/main_window.h"
#include "ui/shared/page.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace convscope::test {

// Pages may load data on a worker when they are built (the Training page's dataset); the
// language switch and a lesson in another language wait for them, and so does a test. Fails the
// test after 30 s.
inline void waitUntilIdle(const ui::MainWindow& window)
{
    QElapsedTimer clock;
    clock.start();
    const auto busy = [&window] { return window.activity() != ui::Page::Activity::Idle || window.isLessonPending(); };
    while (busy() && clock.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE_FALSE(busy());
}

} // namespace convscope::test
