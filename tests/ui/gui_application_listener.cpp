// The QApplication of every GUI test executable (convscope_add_test(... GUI) links this file
// through the convscope_gui_test_support object library): widgets need one before the first test
// runs. A Catch2 listener creates it, so the tests use Catch2's prebuilt main instead of compiling
// Catch2's implementation into each of them. The tests never read or write the user's settings.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "tests/catch.h"
#include "ui/shared/setting.h"

#include <QApplication>
#include <QStandardPaths>

#include <memory>

namespace {

#if __has_include(<catch2/catch_all.hpp>)
using ListenerBase = Catch::EventListenerBase;
#else
using ListenerBase = Catch::TestEventListenerBase;
#endif

class GuiApplication : public ListenerBase {
public:
    using ListenerBase::ListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override
    {
        ListenerBase::testRunStarting(info);
        QStandardPaths::setTestModeEnabled(true);
        convscope::ui::setSettingsStorageEnabled(false);
        m_application = std::make_unique<QApplication>(m_argc, m_argv);
        QApplication::setApplicationName(QStringLiteral("convscope-tests"));
    }

    void testRunEnded(const Catch::TestRunStats& stats) override
    {
        m_application.reset();
        ListenerBase::testRunEnded(stats);
    }

private:
    // QApplication keeps references to its arguments for its whole life.
    char m_name[16] = "convscope-tests";
    char* m_argv[2] = {m_name, nullptr};
    int m_argc = 1;
    std::unique_ptr<QApplication> m_application;
};

} // namespace

CATCH_REGISTER_LISTENER(GuiApplication)
