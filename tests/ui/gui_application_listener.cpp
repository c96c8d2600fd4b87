// The main of every GUI test executable (convscope_add_test(... GUI), through the
// convscope_gui_test_main library): widgets need a QApplication before the first test runs. The
// tests never read or write the user's settings.
#define CATCH_CONFIG_RUNNER
#include "tests/catch.h"
#include "ui/widgets/setting.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    convscope::ui::setSettingsStorageEnabled(false);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("convscope-tests"));
    return Catch::Session().run(argc, argv);
}
