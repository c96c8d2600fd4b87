#include "ui/main_window.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ConvScope"));
    QApplication::setOrganizationName(QStringLiteral("ConvScope"));
    convscope::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
